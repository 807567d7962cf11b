package syntax

import "strings"

// The parser is a hand-written recursive-descent parser over the token
// slice produced by the Scanner. It follows the structure of CPython's
// PEG grammar (Grammar/python.gram) rule by rule, with a few cheap
// lookaheads where the PEG grammar backtracks.
//
// Errors are raised by panicking with a bail value and recovered in Parse
// and ParseExpr; they never escape the package as panics.
//
// Recursion is bounded: bracket nesting is limited to 200 by the scanner
// (as CPython), and every recursive rule goes through enter, which fails
// with "too complex expression" beyond maxDepth levels, so no input can
// exhaust the Go stack.

// maxDepth bounds the recursion of the parser (CPython's parser fails with
// MemoryError at a similar depth).
const maxDepth = 1000

type parser struct {
	filename string
	sc       *Scanner
	toks     []Token
	i        int // index of the current token
	furthest int // furthest token index looked at, for "invalid syntax"
	fetched  int // furthest index looked at, error-message lookaheads included
	depth    int
	last     Pos // end of the last consumed token

	groups []Expr // expressions written in parentheses in this statement
}

// bail carries a syntax error up the stack to Parse.
type bail struct{ err *Error }

// Parse parses a Python module.
func Parse(filename string, src []byte) (mod *Module, err error) {
	p := newParser(filename, src)
	defer p.recoverError(&err)
	mod = p.module()
	return mod, nil
}

// ParseExpr parses src as a single expression (the "eval" mode of
// compile(): an expression list, optionally followed by newlines).
func ParseExpr(filename string, src []byte) (e Expr, err error) {
	p := newParser(filename, src)
	defer p.recoverError(&err)
	e = p.evalInput()
	return e, nil
}

func newParser(filename string, src []byte) *parser {
	p := &parser{filename: filename}
	if e := checkSourceBytes(filename, src); e != nil {
		p.toks = []Token{{Kind: ERROR, Err: e}}
		return p
	}
	p.sc = NewScanner(filename, src)
	p.toks = p.sc.all()
	return p
}

// checkSourceBytes rejects NUL bytes and invalid UTF-8 up front.
func checkSourceBytes(filename string, src []byte) *Error {
	line, lineStart := int32(1), 0
	for i := 0; i < len(src); {
		c := src[i]
		if c == 0 {
			return &Error{Filename: filename, Pos: Pos{line, int32(i - lineStart)}, Msg: "source code cannot contain null bytes", Kind: KindSyntaxError}
		}
		if c < 0x80 {
			if c == '\n' {
				line++
				lineStart = i + 1
			}
			i++
			continue
		}
		r, n := decodeUTF8(src[i:])
		if r < 0 {
			pos := Pos{line, int32(i - lineStart)}
			return &Error{Filename: filename, Pos: pos, End: pos, Msg: unicodeDecodeError(string(src[i:min(len(src), i+4)])), Kind: KindSyntaxError}
		}
		i += n
	}
	return nil
}

// decodeUTF8 returns -1 for invalid UTF-8 (surrogates included).
func decodeUTF8(b []byte) (rune, int) {
	c := b[0]
	var n int
	var r rune
	switch {
	case c >= 0xC2 && c <= 0xDF:
		n, r = 2, rune(c&0x1F)
	case c >= 0xE0 && c <= 0xEF:
		n, r = 3, rune(c&0x0F)
	case c >= 0xF0 && c <= 0xF4:
		n, r = 4, rune(c&0x07)
	default:
		return -1, 1
	}
	if len(b) < n {
		return -1, 1
	}
	for k := 1; k < n; k++ {
		if b[k]&0xC0 != 0x80 {
			return -1, 1
		}
		r = r<<6 | rune(b[k]&0x3F)
	}
	if (n == 3 && (r < 0x800 || (r >= 0xD800 && r <= 0xDFFF))) || (n == 4 && (r < 0x10000 || r > 0x10FFFF)) {
		return -1, 1
	}
	return r, n
}

// recoverError turns a bail panic into the returned error, applying
// CPython's rule that a later tokenizer error wins over a parser error.
func (p *parser) recoverError(err *error) {
	r := recover()
	if r == nil {
		return
	}
	b, ok := r.(bail)
	if !ok {
		panic(r)
	}
	e := b.err
	if !p.isTokenizerError(e) {
		e = p.preferTokenizerError(e)
	}
	if e.Filename == "" {
		e.Filename = p.filename
	}
	if e.Text == "" && p.sc != nil && e.Pos.Line > 0 {
		e.Text = p.sc.lineTextOf(e.Pos.Line)
	}
	*err = e
}

func (p *parser) isTokenizerError(e *Error) bool {
	last := p.toks[len(p.toks)-1]
	return last.Kind == ERROR && last.Err == e
}

// preferTokenizerError implements _PyPegen_tokenize_full_source_to_check_
// for_errors: after a parser error, CPython tokenizes the rest of the
// file; a tokenizer error there replaces the parser's, and brackets left
// open at the end replace it if they were opened on a line before the
// last token the parser looked at.
func (p *parser) preferTokenizerError(e *Error) *Error {
	last := p.toks[len(p.toks)-1]
	if last.Kind != ERROR {
		return e
	}
	te := last.Err
	if strings.HasSuffix(te.Msg, "' was never closed") {
		// CPython compares with the line of the last token it fetched.
		if p.toks[max(p.furthest, p.fetched)].Pos.Line > te.Pos.Line {
			return te
		}
		return e
	}
	if te.Kind != KindSyntaxError || te.Msg == "unexpected character after line continuation character" ||
		te.Msg == "unexpected EOF while parsing" {
		return e
	}
	return te
}

