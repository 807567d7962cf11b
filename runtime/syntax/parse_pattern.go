package syntax

import "strconv"

// The match statement and its patterns. `match`, `case` and `_` are soft
// keywords: they are NAME tokens, and `match` starts a match statement
// only when what follows parses as a subject followed by ':'.

// matchStmt parses a match statement, or returns nil (consuming nothing)
// when `match` is an ordinary name here.
func (p *parser) matchStmt() Stmt {
	switch p.peek(1) {
	case EQUAL, DOT, COLON, NEWLINE, SEMI, COMMA, RPAR, EOF, COLONEQUAL:
		return nil
	}
	if _, ok := augOps[p.peek(1)]; ok {
		return nil
	}
	save, saveLast, saveFurthest := p.i, p.last, p.furthest
	t := p.next()
	subject := p.trySubject()
	if subject == nil || p.kind() != COLON {
		p.i, p.last, p.furthest = save, saveLast, saveFurthest
		return nil
	}
	p.next()
	if p.kind() != NEWLINE {
		p.syntaxError()
	}
	p.next()
	if p.kind() != INDENT {
		nt := p.tok()
		p.failKind(KindIndentationError, nt.Pos, nt.End,
			"expected an indented block after 'match' statement on line "+strconv.Itoa(int(t.Pos.Line)))
	}
	p.next()
	m := &Match{Subject: subject}
	for p.kind() != DEDENT && p.kind() != EOF {
		if !p.isName("case") {
			p.syntaxError()
		}
		m.Cases = append(m.Cases, p.caseBlock())
	}
	p.accept(DEDENT)
	last := m.Cases[len(m.Cases)-1]
	m.Loc = Loc{Pos: t.Pos, End: lastEnd(last.Body)}
	return m
}

