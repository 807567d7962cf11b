package syntax

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits of the scanner, as in CPython's tokenizer.
const (
	maxParenLevel = 200 // MAXLEVEL: nested brackets
	maxIndent     = 100 // MAXINDENT: nested indented blocks
)

// A Scanner splits Python source into tokens, as CPython's tokenizer does:
// NEWLINE ends a logical line, INDENT and DEDENT bracket blocks, newlines
// inside brackets or after a backslash are ignored, and comments and blank
// lines produce nothing.
//
// After the first ERROR token Next keeps returning it. The source is
// normalised first: a UTF-8 BOM is dropped, CRLF and lone CR become LF.
type Scanner struct {
	filename string
	src      string

	pos       int   // next byte to read
	line      int32 // current line (1-based)
	lineStart int   // offset of the current line's first byte

	atBOL          bool // at the beginning of a logical line
	lineHasToken   bool // a token other than INDENT/DEDENT was produced on this logical line
	pendingDedents int

	indents    []int // indentation columns (tabs to multiples of 8)
	altIndents []int // the same with tabs counted as 1 column

	parens []paren

	final *Token // the ERROR or EOF token, once reached
}

type paren struct {
	ch   byte
	line int32
	col  int32
	off  int32
}

// NewScanner returns a scanner for src. filename is used in errors.
func NewScanner(filename string, src []byte) *Scanner {
	return &Scanner{
		filename:   filename,
		src:        normaliseSource(src),
		line:       1,
		atBOL:      true,
		indents:    []int{0},
		altIndents: []int{0},
	}
}

// normaliseSource drops a UTF-8 byte order mark and turns CRLF and lone
// CR line endings into LF.
func normaliseSource(b []byte) string {
	s := string(b)
	s = strings.TrimPrefix(s, "\ufeff")
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\r' {
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			c = '\n'
		}
		sb.WriteByte(c)
	}
	return sb.String()
}

// Scan returns all tokens of src up to and including EOF. On a scanning
// error it returns the tokens before it and the error.
func Scan(filename string, src []byte) ([]Token, error) {
	s := NewScanner(filename, src)
	toks := s.all()
	last := toks[len(toks)-1]
	if last.Kind == ERROR {
		return toks[:len(toks)-1], last.Err
	}
	return toks, nil
}

// all scans every token, ending with EOF or ERROR.
func (s *Scanner) all() []Token {
	toks := make([]Token, 0, len(s.src)/3+16) // about 0.3 tokens per byte in real code
	for {
		t := s.Next()
		toks = append(toks, t)
		if t.Kind == EOF || t.Kind == ERROR {
			return toks
		}
	}
}

// lineText returns the text of the line containing offset off.
func (s *Scanner) lineText(off int) string {
	start := strings.LastIndexByte(s.src[:off], '\n') + 1
	end := strings.IndexByte(s.src[off:], '\n')
	if end < 0 {
		return s.src[start:]
	}
	return s.src[start : off+end]
}

func (s *Scanner) posOf(off int) Pos {
	return Pos{Line: s.line, Col: int32(off - s.lineStart)}
}

// errorAt builds an ERROR token for an error at byte offset off of the
// current line.
func (s *Scanner) errorAt(off int, kind, msg string) Token {
	p := s.posOf(off)
	e := &Error{Filename: s.filename, Pos: p, End: p, Msg: msg, Kind: kind, Text: s.lineText(off)}
	t := Token{Kind: ERROR, Pos: p, End: p, Off: int32(off), EndOff: int32(off), Err: e}
	s.final = &t
	return t
}

// errorCur reports an error the way CPython's tokenizer does after it has
// consumed the byte before cur: the caret goes under that byte.
func (s *Scanner) errorCur(cur int, msg string) Token {
	off := cur - 1
	if off < s.lineStart {
		off = s.lineStart
	}
	return s.errorAt(off, KindSyntaxError, msg)
}

func (s *Scanner) at(p int) byte {
	if p < len(s.src) {
		return s.src[p]
	}
	return 0
}