// lineTextOf returns the text of a line (1-based) of the source.
func (s *Scanner) lineTextOf(line int32) string {
	l := int32(1)
	start := 0
	for l < line {
		k := indexByteFrom(s.src, '\n', start)
		if k < 0 {
			return ""
		}
		start = k + 1
		l++
	}
	end := indexByteFrom(s.src, '\n', start)
	if end < 0 {
		end = len(s.src)
	}
	return s.src[start:end]
}

func indexByteFrom(s string, c byte, from int) int {
	for i := from; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// ---------------------------------------------------------------------------
// Token access

// tok returns the current token. Reaching an ERROR token raises its error.
func (p *parser) tok() *Token {
	t := &p.toks[p.i]
	if p.i > p.furthest {
		p.furthest = p.i
		if p.i > p.fetched {
			p.fetched = p.i
		}
	}
	if t.Kind == ERROR {
		panic(bail{t.Err})
	}
	return t
}

func (p *parser) kind() TokenKind { return p.tok().Kind }

// peek returns the kind of the token n places ahead of the current one,
// without raising errors (an ERROR token reads as ERROR).
func (p *parser) peek(n int) TokenKind {
	k := p.i + n
	if k >= len(p.toks) {
		return EOF
	}
	return p.toks[k].Kind
}

// next consumes the current token and returns it.
func (p *parser) next() *Token {
	t := p.tok()
	if t.Kind != EOF {
		p.i++
	}
	p.last = t.End
	return t
}

// accept consumes the current token if it is of kind k.
func (p *parser) accept(k TokenKind) bool {
	if p.kind() == k {
		p.next()
		return true
	}
	return false
}

// expect consumes a token of kind k or fails with "invalid syntax".
func (p *parser) expect(k TokenKind) *Token {
	if p.kind() != k {
		p.syntaxError()
	}
	return p.next()
}

// expectColon consumes the ':' that CPython's grammar forces (&&':'):
// anything else fails with "expected ':'".
func (p *parser) expectColon() {
	if p.kind() != COLON {
		p.errorAtToken(p.tok(), "expected ':'")
	}
	p.next()
}

// expectHeaderColon consumes the ':' of a statement header for which
// CPython only says "expected ':'" when the line ends there.
func (p *parser) expectHeaderColon() {
	if p.kind() != COLON {
		if p.kind() != NEWLINE {
			p.syntaxError()
		}
		p.errorAtToken(p.tok(), "expected ':'")
	}
	p.next()
}

func (p *parser) isName(text string) bool {
	t := p.tok()
	return t.Kind == NAME && t.Text == text
}

func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		t := p.tok()
		p.fail(t.Pos, t.End, "too complex expression")
	}
}

func (p *parser) leave() { p.depth-- }

// ---------------------------------------------------------------------------
// Errors

func (p *parser) fail(pos, end Pos, msg string) {
	panic(bail{&Error{Filename: p.filename, Pos: pos, End: end, Msg: msg, Kind: KindSyntaxError}})
}

func (p *parser) failKind(kind string, pos, end Pos, msg string) {
	panic(bail{&Error{Filename: p.filename, Pos: pos, End: end, Msg: msg, Kind: kind}})
}

func (p *parser) errorAtNode(n Node, msg string) {
	s := n.Span()
	p.fail(s.Pos, s.End, msg)
}

func (p *parser) errorAtToken(t *Token, msg string) {
	p.fail(t.Pos, t.End, msg)
}

// syntaxError fails with CPython's generic error for the furthest token
// looked at: "invalid syntax", or an IndentationError for an unexpected
// INDENT or DEDENT.
func (p *parser) syntaxError() {
	p.tok() // raise a tokenizer error if we stand on one
	t := &p.toks[p.furthest]
	if t.Kind == ERROR {
		panic(bail{t.Err})
	}
	switch t.Kind {
	case INDENT:
		next := p.toks[min(p.furthest+1, len(p.toks)-1)]
		col := next.Pos.Col - 1
		if col < 0 {
			col = 0
		}
		pos := Pos{Line: next.Pos.Line, Col: col}
		p.failKind(KindIndentationError, pos, pos, "unexpected indent")
	case DEDENT:
		p.failKind(KindIndentationError, t.Pos, t.End, "unexpected unindent")
	case EOF:
		// CPython's ENDMARKER has no column: SyntaxError.offset is 0.
		pos := Pos{Line: t.Pos.Line, Col: -1}
		p.fail(pos, pos, "invalid syntax")
	}
	p.fail(t.Pos, t.End, "invalid syntax")
}

// node makes the Loc of a node that started at pos and ends at the last
// consumed token.
func (p *parser) loc(pos Pos) Loc { return Loc{Pos: pos, End: p.last} }

func spanOf(a, b Node) Loc { return Loc{Pos: a.Span().Pos, End: b.Span().End} }
