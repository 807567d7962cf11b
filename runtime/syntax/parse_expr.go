package syntax

// Expressions, from the loosest-binding rule to atoms. Rule names follow
// CPython's grammar.

// starExpressions parses `star_expressions`: one or more star_expression
// separated by commas, making a Tuple when there is a comma.
func (p *parser) starExpressions() Expr {
	start := p.tok().Pos
	e := p.starExpression()
	if p.kind() != COMMA {
		return e
	}
	elts := []Expr{e}
	for p.accept(COMMA) {
		if !p.startsExpression() {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &Tuple{Loc: p.loc(start), Elts: elts, Ctx: Load}
}

// starExpression parses `'*' bitwise_or | expression`.
func (p *parser) starExpression() Expr {
	if p.kind() == STAR {
		start := p.next().Pos
		v := p.bitwiseOr()
		return &Starred{Loc: p.loc(start), Value: v, Ctx: Load}
	}
	return p.expression()
}

// starNamedExpression parses `'*' bitwise_or | named_expression`.
func (p *parser) starNamedExpression() Expr {
	if p.kind() == STAR {
		start := p.next().Pos
		v := p.bitwiseOr()
		return &Starred{Loc: p.loc(start), Value: v, Ctx: Load}
	}
	return p.namedExpression()
}

// expressions parses `expression (',' expression)* [',']`.
func (p *parser) expressions() Expr {
	start := p.tok().Pos
	e := p.expression()
	if p.kind() != COMMA {
		return e
	}
	elts := []Expr{e}
	for p.accept(COMMA) {
		if !p.startsExpression() {
			break
		}
		elts = append(elts, p.expression())
	}
	return &Tuple{Loc: p.loc(start), Elts: elts, Ctx: Load}
}

// startsExpression reports whether the current token can begin an
// expression (used after a trailing comma).
func (p *parser) startsExpression() bool {
	switch p.kind() {
	case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, STAR,
		ELLIPSIS, kwNot, kwLambda, kwAwait, kwNone, kwTrue, kwFalse:
		return true
	}
	return false
}

// namedExpression parses `NAME ':=' expression | expression !':='`.
func (p *parser) namedExpression() Expr {
	t := p.tok()
	if t.Kind == NAME && p.peek(1) == COLONEQUAL {
		p.enter()
		defer p.leave()
		p.next()
		target := &Name{Loc: Loc{Pos: t.Pos, End: t.End}, Id: t.Text, Ctx: Store}
		p.next()
		v := p.expression()
		return &NamedExpr{Loc: p.loc(t.Pos), Target: target, Value: v}
	}
	e := p.expression()
	if p.kind() == COLONEQUAL {
		p.errorAtNode(e, "cannot use assignment expressions with "+exprName(e))
	}
	return e
}

// expression parses a conditional expression or a lambda.
func (p *parser) expression() Expr {
	p.enter()
	defer p.leave()
	if p.kind() == kwLambda {
		return p.lambdef()
	}
	start := p.tok().Pos
	body := p.disjunction()
	if p.kind() != kwIf {
		return body
	}
	p.next()
	test := p.disjunction()
	if p.kind() != kwElse {
		p.fail(spanOf(body, test).Pos, spanOf(body, test).End, "expected 'else' after 'if' expression")
	}
	p.next()
	orelse := p.expression()
	return &IfExp{Loc: p.loc(start), Test: test, Body: body, Orelse: orelse}
}

func (p *parser) lambdef() Expr {
	start := p.next().Pos
	args := p.parameters(true)
	p.expect(COLON)
	body := p.expression()
	return &Lambda{Loc: p.loc(start), Args: args, Body: body}
}

func (p *parser) disjunction() Expr {
	start := p.tok().Pos
	e := p.conjunction()
	if p.kind() != kwOr {
		return e
	}
	values := []Expr{e}
	for p.accept(kwOr) {
		values = append(values, p.conjunction())
	}
	return &BoolOp{Loc: p.loc(start), Op: Or, Values: values}
}

func (p *parser) conjunction() Expr {
	start := p.tok().Pos
	e := p.inversion()
	if p.kind() != kwAnd {
		return e
	}
	values := []Expr{e}
	for p.accept(kwAnd) {
		values = append(values, p.inversion())
	}
	return &BoolOp{Loc: p.loc(start), Op: And, Values: values}
}

// inversion parses `'not' inversion | comparison` without recursing once
// per `not`.
func (p *parser) inversion() Expr {
	var nots []Pos
	for p.kind() == kwNot {
		nots = append(nots, p.next().Pos)
		if len(nots) > maxDepth {
			t := p.tok()
			p.fail(t.Pos, t.End, "too complex expression")
		}
	}
	e := p.comparison()
	for i := len(nots) - 1; i >= 0; i-- {
		e = &UnaryOp{Loc: Loc{Pos: nots[i], End: p.last}, Op: Not, Operand: e}
	}
	return e
}

func (p *parser) comparison() Expr {
	start := p.tok().Pos
	left := p.bitwiseOr()
	var ops []CmpOp
	var comps []Expr
	for {
		var op CmpOp
		switch p.kind() {
		case EQEQUAL:
			op = Eq
		case NOTEQUAL:
			if p.tok().Text == "<>" {
				p.syntaxError()
			}
			op = NotEq
		case LESS:
			op = Lt
		case LESSEQUAL:
			op = LtE
		case GREATER:
			op = Gt
		case GREATEREQUAL:
			op = GtE
		case kwIn:
			op = In
		case kwIs:
			op = Is
			if p.peek(1) == kwNot {
				p.next()
				op = IsNot
			}
		case kwNot:
			if p.peek(1) != kwIn {
				p.furthest = max(p.furthest, p.i+1) // CPython looked for 'in'
				goto done
			}
			p.next()
			op = NotIn
		default:
			goto done
		}
		p.next()
		ops = append(ops, op)
		comps = append(comps, p.bitwiseOr())
	}
done:
	if ops == nil {
		return left
	}
	return &Compare{Loc: p.loc(start), Left: left, Ops: ops, Comparators: comps}
}

func (p *parser) binary(operand func(*parser) Expr, opOf func(TokenKind) (Operator, bool)) Expr {
	start := p.tok().Pos
	left := operand(p)
	for {
		op, ok := opOf(p.kind())
		if !ok {
			return left
		}
		p.next()
		right := operand(p)
		left = &BinOp{Loc: p.loc(start), Left: left, Op: op, Right: right}
	}
}

func (p *parser) bitwiseOr() Expr {
	return p.binary((*parser).bitwiseXor, func(k TokenKind) (Operator, bool) { return BitOr, k == VBAR })
}

func (p *parser) bitwiseXor() Expr {
	return p.binary((*parser).bitwiseAnd, func(k TokenKind) (Operator, bool) { return BitXor, k == CIRCUMFLEX })
}

func (p *parser) bitwiseAnd() Expr {
	return p.binary((*parser).shiftExpr, func(k TokenKind) (Operator, bool) { return BitAnd, k == AMPER })
}

func (p *parser) shiftExpr() Expr {
	return p.binary((*parser).sum, func(k TokenKind) (Operator, bool) {
		switch k {
		case LEFTSHIFT:
			return LShift, true
		case RIGHTSHIFT:
			return RShift, true
		}
		return 0, false
	})
}

func (p *parser) sum() Expr {
	return p.binary((*parser).term, func(k TokenKind) (Operator, bool) {
		switch k {
		case PLUS:
			return Add, true
		case MINUS:
			return Sub, true
		}
		return 0, false
	})
}

func (p *parser) term() Expr {
	return p.binary((*parser).factor, func(k TokenKind) (Operator, bool) {
		switch k {
		case STAR:
			return Mult, true
		case SLASH:
			return Div, true
		case DOUBLESLASH:
			return FloorDiv, true
		case PERCENT:
			return Mod, true
		case AT:
			return MatMult, true
		}
		return 0, false
	})
}

// factor parses unary + - ~ without recursing once per operator.
func (p *parser) factor() Expr {
	type prefix struct {
		op  UnaryOperator
		pos Pos
	}
	var ops []prefix
	for {
		var op UnaryOperator
		switch p.kind() {
		case PLUS:
			op = UAdd
		case MINUS:
			op = USub
		case TILDE:
			op = Invert
		default:
			goto done
		}
		ops = append(ops, prefix{op, p.next().Pos})
		if len(ops) > maxDepth {
			t := p.tok()
			p.fail(t.Pos, t.End, "too complex expression")
		}
	}
done:
	e := p.power()
	for i := len(ops) - 1; i >= 0; i-- {
		e = &UnaryOp{Loc: Loc{Pos: ops[i].pos, End: p.last}, Op: ops[i].op, Operand: e}
	}
	return e
}

// power parses `await_primary ['**' factor]`.
func (p *parser) power() Expr {
	start := p.tok().Pos
	left := p.awaitPrimary()
	if p.kind() != DOUBLESTAR {
		return left
	}
	p.enter()
	defer p.leave()
	p.next()
	right := p.factor()
	return &BinOp{Loc: p.loc(start), Left: left, Op: Pow, Right: right}
}

func (p *parser) awaitPrimary() Expr {
	if p.kind() == kwAwait {
		p.enter()
		defer p.leave()
		start := p.next().Pos
		v := p.primary()
		return &Await{Loc: p.loc(start), Value: v}
	}
	return p.primary()
}

// primary parses an atom followed by any number of trailers: .name,
// (args), [slices].
func (p *parser) primary() Expr {
	start := p.tok().Pos
	e := p.atom()
	for {
		switch p.kind() {
		case DOT:
			p.next()
			name := p.expect(NAME)
			e = &Attribute{Loc: p.loc(start), Value: e, Attr: name.Text, Ctx: Load}
		case LPAR:
			e = p.call(e, start)
		case LSQB:
			p.next()
			s := p.slices()
			if p.kind() != RSQB {
				last := s
				if tup, ok := s.(*Tuple); ok && len(tup.Elts) > 0 {
					last = tup.Elts[len(tup.Elts)-1]
				}
				p.expectClosing(RSQB, last)
			}
			p.next()
			e = &Subscript{Loc: p.loc(start), Value: e, Slice: s, Ctx: Load}
		default:
			return e
		}
	}
}

// slices parses the inside of a subscript.
func (p *parser) slices() Expr {
	start := p.tok().Pos
	e := p.slice()
	if p.kind() != COMMA {
		if _, ok := e.(*Starred); ok {
			return &Tuple{Loc: p.loc(start), Elts: []Expr{e}, Ctx: Load}
		}
		return e
	}
	elts := []Expr{e}
	for p.accept(COMMA) {
		if p.kind() == RSQB {
			break
		}
		elts = append(elts, p.slice())
	}
	return &Tuple{Loc: p.loc(start), Elts: elts, Ctx: Load}
}

// slice parses `[expr] ':' [expr] [':' [expr]] | named_expression`, or a
// starred expression (allowed in subscripts since 3.11).
func (p *parser) slice() Expr {
	start := p.tok().Pos
	if p.kind() == STAR {
		p.next()
		v := p.bitwiseOr()
		return &Starred{Loc: p.loc(start), Value: v, Ctx: Load}
	}
	var lower Expr
	if p.kind() != COLON {
		lower = p.namedExpression()
		if p.kind() != COLON {
			return lower
		}
	}
	p.next()
	s := &Slice{Lower: lower}
	if k := p.kind(); k != COLON && k != COMMA && k != RSQB {
		s.Upper = p.expression()
	}
	if p.accept(COLON) {
		if k := p.kind(); k != COMMA && k != RSQB {
			s.Step = p.expression()
		}
	}
	s.Loc = p.loc(start)
	return s
}

// atom parses names, literals and bracketed forms.
func (p *parser) atom() Expr {
	t := p.tok()
	switch t.Kind {
	case NAME:
		p.next()
		return &Name{Loc: Loc{Pos: t.Pos, End: t.End}, Id: t.Text, Ctx: Load}
	case NUMBER:
		p.next()
		return &Constant{Loc: Loc{Pos: t.Pos, End: t.End}, Value: parseNumber(t.Text)}
	case STRING:
		return p.strings()
	case kwNone:
		p.next()
		return &Constant{Loc: Loc{Pos: t.Pos, End: t.End}, Value: nil}
	case kwTrue:
		p.next()
		return &Constant{Loc: Loc{Pos: t.Pos, End: t.End}, Value: true}
	case kwFalse:
		p.next()
		return &Constant{Loc: Loc{Pos: t.Pos, End: t.End}, Value: false}
	case ELLIPSIS:
		p.next()
		return &Constant{Loc: Loc{Pos: t.Pos, End: t.End}, Value: Ellipsis{}}
	case LPAR:
		return p.parenAtom()
	case LSQB:
		return p.listAtom()
	case LBRACE:
		return p.braceAtom()
	}
	p.syntaxError()
	return nil
}

// parenAtom parses a tuple, a parenthesised group, a generator expression
// or a yield expression in parentheses.
func (p *parser) parenAtom() Expr {
	p.enter()
	defer p.leave()
	start := p.next().Pos
	if p.accept(RPAR) {
		return &Tuple{Loc: p.loc(start), Ctx: Load}
	}
	if p.kind() == kwYield {
		e := p.yieldExpr()
		p.expect(RPAR)
		p.groups = append(p.groups, e)
		return e
	}
	first := p.starNamedExpression()
	switch p.kind() {
	case RPAR:
		p.next()
		if _, ok := first.(*Starred); ok {
			p.errorAtNode(first, "cannot use starred expression here")
		}
		p.groups = append(p.groups, first)
		return first
	case kwFor, kwAsync:
		if _, ok := first.(*Starred); ok {
			p.errorAtNode(first, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.forIfClauses()
		p.expect(RPAR)
		return &GeneratorExp{Loc: p.loc(start), Elt: first, Generators: gens}
	case COMMA:
		elts := []Expr{first}
		for p.accept(COMMA) {
			if p.kind() == RPAR {
				break
			}
			elts = append(elts, p.starNamedExpression())
		}
		p.expectClosing(RPAR, elts[len(elts)-1])
		return &Tuple{Loc: p.loc(start), Elts: elts, Ctx: Load}
	case EQUAL:
		p.invalidEquals(first)
	}
	p.expectClosing(RPAR, first)
	return nil
}

// expectClosing consumes the closing bracket k; when something else
// follows an element, it reports CPython's "Perhaps you forgot a comma?"
// if the next token could start another element.
func (p *parser) expectClosing(k TokenKind, lastElt Expr) {
	if p.kind() == k {
		p.next()
		return
	}
	if n, ok := lastElt.(*Name); ok && (n.Id == "print" || n.Id == "exec") && p.startsExpression() {
		p.legacyPrint(n)
	}
	if lastElt != nil && p.startsExpression() && p.kind() != STAR && !p.startsWithNameString(lastElt) {
		if _, isStarred := lastElt.(*Starred); !isStarred {
			start := lastElt.Span().Pos
			// CPython points from the element before the missing comma to
			// the expression after it.
			save, saveLast, saveFurthest := p.i, p.last, p.furthest
			after := p.tryExpression()
			p.i, p.last, p.furthest = save, saveLast, saveFurthest
			if after != nil {
				p.fail(start, after.Span().End, "invalid syntax. Perhaps you forgot a comma?")
			}
		}
	}
	p.syntaxError()
}

// startsWithNameString reports whether e begins with a NAME directly
// followed by a STRING (print "x"), or with a soft keyword: CPython gives
// no comma hint for those.
func (p *parser) startsWithNameString(e Expr) bool {
	pos := e.Span().Pos
	k := p.i - 1
	for k > 0 && (p.toks[k].Pos.Line > pos.Line || (p.toks[k].Pos.Line == pos.Line && p.toks[k].Pos.Col > pos.Col)) {
		k--
	}
	t := p.toks[k]
	if t.Kind != NAME || t.Pos != pos {
		return false
	}
	if t.Text == "match" || t.Text == "case" || t.Text == "_" {
		return true
	}
	return p.toks[k+1].Kind == STRING
}

// tryExpression parses an expression speculatively, returning nil if it
// fails.
//
// Like CPython's lookahead, it fetches tokens as it goes: reaching a
// scanning error raises that error.
func (p *parser) tryExpression() (e Expr) {
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bail)
			if !ok {
				panic(r)
			}
			if p.isTokenizerError(b.err) {
				panic(r)
			}
			e = nil
		}
	}()
	return p.expression()
}

// lookaheadExpression emulates CPython's invalid_expression lookahead
// after a complete expression: it parses an expression from the current
// token only to fetch tokens (raising a scanning error it runs into), then
// rewinds.
func (p *parser) lookaheadExpression() {
	if !p.startsExpression() {
		return
	}
	save, saveLast, saveFurthest := p.i, p.last, p.furthest
	p.tryExpression()
	p.i, p.last, p.furthest = save, saveLast, saveFurthest
}

// invalidEquals reports `x = 1` where only an expression is allowed
// (CPython's invalid_named_expression).
func (p *parser) invalidEquals(e Expr) {
	save, saveLast := p.i, p.last
	p.next()
	var rhs Expr
	func() {
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(bail); !ok {
					panic(r)
				}
				rhs = nil
			}
		}()
		rhs = p.bitwiseOr()
	}()
	if rhs != nil && p.kind() != EQUAL && p.kind() != COLONEQUAL {
		if n, ok := e.(*Name); ok && !p.isGroup(e) {
			p.fail(n.Pos, rhs.Span().End, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
		if isBitwiseOr(e) || p.isGroup(e) {
			switch c := e.(type) {
			case *List, *Tuple, *GeneratorExp:
			case *Constant:
				if c.Value == nil || c.Value == true || c.Value == false {
					break
				}
				p.errorAtNode(e, "cannot assign to "+exprName(e)+" here. Maybe you meant '==' instead of '='?")
			default:
				p.errorAtNode(e, "cannot assign to "+exprName(e)+" here. Maybe you meant '==' instead of '='?")
			}
		}
	}
	p.i, p.last = save, saveLast
}

func (p *parser) isGroup(e Expr) bool {
	for _, g := range p.groups {
		if g == e {
			return true
		}
	}
	return false
}

// isBitwiseOr reports whether e is produced by the bitwise_or rule or
// tighter (so not a comparison, not, and/or, if-else, lambda, walrus).
func isBitwiseOr(e Expr) bool {
	switch x := e.(type) {
	case *Compare, *BoolOp, *IfExp, *Lambda, *NamedExpr, *Starred:
		return false
	case *UnaryOp:
		return x.Op != Not
	}
	return true
}

// yieldExpr parses `'yield' 'from' expression | 'yield' [star_expressions]`.
func (p *parser) yieldExpr() Expr {
	start := p.next().Pos
	if p.accept(kwFrom) {
		v := p.expression()
		return &YieldFrom{Loc: p.loc(start), Value: v}
	}
	y := &Yield{}
	if p.startsExpression() {
		y.Value = p.starExpressions()
	}
	y.Loc = p.loc(start)
	return y
}
