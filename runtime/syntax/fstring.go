package syntax

import "strings"

// String literals: implicit concatenation and 3.11 f-strings. As in
// CPython 3.11 the scanner returns an f-string as one STRING token; this
// file splits it into literal parts and replacement fields, and parses
// each field's expression with a sub-parser over its text.

// maxFStringLevel is how deeply replacement fields may nest in format
// specs (CPython allows f"{x:{y}}" but not one level more).
const maxFStringLevel = 2

// strBuilder accumulates the parts of a (possibly f-) string
// concatenation, merging adjacent literal text as CPython's FstringParser.
type strBuilder struct {
	lit    strings.Builder
	hasLit bool
	values []Expr
	loc    Loc
}

func (b *strBuilder) addLit(s string) {
	b.lit.WriteString(s)
	b.hasLit = true
}

// flush turns pending literal text into a Constant part.
func (b *strBuilder) flush() {
	if b.hasLit && b.lit.Len() > 0 {
		b.values = append(b.values, &Constant{Loc: b.loc, Value: b.lit.String()})
	}
	b.lit.Reset()
	b.hasLit = false
}

// strings parses one or more adjacent STRING tokens.
func (p *parser) strings() Expr {
	first := p.tok()
	start := first.Pos
	firstIdx := p.i
	isBytes := splitString(first.Text).bytes
	anyF := false
	for p.peekStringAt(p.i) {
		t := p.next()
		l := splitString(t.Text)
		if l.bytes != isBytes {
			p.fail(p.tok().Pos, p.tok().Pos, "cannot mix bytes and nonbytes literals")
		}
		anyF = anyF || l.fstr
	}
	loc := p.loc(start)
	kind := ""
	if splitString(first.Text).u {
		kind = "u"
	}
	if isBytes {
		var out []byte
		for k := firstIdx; k < p.i; k++ {
			l := splitString(p.toks[k].Text)
			b, err := decodeBytes(l.body, l.raw)
			if err != nil {
				p.fail(p.toks[k].End, p.toks[k].End, err.msg)
			}
			out = append(out, b...)
		}
		if out == nil {
			out = []byte{}
		}
		return &Constant{Loc: loc, Value: out}
	}
	if !anyF {
		if p.i == firstIdx+1 {
			return &Constant{Loc: loc, Value: p.decodeStrToken(&p.toks[firstIdx]), Kind: kind}
		}
		var sb strings.Builder
		for k := firstIdx; k < p.i; k++ {
			sb.WriteString(p.decodeStrToken(&p.toks[k]))
		}
		return &Constant{Loc: loc, Value: sb.String(), Kind: kind}
	}
	b := &strBuilder{loc: loc}
	for k := firstIdx; k < p.i; k++ {
		t := &p.toks[k]
		l := splitString(t.Text)
		if !l.fstr {
			b.addLit(p.decodeStrToken(t))
			continue
		}
		fp := fstringParser{p: p, tok: t, lit: l, loc: loc}
		pos := 0
		fp.parse(b, &pos, 0)
	}
	b.flush()
	if b.values == nil {
		b.values = []Expr{}
	}
	return &JoinedStr{Loc: loc, Values: b.values}
}

func (p *parser) peekStringAt(i int) bool {
	return p.toks[i].Kind == STRING
}

func (p *parser) decodeStrToken(t *Token) string {
	l := splitString(t.Text)
	if l.raw {
		return l.body
	}
	s, err := decodeStr(l.body)
	if err != nil {
		p.fail(t.End, t.End, err.msg)
	}
	return s
}

// fstringParser parses the body of one f-string token.
type fstringParser struct {
	p   *parser
	tok *Token
	lit strLit
	loc Loc // the whole string concatenation
}

// fail reports an f-string error where CPython does: at the token after
// the string.
func (f *fstringParser) fail(msg string) {
	t := f.p.tok()
	f.p.fail(t.Pos, t.Pos, msg)
}

