// Package syntax is aioplay's front end for Python 3.11 source code: it turns
// bytes into tokens (scanner.go, number.go, strings.go, token.go) and tokens
// into an abstract syntax tree (ast.go) with a hand-written recursive-descent
// parser (parser.go, parse_*.go, fstring.go).
//
// This is the first phase of the pipeline. It imports only a few standard
// packages (TestDeps checks) and must not import any other aioplay package;
// later phases (scopes, compilation) import it, never the other way round.
//
// # Entry points
//
//	Parse(filename, src)     -> *Module, error   (compile(..., "exec"))
//	ParseExpr(filename, src) -> Expr, error      (compile(..., "eval"))
//	Scan / NewScanner        -> tokens, for tests and tools
//	Dump / DumpAttributes    -> CPython ast.dump text
//	Walk                     -> visit a tree in field order
//
// # Trees
//
// The AST mirrors CPython's ast module: the same node names, fields and
// positions. Every node embeds Loc (an alias of Span) with Pos and End;
// Line is 1-based and Col is a 0-based UTF-8 byte offset in the line, like
// CPython's col_offset. A Call spans func(args), a BinOp a + b, an
// Attribute a.b, a Subscript a[b]; parentheses around an operand are
// inside its parent's span, as in CPython. Expressions in f-string fields
// carry their real source positions. Constant values are documented on
// Constant (int64 or *big.Int, float64, complex128, string as WTF-8,
// []byte, bool, nil, Ellipsis).
//
// The parser checks only what CPython's parser checks. Errors that CPython
// raises later, in the symbol table or compiler, are the compiler's job:
// 'return'/'yield'/'await' outside a function, 'break'/'continue' outside a
// loop, nonlocal at module level, duplicate parameter names, repeated
// keyword arguments, "can't use starred expression here", "starred
// assignment target must be in a list or tuple", "multiple starred
// expressions in assignment", assignment to __debug__.
//
// # Errors
//
// Errors are *Error values with CPython 3.11's message, exception kind
// (SyntaxError, IndentationError, TabError) and caret position. Pos.Col is
// a 0-based byte column like the AST's; Offset gives CPython's 1-based
// code point SyntaxError.offset. The scanner works ahead of the parser, but
// errors are reported in CPython's order: a scanning error is raised when
// the parser reaches it, or replaces a parser error as CPython's
// tokenize-the-rest check does.
//
// # Limits
//
// Brackets nest at most 200 deep ("too many nested parentheses", as
// CPython), blocks 100 deep ("too many levels of indentation"), and every
// recursive rule counts against a depth limit of 1000 that fails with
// SyntaxError "too complex expression" (CPython raises MemoryError there),
// so no input can exhaust the Go stack. Long left-associative chains
// (a+b+c..., a.b.c...) are parsed iteratively and may produce deep trees;
// recursive consumers should guard their own depth.
//
// # Known differences from CPython
//
// Identifiers are not NFKC-normalised; \N{...} escapes know a selection of
// common character names (unames.go), not all of Unicode; the column of a
// few errors on lines with non-ASCII text is off by the bytes/characters
// difference where CPython itself mixes the two; rare error forms that
// CPython finds in its second parser pass may come out as "invalid
// syntax" at the right token.
package syntax
