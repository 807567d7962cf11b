package syntax

// TokenKind classifies a token. Every operator and keyword has its own
// kind so the parser can switch on it; soft keywords (match, case, _) are
// NAME tokens.
type TokenKind uint8

const (
	ERROR   TokenKind = iota // a scanning error; Token.Err says which
	EOF                      // CPython's ENDMARKER
	NEWLINE                  // end of a logical line
	INDENT                   // indentation increased
	DEDENT                   // indentation decreased
	NAME                     // identifier (or soft keyword)
	NUMBER                   // numeric literal
	STRING                   // string or bytes literal, any prefix, raw text
	ILLEGAL                  // an operator character Python does not know ($ ? ! `)

	// Operators and delimiters.
	LPAR             // (
	RPAR             // )
	LSQB             // [
	RSQB             // ]
	LBRACE           // {
	RBRACE           // }
	COLON            // :
	COMMA            // ,
	SEMI             // ;
	PLUS             // +
	MINUS            // -
	STAR             // *
	SLASH            // /
	VBAR             // |
	AMPER            // &
	LESS             // <
	GREATER          // >
	EQUAL            // =
	DOT              // .
	PERCENT          // %
	EQEQUAL          // ==
	NOTEQUAL         // !=
	LESSEQUAL        // <=
	GREATEREQUAL     // >=
	TILDE            // ~
	CIRCUMFLEX       // ^
	LEFTSHIFT        // <<
	RIGHTSHIFT       // >>
	DOUBLESTAR       // **
	PLUSEQUAL        // +=
	MINEQUAL         // -=
	STAREQUAL        // *=
	SLASHEQUAL       // /=
	PERCENTEQUAL     // %=
	AMPEREQUAL       // &=
	VBAREQUAL        // |=
	CIRCUMFLEXEQUAL  // ^=
	LEFTSHIFTEQUAL   // <<=
	RIGHTSHIFTEQUAL  // >>=
	DOUBLESTAREQUAL  // **=
	DOUBLESLASH      // //
	DOUBLESLASHEQUAL // //=
	AT               // @
	ATEQUAL          // @=
	RARROW           // ->
	ELLIPSIS         // ...
	COLONEQUAL       // :=

	// Keywords.
	kwFalse
	kwNone
	kwTrue
	kwAnd
	kwAs
	kwAssert
	kwAsync
	kwAwait
	kwBreak
	kwClass
	kwContinue
	kwDef
	kwDel
	kwElif
	kwElse
	kwExcept
	kwFinally
	kwFor
	kwFrom
	kwGlobal
	kwIf
	kwImport
	kwIn
	kwIs
	kwLambda
	kwNonlocal
	kwNot
	kwOr
	kwPass
	kwRaise
	kwReturn
	kwTry
	kwWhile
	kwWith
	kwYield

	numTokenKinds
)

var tokenNames = [numTokenKinds]string{
	ERROR: "ERRORTOKEN", EOF: "ENDMARKER", NEWLINE: "NEWLINE", INDENT: "INDENT",
	DEDENT: "DEDENT", NAME: "NAME", NUMBER: "NUMBER", STRING: "STRING", ILLEGAL: "OP",
	LPAR: "(", RPAR: ")", LSQB: "[", RSQB: "]", LBRACE: "{", RBRACE: "}",
	COLON: ":", COMMA: ",", SEMI: ";", PLUS: "+", MINUS: "-", STAR: "*",
	SLASH: "/", VBAR: "|", AMPER: "&", LESS: "<", GREATER: ">", EQUAL: "=",
	DOT: ".", PERCENT: "%", EQEQUAL: "==", NOTEQUAL: "!=", LESSEQUAL: "<=",
	GREATEREQUAL: ">=", TILDE: "~", CIRCUMFLEX: "^", LEFTSHIFT: "<<",
	RIGHTSHIFT: ">>", DOUBLESTAR: "**", PLUSEQUAL: "+=", MINEQUAL: "-=",
	STAREQUAL: "*=", SLASHEQUAL: "/=", PERCENTEQUAL: "%=", AMPEREQUAL: "&=",
	VBAREQUAL: "|=", CIRCUMFLEXEQUAL: "^=", LEFTSHIFTEQUAL: "<<=",
	RIGHTSHIFTEQUAL: ">>=", DOUBLESTAREQUAL: "**=", DOUBLESLASH: "//",
	DOUBLESLASHEQUAL: "//=", AT: "@", ATEQUAL: "@=", RARROW: "->",
	ELLIPSIS: "...", COLONEQUAL: ":=",
	kwFalse: "False", kwNone: "None", kwTrue: "True", kwAnd: "and", kwAs: "as",
	kwAssert: "assert", kwAsync: "async", kwAwait: "await", kwBreak: "break",
	kwClass: "class", kwContinue: "continue", kwDef: "def", kwDel: "del",
	kwElif: "elif", kwElse: "else", kwExcept: "except", kwFinally: "finally",
	kwFor: "for", kwFrom: "from", kwGlobal: "global", kwIf: "if",
	kwImport: "import", kwIn: "in", kwIs: "is", kwLambda: "lambda",
	kwNonlocal: "nonlocal", kwNot: "not", kwOr: "or", kwPass: "pass",
	kwRaise: "raise", kwReturn: "return", kwTry: "try", kwWhile: "while",
	kwWith: "with", kwYield: "yield",
}

// String returns the operator or keyword text, or CPython's token name
// (NAME, NUMBER, ...) for the other kinds.
func (k TokenKind) String() string {
	if k < numTokenKinds {
		return tokenNames[k]
	}
	return "?"
}

// IsKeyword reports whether k is a (hard) keyword.
func (k TokenKind) IsKeyword() bool { return k >= kwFalse && k <= kwYield }

var keywords = map[string]TokenKind{}

func init() {
	for k := kwFalse; k <= kwYield; k++ {
		keywords[tokenNames[k]] = k
	}
}

// Token is one token of the source.
type Token struct {
	Kind TokenKind
	Pos  Pos // start
	End  Pos // one past the end
	// Off and EndOff are byte offsets of the token in the (newline-
	// normalised) source.
	Off, EndOff int32
	// Text is the source text of a NAME, NUMBER, STRING or ILLEGAL token
	// (for STRING: prefix, quotes and all, undecoded).
	Text string
	// Err is set on an ERROR token.
	Err *Error
}