// Next returns the next token.
func (s *Scanner) Next() Token {
	if s.final != nil {
		return *s.final
	}
	if s.pendingDedents > 0 {
		s.pendingDedents--
		return s.zeroWidth(DEDENT, s.pos)
	}
	if s.atBOL && len(s.parens) == 0 {
		if t, ok := s.indentation(); ok {
			return t
		}
	}
	for {
		// Skip spaces, comments and joined lines.
		for s.pos < len(s.src) {
			c := s.src[s.pos]
			if c == ' ' || c == '\t' || c == '\f' {
				s.pos++
			} else if c == '#' {
				for s.pos < len(s.src) && s.src[s.pos] != '\n' {
					s.pos++
				}
			} else if c == '\\' {
				if s.pos+1 >= len(s.src) {
					return s.errorCur(s.pos+2, "unexpected EOF while parsing")
				}
				if s.src[s.pos+1] != '\n' {
					return s.errorCur(s.pos+2, "unexpected character after line continuation character")
				}
				s.pos += 2
				s.newLine(s.pos)
			} else {
				break
			}
		}
		if s.pos >= len(s.src) {
			return s.endOfFile()
		}
		if s.src[s.pos] == '\n' {
			nl := s.pos
			s.pos++
			if len(s.parens) > 0 || !s.lineHasToken {
				s.newLine(s.pos)
				continue
			}
			t := Token{Kind: NEWLINE, Pos: s.posOf(nl), Off: int32(nl), EndOff: int32(nl + 1)}
			t.End = Pos{Line: t.Pos.Line, Col: t.Pos.Col + 1}
			s.newLine(s.pos)
			s.atBOL = true
			s.lineHasToken = false
			return t
		}
		break
	}
	s.lineHasToken = true
	return s.token()
}

func (s *Scanner) newLine(start int) {
	s.line++
	s.lineStart = start
}

func (s *Scanner) zeroWidth(kind TokenKind, off int) Token {
	p := s.posOf(off)
	return Token{Kind: kind, Pos: p, End: p, Off: int32(off), EndOff: int32(off)}
}

// endOfFile produces the implicit final NEWLINE, the closing DEDENTs and
// EOF, or an ERROR if brackets are still open.
func (s *Scanner) endOfFile() Token {
	n := len(s.src)
	if len(s.parens) > 0 {
		p := s.parens[len(s.parens)-1]
		pos := Pos{Line: p.line, Col: p.col}
		e := &Error{Filename: s.filename, Pos: pos, End: pos,
			Msg: "'" + string(p.ch) + "' was never closed", Kind: KindSyntaxError, Text: s.lineText(int(p.off))}
		t := Token{Kind: ERROR, Pos: s.posOf(n), End: s.posOf(n), Off: int32(n), EndOff: int32(n), Err: e}
		s.final = &t
		return t
	}
	if s.lineHasToken {
		s.lineHasToken = false
		s.atBOL = true
		t := s.zeroWidth(NEWLINE, n)
		t.End.Col++
		return t
	}
	if len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.altIndents = s.altIndents[:len(s.altIndents)-1]
		return s.eofToken(DEDENT)
	}
	t := s.eofToken(EOF)
	s.final = &t
	return t
}

// eofToken makes a token at the end of input, placed as CPython does: at
// the end of the last line's text (not on the empty line after it).
func (s *Scanner) eofToken(kind TokenKind) Token {
	n := len(s.src)
	t := s.zeroWidth(kind, n)
	if n > 0 && s.src[n-1] == '\n' {
		start := strings.LastIndexByte(s.src[:n-1], '\n') + 1
		t.Pos = Pos{Line: s.line - 1, Col: int32(n - 1 - start)}
		t.End = t.Pos
	}
	return t
}