// trySubject parses subject_expr, returning nil if it does not parse.
func (p *parser) trySubject() (e Expr) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bail); !ok {
				panic(r)
			}
			e = nil
		}
	}()
	start := p.tok().Pos
	first := p.starNamedExpression()
	if p.kind() != COMMA {
		if _, ok := first.(*Starred); ok {
			return nil
		}
		return first
	}
	elts := []Expr{first}
	for p.accept(COMMA) {
		if !p.startsExpression() {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	return &Tuple{Loc: p.loc(start), Elts: elts, Ctx: Load}
}

func (p *parser) caseBlock() *MatchCase {
	t := p.next()
	p.groups = p.groups[:0]
	c := &MatchCase{Pattern: p.patterns()}
	if p.accept(kwIf) {
		c.Guard = p.namedExpression()
	}
	p.expectHeaderColon()
	c.Body = p.block("'case' statement", t.Pos.Line)
	c.Loc = Loc{Pos: t.Pos, End: lastEnd(c.Body)}
	return c
}

// patterns parses the top-level pattern of a case: an open sequence
// `a, b` or a single pattern.
func (p *parser) patterns() Pattern {
	start := p.tok().Pos
	first := p.maybeStarPattern()
	if p.kind() != COMMA {
		if _, ok := first.(*MatchStar); ok {
			return &MatchSequence{Loc: first.(*MatchStar).Loc, Patterns: []Pattern{first}}
		}
		return first
	}
	pats := []Pattern{first}
	for p.accept(COMMA) {
		if p.kind() == COLON || p.kind() == kwIf {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &MatchSequence{Loc: p.loc(start), Patterns: pats}
}

func (p *parser) maybeStarPattern() Pattern {
	if p.kind() == STAR {
		start := p.next().Pos
		name := p.expect(NAME).Text
		if name == "_" {
			name = ""
		}
		return &MatchStar{Loc: p.loc(start), Name: name}
	}
	return p.pattern()
}

// pattern parses `or_pattern ['as' NAME]`.
func (p *parser) pattern() Pattern {
	p.enter()
	defer p.leave()
	start := p.tok().Pos
	pat := p.orPattern()
	if p.kind() != kwAs {
		return pat
	}
	p.next()
	t := p.tok()
	if t.Kind != NAME {
		p.syntaxError()
	}
	if t.Text == "_" {
		p.errorAtToken(t, "cannot use '_' as a target")
	}
	p.next()
	return &MatchAs{Loc: p.loc(start), Pattern: pat, Name: t.Text}
}

func (p *parser) orPattern() Pattern {
	start := p.tok().Pos
	first := p.closedPattern()
	if p.kind() != VBAR {
		return first
	}
	pats := []Pattern{first}
	for p.accept(VBAR) {
		pats = append(pats, p.closedPattern())
	}
	return &MatchOr{Loc: p.loc(start), Patterns: pats}
}

func (p *parser) closedPattern() Pattern {
	t := p.tok()
	start := t.Pos
	switch t.Kind {
	case NUMBER, MINUS:
		v := p.signedNumber()
		if k := p.kind(); k == PLUS || k == MINUS {
			p.next()
			imag := p.tok()
			if imag.Kind != NUMBER {
				p.syntaxError()
			}
			p.next()
			right := &Constant{Loc: Loc{Pos: imag.Pos, End: imag.End}, Value: parseNumber(imag.Text)}
			if _, ok := right.Value.(complex128); !ok {
				p.errorAtNode(right, "imaginary number required in complex literal")
			}
			op := Add
			if k == MINUS {
				op = Sub
			}
			v = &BinOp{Loc: spanOf(v, right), Left: v, Op: op, Right: right}
		}
		return &MatchValue{Loc: p.loc(start), Value: v}
	case STRING:
		v := p.strings()
		if _, ok := v.(*JoinedStr); ok {
			p.errorAtNode(v, "patterns may only match literals and attribute lookups")
		}
		return &MatchValue{Loc: p.loc(start), Value: v}
	case kwNone:
		p.next()
		return &MatchSingleton{Loc: p.loc(start), Value: nil}
	case kwTrue:
		p.next()
		return &MatchSingleton{Loc: p.loc(start), Value: true}
	case kwFalse:
		p.next()
		return &MatchSingleton{Loc: p.loc(start), Value: false}
	case NAME:
		p.next()
		var e Expr = &Name{Loc: Loc{Pos: t.Pos, End: t.End}, Id: t.Text, Ctx: Load}
		dotted := false
		for p.accept(DOT) {
			n := p.expect(NAME)
			e = &Attribute{Loc: p.loc(start), Value: e, Attr: n.Text, Ctx: Load}
			dotted = true
		}
		if p.kind() == LPAR {
			return p.classPattern(e)
		}
		if dotted {
			return &MatchValue{Loc: p.loc(start), Value: e}
		}
		if t.Text == "_" {
			return &MatchAs{Loc: p.loc(start)}
		}
		return &MatchAs{Loc: p.loc(start), Name: t.Text}
	case LPAR:
		p.next()
		if p.accept(RPAR) {
			return &MatchSequence{Loc: p.loc(start), Patterns: []Pattern{}}
		}
		first := p.maybeStarPattern()
		if p.accept(RPAR) {
			if _, ok := first.(*MatchStar); !ok {
				return first // a group
			}
			return &MatchSequence{Loc: p.loc(start), Patterns: []Pattern{first}}
		}
		pats := []Pattern{first}
		for p.kind() == COMMA {
			p.next()
			if p.kind() == RPAR {
				break
			}
			pats = append(pats, p.maybeStarPattern())
		}
		p.expect(RPAR)
		return &MatchSequence{Loc: p.loc(start), Patterns: pats}
	case LSQB:
		p.next()
		pats := []Pattern{}
		for p.kind() != RSQB {
			pats = append(pats, p.maybeStarPattern())
			if !p.accept(COMMA) {
				break
			}
		}
		p.expect(RSQB)
		return &MatchSequence{Loc: p.loc(start), Patterns: pats}
	case LBRACE:
		return p.mappingPattern()
	}
	p.syntaxError()
	return nil
}

// signedNumber parses NUMBER or '-' NUMBER.
func (p *parser) signedNumber() Expr {
	t := p.tok()
	if t.Kind == MINUS {
		p.next()
		n := p.tok()
		if n.Kind != NUMBER {
			p.syntaxError()
		}
		p.next()
		c := &Constant{Loc: Loc{Pos: n.Pos, End: n.End}, Value: parseNumber(n.Text)}
		return &UnaryOp{Loc: p.loc(t.Pos), Op: USub, Operand: c}
	}
	p.next()
	return &Constant{Loc: Loc{Pos: t.Pos, End: t.End}, Value: parseNumber(t.Text)}
}

func (p *parser) mappingPattern() Pattern {
	start := p.next().Pos
	m := &MatchMapping{Keys: []Expr{}, Patterns: []Pattern{}}
	for p.kind() != RBRACE {
		if p.accept(DOUBLESTAR) {
			m.Rest = p.expect(NAME).Text
			p.accept(COMMA)
			break
		}
		var key Expr
		switch k := p.kind(); k {
		case NUMBER, MINUS:
			key = p.closedPattern().(*MatchValue).Value
		case STRING:
			key = p.strings()
		case kwNone, kwTrue, kwFalse:
			t := p.next()
			var v any
			if k == kwTrue {
				v = true
			} else if k == kwFalse {
				v = false
			}
			key = &Constant{Loc: Loc{Pos: t.Pos, End: t.End}, Value: v}
		case NAME:
			t := p.next()
			key = &Name{Loc: Loc{Pos: t.Pos, End: t.End}, Id: t.Text, Ctx: Load}
			if p.kind() != DOT {
				p.syntaxError()
			}
			for p.accept(DOT) {
				n := p.expect(NAME)
				key = &Attribute{Loc: p.loc(t.Pos), Value: key, Attr: n.Text, Ctx: Load}
			}
		default:
			p.syntaxError()
		}
		if p.kind() != COLON {
			p.syntaxError()
		}
		p.next()
		m.Keys = append(m.Keys, key)
		m.Patterns = append(m.Patterns, p.pattern())
		if !p.accept(COMMA) {
			break
		}
	}
	p.expect(RBRACE)
	m.Loc = p.loc(start)
	return m
}

// classPattern parses `(positional, keyword=pattern)` after a class name.
func (p *parser) classPattern(cls Expr) Pattern {
	p.next()
	c := &MatchClass{Cls: cls, Patterns: []Pattern{}, KwdAttrs: []string{}, KwdPatterns: []Pattern{}}
	for p.kind() != RPAR {
		if t := p.tok(); t.Kind == NAME && p.peek(1) == EQUAL {
			p.next()
			p.next()
			c.KwdAttrs = append(c.KwdAttrs, t.Text)
			c.KwdPatterns = append(c.KwdPatterns, p.pattern())
		} else {
			pat := p.pattern()
			if len(c.KwdAttrs) > 0 {
				p.errorAtNode(pat, "positional patterns follow keyword patterns")
			}
			c.Patterns = append(c.Patterns, pat)
		}
		if !p.accept(COMMA) {
			break
		}
	}
	p.expect(RPAR)
	c.Loc = p.loc(cls.Span().Pos)
	return c
}
