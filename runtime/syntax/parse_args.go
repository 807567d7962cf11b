package syntax

// Call arguments and def/lambda parameter lists.

// call parses `(arguments)` after fn.
func (p *parser) call(fn Expr, start Pos) Expr { return p.callArgs(fn, start, true) }

// callArgs parses call arguments; genexp tells whether a lone generator
// expression argument is allowed (not in a class definition).
func (p *parser) callArgs(fn Expr, start Pos, genexp bool) Expr {
	p.enter()
	defer p.leave()
	lpar := p.next()
	c := &Call{Func: fn}
	var firstKw, firstDStar *Keyword
	var firstArg Pos
	orderErr := "" // CPython reports argument order errors at the end
	for p.kind() != RPAR {
		t := p.tok()
		if len(c.Args)+len(c.Keywords) == 0 {
			firstArg = t.Pos
		}
		switch {
		case t.Kind == STAR:
			p.next()
			v := p.expression()
			s := &Starred{Loc: p.loc(t.Pos), Value: v, Ctx: Load}
			if firstDStar != nil {
				p.fail(firstArg, firstArg, "iterable argument unpacking follows keyword argument unpacking")
			}
			c.Args = append(c.Args, s)
		case t.Kind == DOUBLESTAR:
			p.next()
			v := p.expression()
			k := &Keyword{Loc: p.loc(t.Pos), Value: v}
			if firstDStar == nil {
				firstDStar = k
			}
			c.Keywords = append(c.Keywords, k)
		case t.Kind == NAME && p.peek(1) == EQUAL:
			p.next()
			p.next()
			v := p.expression()
			k := &Keyword{Loc: p.loc(t.Pos), Arg: t.Text, Value: v}
			if firstKw == nil {
				firstKw = k
			}
			c.Keywords = append(c.Keywords, k)
		default:
			e := p.namedExpression()
			if k := p.kind(); k == kwFor || k == kwAsync {
				if !genexp {
					p.syntaxError()
				}
				gens := p.forIfClauses()
				g := &GeneratorExp{Loc: p.loc(e.Span().Pos), Elt: e, Generators: gens}
				if len(c.Args) > 0 || len(c.Keywords) > 0 || p.kind() != RPAR {
					p.errorAtNode(g, "Generator expression must be parenthesized")
				}
				p.next()
				g.Loc = Loc{Pos: lpar.Pos, End: p.last}
				c.Args = append(c.Args, g)
				c.Loc = p.loc(start)
				return c
			}
			if p.kind() == EQUAL {
				p.next()
				v := p.expression()
				if isKeywordLike(e) {
					p.errorAtNode(e, "cannot assign to "+exprName(e))
				}
				p.fail(e.Span().Pos, v.Span().End, `expression cannot contain assignment, perhaps you meant "=="?`)
			}
			if orderErr == "" && firstDStar != nil {
				orderErr = "positional argument follows keyword argument unpacking"
			} else if orderErr == "" && firstKw != nil {
				orderErr = "positional argument follows keyword argument"
			}
			c.Args = append(c.Args, e)
		}
		if !p.accept(COMMA) {
			break
		}
	}
	if orderErr != "" {
		p.errorAtToken(p.tok(), orderErr)
	}
	var last Expr
	if n := len(c.Args); n > 0 {
		last = c.Args[n-1]
	}
	if n := len(c.Keywords); n > 0 && (last == nil || c.Keywords[n-1].Pos.Line > last.Span().Pos.Line ||
		(c.Keywords[n-1].Pos.Line == last.Span().Pos.Line && c.Keywords[n-1].Pos.Col > last.Span().Pos.Col)) {
		last = c.Keywords[n-1].Value
	}
	p.expectClosing(RPAR, last)
	c.Loc = p.loc(start)
	return c
}

// isKeywordLike reports a True/False/None constant used as a keyword name.
func isKeywordLike(e Expr) bool {
	c, ok := e.(*Constant)
	return ok && (c.Value == nil || c.Value == true || c.Value == false)
}