// indentation measures the indentation of a new logical line and returns
// an INDENT, DEDENT or ERROR token if there is one to return.
func (s *Scanner) indentation() (Token, bool) {
	for {
		col, altcol := 0, 0
		p := s.pos
	measure:
		for p < len(s.src) {
			switch s.src[p] {
			case ' ':
				col++
				altcol++
			case '\t':
				col = (col/8 + 1) * 8
				altcol++
			case '\f':
				col, altcol = 0, 0
			default:
				break measure
			}
			p++
		}
		c := s.at(p)
		if c == '#' || c == '\n' || (c == '\\' && s.at(p+1) == '\n') {
			if c == '\\' {
				// A backslash-joined line that starts empty: CPython treats
				// the indentation of what follows as this line's.
				s.pos = p
				s.atBOL = false
				return s.indentCompare(col, altcol, p)
			}
			// Blank or comment-only line: no indentation change.
			for p < len(s.src) && s.src[p] != '\n' {
				p++
			}
			if p >= len(s.src) {
				s.pos = p
				s.atBOL = false
				return Token{}, false
			}
			s.pos = p + 1
			s.newLine(s.pos)
			continue
		}
		s.pos = p
		s.atBOL = false
		if p >= len(s.src) {
			return Token{}, false
		}
		return s.indentCompare(col, altcol, p)
	}
}

func (s *Scanner) indentCompare(col, altcol, p int) (Token, bool) {
	top := len(s.indents) - 1
	switch {
	case col == s.indents[top]:
		if altcol != s.altIndents[top] {
			return s.tabError(p), true
		}
		return Token{}, false
	case col > s.indents[top]:
		if len(s.indents) >= maxIndent {
			return s.errorAt(p, KindIndentationError, "too many levels of indentation"), true
		}
		if altcol <= s.altIndents[top] {
			return s.tabError(p), true
		}
		s.indents = append(s.indents, col)
		s.altIndents = append(s.altIndents, altcol)
		t := s.zeroWidth(INDENT, p)
		t.Pos.Col = 0
		return t, true
	default:
		n := 0
		for top > 0 && col < s.indents[top] {
			top--
			n++
		}
		if col != s.indents[top] {
			end := strings.IndexByte(s.src[p:], '\n')
			if end < 0 {
				end = len(s.src) - p
			}
			return s.errorAt(p+end, KindIndentationError, "unindent does not match any outer indentation level"), true
		}
		if altcol != s.altIndents[top] {
			return s.tabError(p), true
		}
		s.indents = s.indents[:top+1]
		s.altIndents = s.altIndents[:top+1]
		s.pendingDedents = n - 1
		return s.zeroWidth(DEDENT, p), true
	}
}

func (s *Scanner) tabError(p int) Token {
	return s.errorAt(s.lineStart, KindTabError, "inconsistent use of tabs and spaces in indentation")
}

// token scans one token starting at a non-space byte.
func (s *Scanner) token() Token {
	start := s.pos
	c := s.src[start]
	switch {
	case isASCIILetter(c) || c == '_' || c >= utf8.RuneSelf:
		return s.nameOrString()
	case isDigit(c) || (c == '.' && isDigit(s.at(start+1))):
		return s.number()
	case c == '\'' || c == '"':
		return s.str(start)
	}
	kind, n := operator(s.src[start:])
	if n == 0 {
		if c < ' ' || c == 0x7f {
			return s.errorAt(start, KindSyntaxError, "invalid non-printable character U+"+hex4(rune(c)))
		}
		kind, n = ILLEGAL, 1
	}
	s.pos += n
	t := s.tok(kind, start)
	switch kind {
	case LPAR, LSQB, LBRACE:
		if len(s.parens) >= maxParenLevel {
			return s.errorCur(s.pos, "too many nested parentheses")
		}
		s.parens = append(s.parens, paren{ch: c, line: s.line, col: t.Pos.Col, off: int32(start)})
	case RPAR, RSQB, RBRACE:
		if len(s.parens) == 0 {
			return s.errorAt(start, KindSyntaxError, "unmatched '"+string(c)+"'")
		}
		open := s.parens[len(s.parens)-1]
		if open.ch != openerOf(c) {
			msg := "closing parenthesis '" + string(c) + "' does not match opening parenthesis '" + string(open.ch) + "'"
			if open.line != s.line {
				msg += " on line " + strconv.Itoa(int(open.line))
			}
			return s.errorAt(start, KindSyntaxError, msg)
		}
		s.parens = s.parens[:len(s.parens)-1]
	case ILLEGAL, NOTEQUAL:
		t.Text = s.src[start:s.pos]
	}
	return t
}

func openerOf(c byte) byte {
	switch c {
	case ')':
		return '('
	case ']':
		return '['
	}
	return '{'
}