// parse reads literal text and replacement fields from body[*pos:] into
// b. At level 0 it reads to the end of the body; in a format spec (level
// > 0) it stops at the closing '}'.
func (f *fstringParser) parse(b *strBuilder, pos *int, level int) {
	body := f.lit.body
	for {
		litStart := *pos
		s := *pos
		doubled := false
		for s < len(body) {
			ch := body[s]
			s++
			if !f.lit.raw && ch == '\\' && s < len(body) {
				ch = body[s]
				s++
				if ch == 'N' {
					if s < len(body) && body[s] == '{' {
						s++
						for s < len(body) && body[s] != '}' {
							s++
						}
						if s < len(body) {
							s++
						}
					}
					continue
				}
			}
			if ch == '{' || ch == '}' {
				if level == 0 {
					if s < len(body) && body[s] == ch {
						doubled = true
						break
					}
					if ch == '}' {
						f.fail("f-string: single '}' is not allowed")
					}
				}
				s--
				break
			}
		}
		text := body[litStart:s]
		if doubled {
			// Keep one brace of the pair.
			s++
		}
		if text != "" {
			if !f.lit.raw {
				d, err := decodeStr(text)
				if err != nil {
					f.p.fail(f.tok.End, f.tok.End, err.msg)
				}
				text = d
			}
			b.addLit(text)
		}
		*pos = s
		if doubled {
			continue
		}
		if s >= len(body) || body[s] == '}' {
			break
		}
		// body[s] == '{'
		*pos = s + 1
		f.field(b, pos, level)
	}
	if level == 0 && *pos < len(body) {
		f.fail("f-string: unexpected end of string")
	}
	if level != 0 && (*pos >= len(body) || body[*pos] != '}') {
		f.fail("f-string: expecting '}'")
	}
}