// parameters parses a def parameter list up to ')' or a lambda's up to
// ':'. The closing token is not consumed.
func (p *parser) parameters(lambda bool) *Arguments {
	closing := RPAR
	if lambda {
		closing = COLON
	}
	a := &Arguments{}
	start := p.tok().Pos
	var params []*Arg   // positional parameters so far
	var defaults []Expr // their defaults
	seenSlash, seenStar := false, false
	var starTok *Token
	for p.kind() != closing {
		t := p.tok()
		if a.Kwarg != nil {
			if t.Kind == SLASH || t.Kind == STAR || t.Kind == NAME || t.Kind == DOUBLESTAR {
				p.errorAtToken(t, "arguments cannot follow var-keyword argument")
			}
			p.syntaxError()
		}
		switch t.Kind {
		case SLASH:
			if seenSlash {
				p.errorAtToken(t, "/ may appear only once")
			}
			if seenStar {
				p.errorAtToken(t, "/ must be ahead of *")
			}
			if len(params) == 0 {
				if lambda {
					p.errorAtToken(t, "at least one argument must precede /")
				}
				p.syntaxError()
			}
			p.next()
			seenSlash = true
			a.Posonlyargs = params
			params = nil
		case STAR:
			if seenStar {
				p.errorAtToken(t, "* argument may appear only once")
			}
			p.next()
			seenStar = true
			starTok = t
			if k := p.kind(); k == closing || (k == COMMA && (p.peek(1) == closing || p.peek(1) == DOUBLESTAR)) {
				// CPython points at '*' in a def, after it in a lambda.
				if lambda {
					p.accept(COMMA)
					p.errorAtToken(p.tok(), "named arguments must follow bare *")
				}
				p.errorAtToken(t, "named arguments must follow bare *")
			}
			if p.kind() == COMMA {
				break
			}
			if p.kind() != NAME {
				p.syntaxError()
			}
			a.Vararg = p.param(lambda, true)
			if p.kind() == EQUAL {
				p.errorAtToken(p.tok(), "var-positional argument cannot have default value")
			}
		case DOUBLESTAR:
			p.next()
			if p.kind() != NAME {
				p.syntaxError()
			}
			a.Kwarg = p.param(lambda, false)
			if p.kind() == EQUAL {
				p.errorAtToken(p.tok(), "var-keyword argument cannot have default value")
			}
		case NAME:
			arg := p.param(lambda, false)
			var def Expr
			if p.accept(EQUAL) {
				def = p.expression()
			}
			if seenStar {
				a.Kwonlyargs = append(a.Kwonlyargs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
				break
			}
			if def == nil && (len(defaults) > 0) {
				p.errorAtNode(arg, "non-default argument follows default argument")
			}
			params = append(params, arg)
			if def != nil {
				defaults = append(defaults, def)
			}
		case LPAR:
			p.parenthesizedParams(t, lambda)
			p.syntaxError()
		default:
			p.syntaxError()
		}
		if !p.accept(COMMA) {
			break
		}
	}
	if p.kind() != closing {
		if p.kind() == NAME && !lambda {
			p.syntaxError()
		}
		p.syntaxError()
	}
	if seenStar && a.Vararg == nil && len(a.Kwonlyargs) == 0 {
		p.errorAtToken(starTok, "named arguments must follow bare *")
	}
	a.Args = params
	a.Defaults = defaults
	if a.Posonlyargs == nil {
		a.Posonlyargs = []*Arg{}
	}
	a.Loc = p.loc(start)
	return a
}

// param parses NAME [':' annotation]. A *args annotation may be starred.
func (p *parser) param(lambda, star bool) *Arg {
	t := p.expect(NAME)
	arg := &Arg{Arg: t.Text}
	if !lambda && p.accept(COLON) {
		if star && p.kind() == STAR {
			arg.Annotation = p.starExpression()
		} else {
			arg.Annotation = p.expression()
		}
	}
	arg.Loc = p.loc(t.Pos)
	return arg
}

// parenthesizedParams reports `def f((a, b))`, CPython's "Function
// parameters cannot be parenthesized".
func (p *parser) parenthesizedParams(lpar *Token, lambda bool) {
	k := 1
	for p.peek(k) == NAME {
		k++
		if p.peek(k) != COMMA {
			break
		}
		k++
	}
	if k == 1 || p.peek(k) != RPAR {
		return
	}
	msg := "Function parameters cannot be parenthesized"
	if lambda {
		msg = "Lambda expression parameters cannot be parenthesized"
	}
	p.fail(lpar.Pos, p.toks[p.i+k].End, msg)
}