// tok makes a token from start to the current position (on one line).
func (s *Scanner) tok(kind TokenKind, start int) Token {
	return Token{Kind: kind, Pos: s.posOf(start), End: s.posOf(s.pos), Off: int32(start), EndOff: int32(s.pos)}
}

// nameOrString scans an identifier, a keyword, or a prefixed string.
func (s *Scanner) nameOrString() Token {
	start := s.pos
	p := start
	ascii := true
	for p < len(s.src) {
		c := s.src[p]
		if isASCIILetter(c) || isDigit(c) || c == '_' {
			p++
		} else if c >= utf8.RuneSelf {
			ascii = false
			p++
		} else {
			break
		}
	}
	if q := s.at(p); (q == '"' || q == '\'') && ascii && p-start <= 2 && isStringPrefix(s.src[start:p]) {
		return s.str(start)
	}
	if !ascii {
		if t, bad := s.checkIdentifier(start, p); bad {
			return t
		}
	}
	s.pos = p
	text := s.src[start:p]
	if kw, ok := keywords[text]; ok {
		return s.tok(kw, start)
	}
	t := s.tok(NAME, start)
	t.Text = text
	return t
}

// checkIdentifier validates a non-ASCII identifier the way CPython's
// verify_identifier does.
func (s *Scanner) checkIdentifier(start, end int) (Token, bool) {
	for p := start; p < end; {
		r, n := utf8.DecodeRuneInString(s.src[p:end])
		if r == utf8.RuneError && n <= 1 {
			return s.errorAt(p, KindSyntaxError, unicodeDecodeError(s.src[p:])), true
		}
		ok := isIdentStart(r)
		if p > start {
			ok = isIdentContinue(r)
		}
		if !ok {
			if !unicode.IsPrint(r) {
				return s.errorAt(p, KindSyntaxError, "invalid non-printable character U+"+hex4(r)), true
			}
			return s.errorAt(p, KindSyntaxError, "invalid character '"+string(r)+"' (U+"+hex4(r)+")"), true
		}
		p += n
	}
	return Token{}, false
}

