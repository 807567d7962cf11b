package syntax

// List, set and dict displays and comprehensions.

// listAtom parses a list display or comprehension.
func (p *parser) listAtom() Expr {
	p.enter()
	defer p.leave()
	start := p.next().Pos
	if p.accept(RSQB) {
		return &List{Loc: p.loc(start), Ctx: Load}
	}
	first := p.starNamedExpression()
	if k := p.kind(); k == kwFor || k == kwAsync {
		if _, ok := first.(*Starred); ok {
			p.errorAtNode(first, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.forIfClauses()
		p.expect(RSQB)
		return &ListComp{Loc: p.loc(start), Elt: first, Generators: gens}
	}
	elts := []Expr{first}
	for p.accept(COMMA) {
		if p.kind() == RSQB {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	if p.kind() == EQUAL {
		p.invalidEquals(elts[len(elts)-1])
	}
	p.expectClosing(RSQB, elts[len(elts)-1])
	return &List{Loc: p.loc(start), Elts: elts, Ctx: Load}
}

// braceAtom parses a dict or set display or comprehension.
func (p *parser) braceAtom() Expr {
	p.enter()
	defer p.leave()
	start := p.next().Pos
	if p.accept(RBRACE) {
		return &Dict{Loc: p.loc(start)}
	}
	if p.kind() == DOUBLESTAR {
		return p.dictRest(start, nil, nil)
	}
	first := p.starNamedExpression()
	if p.kind() == COLON {
		if _, ok := first.(*Starred); ok {
			p.syntaxError()
		}
		colon := p.next()
		if p.kind() == RBRACE || p.kind() == COMMA {
			p.errorAtToken(colon, "expression expected after dictionary key and ':'")
		}
		v := p.expression()
		if k := p.kind(); k == kwFor || k == kwAsync {
			gens := p.forIfClauses()
			p.expect(RBRACE)
			return &DictComp{Loc: p.loc(start), Key: first, Value: v, Generators: gens}
		}
		return p.dictRest(start, first, v)
	}
	if k := p.kind(); k == kwFor || k == kwAsync {
		if _, ok := first.(*Starred); ok {
			p.errorAtNode(first, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.forIfClauses()
		p.expect(RBRACE)
		return &SetComp{Loc: p.loc(start), Elt: first, Generators: gens}
	}
	elts := []Expr{first}
	for p.accept(COMMA) {
		if p.kind() == RBRACE {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	p.expectClosing(RBRACE, elts[len(elts)-1])
	return &Set{Loc: p.loc(start), Elts: elts}
}

// dictRest parses the remaining items of a dict display whose first item
// (if any) was key: value.
func (p *parser) dictRest(start Pos, key, value Expr) Expr {
	d := &Dict{}
	if value != nil {
		d.Keys = append(d.Keys, key)
		d.Values = append(d.Values, value)
		if !p.accept(COMMA) {
			p.expectClosing(RBRACE, value)
			d.Loc = p.loc(start)
			return d
		}
	}
	for p.kind() != RBRACE {
		if p.accept(DOUBLESTAR) {
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.bitwiseOr())
		} else {
			k := p.expression()
			if p.kind() != COLON {
				if p.kind() == RBRACE || p.kind() == COMMA {
					p.errorAtNode(k, "':' expected after dictionary key")
				}
				p.syntaxError()
			}
			colon := p.next()
			if p.kind() == RBRACE || p.kind() == COMMA {
				p.errorAtToken(colon, "expression expected after dictionary key and ':'")
			}
			d.Keys = append(d.Keys, k)
			d.Values = append(d.Values, p.expression())
		}
		if !p.accept(COMMA) {
			break
		}
	}
	p.expectClosing(RBRACE, d.Values[len(d.Values)-1])
	d.Loc = p.loc(start)
	return d
}

// forIfClauses parses the `for ... in ... if ...` clauses of a
// comprehension.
func (p *parser) forIfClauses() []*Comprehension {
	var gens []*Comprehension
	for {
		start := p.tok().Pos
		isAsync := 0
		if p.kind() == kwAsync {
			if p.peek(1) != kwFor {
				break
			}
			p.next()
			isAsync = 1
		} else if p.kind() != kwFor {
			break
		}
		p.next()
		target := p.starTargets(forTargets)
		if p.kind() != kwIn {
			p.expectClosing(kwIn, target) // "Perhaps you forgot a comma?"
		}
		p.next()
		iter := p.disjunction()
		c := &Comprehension{Target: target, Iter: iter, IsAsync: isAsync}
		for p.kind() == kwIf {
			p.next()
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		c.Loc = p.loc(start)
		gens = append(gens, c)
	}
	return gens
}
