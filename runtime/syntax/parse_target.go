package syntax

// Assignment and deletion targets. The parser reads a target as an
// ordinary expression and then checks it here, setting Ctx on the nodes;
// the errors are CPython's ("cannot assign to function call", ...).

type targetKind uint8

const (
	starTargets targetKind = iota // assignment, with
	forTargets                    // for loops and comprehensions
	delTargets                    // del
)

// starTargets parses a for-loop or comprehension target: star_target
// (',' star_target)* [','], stopping before `in`.
func (p *parser) starTargets(kind targetKind) Expr {
	start := p.tok().Pos
	e := p.starTarget()
	if p.kind() == COMMA {
		elts := []Expr{e}
		for p.accept(COMMA) {
			if k := p.kind(); k == kwIn || k == EQUAL || k == COLON || k == RPAR {
				break
			}
			elts = append(elts, p.starTarget())
		}
		e = &Tuple{Loc: p.loc(start), Elts: elts, Ctx: Load}
	}
	p.setContext(e, Store, kind)
	return e
}

func (p *parser) starTarget() Expr {
	if p.kind() == STAR {
		start := p.next().Pos
		v := p.bitwiseOr()
		return &Starred{Loc: p.loc(start), Value: v, Ctx: Load}
	}
	return p.bitwiseOr()
}

// invalidTarget returns the first sub-expression of e that cannot be a
// target, as CPython's _PyPegen_get_invalid_target, or nil.
func invalidTarget(e Expr, kind targetKind) Expr {
	switch x := e.(type) {
	case *Name, *Attribute, *Subscript:
		return nil
	case *Starred:
		if kind == delTargets {
			return x
		}
		return invalidTarget(x.Value, kind)
	case *List:
		for _, elt := range x.Elts {
			if bad := invalidTarget(elt, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *Tuple:
		for _, elt := range x.Elts {
			if bad := invalidTarget(elt, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *Compare:
		// `for x in y in z`: the target is the comparison's left side.
		if kind == forTargets && x.Ops[0] == In {
			return invalidTarget(x.Left, kind)
		}
	}
	return e
}

// setContext checks that e is a valid target and sets its context.
func (p *parser) setContext(e Expr, ctx ExprContext, kind targetKind) {
	if bad := invalidTarget(e, kind); bad != nil {
		verb := "cannot assign to "
		if kind == delTargets {
			verb = "cannot delete "
		}
		p.errorAtNode(bad, verb+exprName(bad))
	}
	setCtx(e, ctx)
}

// setCtx sets the context of a valid target.
func setCtx(e Expr, ctx ExprContext) {
	switch x := e.(type) {
	case *Name:
		x.Ctx = ctx
	case *Attribute:
		x.Ctx = ctx
	case *Subscript:
		x.Ctx = ctx
	case *Starred:
		x.Ctx = ctx
		setCtx(x.Value, ctx)
	case *List:
		x.Ctx = ctx
		for _, elt := range x.Elts {
			setCtx(elt, ctx)
		}
	case *Tuple:
		x.Ctx = ctx
		for _, elt := range x.Elts {
			setCtx(elt, ctx)
		}
	}
}

// exprName is CPython's _PyPegen_get_expr_name: how error messages name
// an expression.
func exprName(e Expr) string {
	switch x := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch x.Value.(type) {
		case nil:
			return "None"
		case bool:
			if x.Value == true {
				return "True"
			}
			return "False"
		case Ellipsis:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}