// field parses one replacement field after its '{'.
func (f *fstringParser) field(b *strBuilder, pos *int, level int) {
	if level >= maxFStringLevel {
		f.fail("f-string: expressions nested too deeply")
	}
	body := f.lit.body
	exprStart := *pos
	s := exprStart
	var quote byte
	quoteLen := 0
	var stack []byte
	for ; s < len(body); s++ {
		ch := body[s]
		if ch == '\\' {
			f.fail("f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if ch == quote {
				if quoteLen == 3 {
					if s+2 < len(body) && body[s+1] == ch && body[s+2] == ch {
						s += 2
						quote = 0
					}
				} else {
					quote = 0
				}
			}
			continue
		}
		switch ch {
		case '\'', '"':
			if s+2 < len(body) && body[s+1] == ch && body[s+2] == ch {
				quoteLen = 3
				s += 2
			} else {
				quoteLen = 1
			}
			quote = ch
			continue
		case '[', '{', '(':
			if len(stack) >= maxParenLevel {
				f.fail("f-string: too many nested parenthesis")
			}
			stack = append(stack, ch)
			continue
		case '#':
			f.fail("f-string expression part cannot include '#'")
		case ']', '}', ')':
			if len(stack) == 0 {
				if ch == '}' {
					goto end
				}
				f.fail("f-string: unmatched '" + string(ch) + "'")
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if open != openerOf(ch) {
				f.fail("f-string: closing parenthesis '" + string(ch) + "' does not match opening parenthesis '" + string(open) + "'")
			}
			continue
		}
		if len(stack) == 0 {
			var next byte
			if s+1 < len(body) {
				next = body[s+1]
			}
			switch ch {
			case '!', '=', '<', '>':
				if next == '=' {
					s++
					continue
				}
				if ch == '<' || ch == '>' {
					continue
				}
				goto end
			case ':':
				goto end
			}
		}
	}
end:
	if quote != 0 {
		f.fail("f-string: unterminated string")
	}
	if len(stack) > 0 {
		f.fail("f-string: unmatched '" + string(stack[len(stack)-1]) + "'")
	}
	if s >= len(body) {
		f.fail("f-string: expecting '}'")
	}
	exprText := body[exprStart:s]
	if strings.TrimLeft(exprText, " \t\n\r\f\v") == "" {
		if body[s] != '}' {
			f.fail("f-string: expression required before '" + string(body[s]) + "'")
		}
		f.fail("f-string: empty expression not allowed")
	}
	value := f.parseExpr(exprText, exprStart)
	selfDoc := ""
	if body[s] == '=' {
		s++
		for s < len(body) && isSpace(body[s]) {
			s++
		}
		if s >= len(body) {
			f.fail("f-string: expecting '}'")
		}
		selfDoc = body[exprStart:s]
	}
	conv := ConvNone
	if body[s] == '!' {
		s++
		if s >= len(body) {
			f.fail("f-string: expecting '}'")
		}
		c := body[s]
		s++
		if c != 's' && c != 'r' && c != 'a' {
			f.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		conv = int(c)
	}
	var spec Expr
	if s < len(body) && body[s] == ':' {
		s++
		if s >= len(body) {
			f.fail("f-string: expecting '}'")
		}
		sb := &strBuilder{loc: f.loc}
		f.parse(sb, &s, level+1)
		// CPython 3.11 gives the spec, and literal text after its last
		// field, the span of the string token rather than of the whole
		// concatenation.
		tokLoc := Loc{Pos: f.tok.Pos, End: f.tok.End}
		sb.loc = tokLoc
		sb.flush()
		if sb.values == nil {
			sb.values = []Expr{}
		}
		spec = &JoinedStr{Loc: tokLoc, Values: sb.values}
	}
	if s >= len(body) || body[s] != '}' {
		f.fail("f-string: expecting '}'")
	}
	s++
	*pos = s
	if selfDoc != "" {
		b.addLit(selfDoc)
		if spec == nil && conv == ConvNone {
			conv = ConvRepr
		}
	}
	b.flush()
	b.values = append(b.values, &FormattedValue{Loc: f.loc, Value: value, Conversion: conv, FormatSpec: spec})
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// parseExpr parses the expression text of a replacement field, which
// starts at byte offset off of the string body. Node positions are moved
// to the real source; errors keep CPython 3.11's positions within
// "(expr)" and gain an "f-string: " prefix.
func (f *fstringParser) parseExpr(text string, off int) Expr {
	p := f.p
	p.enter()
	defer p.leave()
	src := "(" + text + ")"
	sub := &parser{filename: p.filename, depth: p.depth}
	sub.sc = NewScanner(p.filename, []byte(src))
	sub.toks = sub.sc.all()
	var e Expr
	var perr *Error
	func() {
		defer func() {
			if r := recover(); r != nil {
				b, ok := r.(bail)
				if !ok {
					panic(r)
				}
				perr = b.err
			}
		}()
		sub.expect(LPAR)
		if sub.kind() == kwYield {
			e = sub.yieldExpr()
		} else {
			e = sub.starExpressions()
		}
		if s, ok := e.(*Starred); ok {
			sub.errorAtNode(s, "cannot use starred expression here")
		}
		if sub.kind() != RPAR {
			if sub.kind() == EQUAL {
				sub.invalidEquals(e)
			}
			sub.expectClosing(RPAR, e)
		}
		sub.next()
		if t, ok := e.(*Tuple); ok && t.Pos == (Pos{Line: 1, Col: 1}) {
			// CPython parses "(a, b)": the tuple spans the parentheses.
			t.Loc = Loc{Pos: Pos{Line: 1, Col: 0}, End: sub.last}
		}
		for sub.kind() == NEWLINE {
			sub.next()
		}
		if sub.kind() != EOF {
			sub.syntaxError()
		}
	}()
	// Where the expression text starts in the real source.
	abs := int(f.tok.Off) + f.lit.bodyOff + off // offset of text[0]
	line, lineStart := f.tok.Pos.Line, int(f.tok.Off)-int(f.tok.Pos.Col)
	for k := int(f.tok.Off); k < abs; k++ {
		if p.sc.src[k] == '\n' {
			line++
			lineStart = k + 1
		}
	}
	if perr != nil {
		// CPython 3.11 reports the real line but a column within "(expr)".
		if !strings.HasPrefix(perr.Msg, "f-string") {
			perr.Msg = "f-string: " + perr.Msg
		}
		perr.Pos.Line += line - 1
		perr.End.Line += line - 1
		perr.Text = src
		panic(bail{perr})
	}
	shiftPositions(e, line-1, int32(abs-lineStart)-1)
	return e
}