func isIdentStart(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetter(byte(r)) || r == '_'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func isIdentContinue(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetter(byte(r)) || isDigit(byte(r)) || r == '_'
	}
	return isIdentStart(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}

// isStringPrefix reports whether p is a valid string prefix: one of
// r u b f, or br rb fr rf, in any case.
func isStringPrefix(p string) bool {
	var b, r, u, f int
	for i := 0; i < len(p); i++ {
		switch p[i] | 0x20 {
		case 'b':
			b++
		case 'r':
			r++
		case 'u':
			u++
		case 'f':
			f++
		default:
			return false
		}
	}
	if b > 1 || r > 1 || u > 1 || f > 1 {
		return false
	}
	if u == 1 {
		return len(p) == 1
	}
	return b+f < 2
}

// str scans a string literal whose prefix (if any) starts at start.
func (s *Scanner) str(start int) Token {
	p := start
	for s.src[p] != '\'' && s.src[p] != '"' {
		p++
	}
	quote := s.src[p]
	startLine, startLineStart := s.line, s.lineStart
	triple := s.at(p+1) == quote && s.at(p+2) == quote
	if triple {
		p += 3
	} else {
		p++
	}
	for {
		if p >= len(s.src) || (!triple && s.src[p] == '\n') {
			detected := s.line
			if p >= len(s.src) && p > 0 && s.src[p-1] == '\n' && triple {
				detected--
			}
			s.line, s.lineStart = startLine, startLineStart
			msg := "unterminated string literal (detected at line "
			if triple {
				msg = "unterminated triple-quoted string literal (detected at line "
			}
			return s.errorAt(start, KindSyntaxError, msg+strconv.Itoa(int(detected))+")")
		}
		c := s.src[p]
		p++
		switch {
		case c == quote:
			if !triple {
				goto done
			}
			if s.at(p) == quote && s.at(p+1) == quote {
				p += 2
				goto done
			}
		case c == '\\':
			if p < len(s.src) {
				if s.src[p] == '\n' {
					s.newLine(p + 1)
				}
				p++
			}
		case c == '\n':
			s.newLine(p)
		}
	}
done:
	s.pos = p
	t := Token{Kind: STRING, Pos: Pos{Line: startLine, Col: int32(start - startLineStart)},
		End: s.posOf(p), Off: int32(start), EndOff: int32(p), Text: s.src[start:p]}
	return t
}

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
func isDigit(c byte) bool       { return c >= '0' && c <= '9' }

func hex4(r rune) string {
	h := strings.ToUpper(strconv.FormatInt(int64(r), 16))
	for len(h) < 4 {
		h = "0" + h
	}
	return h
}

// unicodeDecodeError describes invalid UTF-8 at the start of b the way
// CPython's compile() does.
func unicodeDecodeError(b string) string {
	c := b[0]
	reason := "invalid start byte"
	if c >= 0xC2 && c <= 0xF4 {
		reason = "invalid continuation byte"
		need := 2
		if c >= 0xE0 {
			need = 3
		}
		if c >= 0xF0 {
			need = 4
		}
		if len(b) < need {
			reason = "unexpected end of data"
		}
	}
	return "(unicode error) 'utf-8' codec can't decode byte 0x" + strconv.FormatInt(int64(c), 16) +
		" in position 0: " + reason
}

// operator recognises the operator at the start of s, returning its kind
// and length, or length 0.
func operator(s string) (TokenKind, int) {
	c := s[0]
	var c1, c2 byte
	if len(s) > 1 {
		c1 = s[1]
	}
	if len(s) > 2 {
		c2 = s[2]
	}
	switch c {
	case '(':
		return LPAR, 1
	case ')':
		return RPAR, 1
	case '[':
		return LSQB, 1
	case ']':
		return RSQB, 1
	case '{':
		return LBRACE, 1
	case '}':
		return RBRACE, 1
	case ',':
		return COMMA, 1
	case ';':
		return SEMI, 1
	case '~':
		return TILDE, 1
	case ':':
		if c1 == '=' {
			return COLONEQUAL, 2
		}
		return COLON, 1
	case '.':
		if c1 == '.' && c2 == '.' {
			return ELLIPSIS, 3
		}
		return DOT, 1
	case '+':
		return withEq(c1, PLUS, PLUSEQUAL)
	case '%':
		return withEq(c1, PERCENT, PERCENTEQUAL)
	case '&':
		return withEq(c1, AMPER, AMPEREQUAL)
	case '|':
		return withEq(c1, VBAR, VBAREQUAL)
	case '^':
		return withEq(c1, CIRCUMFLEX, CIRCUMFLEXEQUAL)
	case '@':
		return withEq(c1, AT, ATEQUAL)
	case '=':
		return withEq(c1, EQUAL, EQEQUAL)
	case '!':
		if c1 == '=' {
			return NOTEQUAL, 2
		}
		return 0, 0
	case '-':
		if c1 == '>' {
			return RARROW, 2
		}
		return withEq(c1, MINUS, MINEQUAL)
	case '*':
		if c1 == '*' {
			k, n := withEq(c2, DOUBLESTAR, DOUBLESTAREQUAL)
			return k, n + 1
		}
		return withEq(c1, STAR, STAREQUAL)
	case '/':
		if c1 == '/' {
			k, n := withEq(c2, DOUBLESLASH, DOUBLESLASHEQUAL)
			return k, n + 1
		}
		return withEq(c1, SLASH, SLASHEQUAL)
	case '<':
		if c1 == '>' {
			return NOTEQUAL, 2 // "<>": only PEP 401's joke allows it; the parser rejects it
		}
		if c1 == '<' {
			k, n := withEq(c2, LEFTSHIFT, LEFTSHIFTEQUAL)
			return k, n + 1
		}
		return withEq(c1, LESS, LESSEQUAL)
	case '>':
		if c1 == '>' {
			k, n := withEq(c2, RIGHTSHIFT, RIGHTSHIFTEQUAL)
			return k, n + 1
		}
		return withEq(c1, GREATER, GREATEREQUAL)
	}
	return 0, 0
}

func withEq(next byte, plain, eq TokenKind) (TokenKind, int) {
	if next == '=' {
		return eq, 2
	}
	return plain, 1
}
