package syntax

// Walk calls f for n and, if f returns true, walks n's children in field
// order (the order of CPython's _fields). Nil children are skipped.
func Walk(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	walkChildren(n, func(c Node) { Walk(c, f) })
}

// walkChildren calls visit for each direct child node of n.
func walkChildren(n Node, visit func(Node)) {
	exprs := func(list []Expr) {
		for _, e := range list {
			if e != nil {
				visit(e)
			}
		}
	}
	stmts := func(list []Stmt) {
		for _, s := range list {
			visit(s)
		}
	}
	opt := func(e Expr) {
		if e != nil {
			visit(e)
		}
	}
	patterns := func(list []Pattern) {
		for _, p := range list {
			visit(p)
		}
	}
	args := func(a *Arguments) {
		if a != nil {
			visit(a)
		}
	}
	switch x := n.(type) {
	case *Module:
		stmts(x.Body)
	case *FunctionDef:
		args(x.Args)
		stmts(x.Body)
		exprs(x.DecoratorList)
		opt(x.Returns)
	case *AsyncFunctionDef:
		args(x.Args)
		stmts(x.Body)
		exprs(x.DecoratorList)
		opt(x.Returns)
	case *ClassDef:
		exprs(x.Bases)
		for _, k := range x.Keywords {
			visit(k)
		}
		stmts(x.Body)
		exprs(x.DecoratorList)
	case *Return:
		opt(x.Value)
	case *Delete:
		exprs(x.Targets)
	case *Assign:
		exprs(x.Targets)
		visit(x.Value)
	case *AugAssign:
		visit(x.Target)
		visit(x.Value)
	case *AnnAssign:
		visit(x.Target)
		visit(x.Annotation)
		opt(x.Value)
	case *For:
		visit(x.Target)
		visit(x.Iter)
		stmts(x.Body)
		stmts(x.Orelse)
	case *AsyncFor:
		visit(x.Target)
		visit(x.Iter)
		stmts(x.Body)
		stmts(x.Orelse)
	case *While:
		visit(x.Test)
		stmts(x.Body)
		stmts(x.Orelse)
	case *If:
		visit(x.Test)
		stmts(x.Body)
		stmts(x.Orelse)
	case *With:
		for _, w := range x.Items {
			visit(w)
		}
		stmts(x.Body)
	case *AsyncWith:
		for _, w := range x.Items {
			visit(w)
		}
		stmts(x.Body)
	case *Match:
		visit(x.Subject)
		for _, c := range x.Cases {
			visit(c)
		}
	case *Raise:
		opt(x.Exc)
		opt(x.Cause)
	case *Try:
		stmts(x.Body)
		for _, h := range x.Handlers {
			visit(h)
		}
		stmts(x.Orelse)
		stmts(x.Finalbody)
	case *TryStar:
		stmts(x.Body)
		for _, h := range x.Handlers {
			visit(h)
		}
		stmts(x.Orelse)
		stmts(x.Finalbody)
	case *Assert:
		visit(x.Test)
		opt(x.Msg)
	case *Import:
		for _, a := range x.Names {
			visit(a)
		}
	case *ImportFrom:
		for _, a := range x.Names {
			visit(a)
		}
	case *ExprStmt:
		visit(x.Value)
	case *BoolOp:
		exprs(x.Values)
	case *NamedExpr:
		visit(x.Target)
		visit(x.Value)
	case *BinOp:
		visit(x.Left)
		visit(x.Right)
	case *UnaryOp:
		visit(x.Operand)
	case *Lambda:
		args(x.Args)
		visit(x.Body)
	case *IfExp:
		visit(x.Test)
		visit(x.Body)
		visit(x.Orelse)
	case *Dict:
		exprs(x.Keys)
		exprs(x.Values)
	case *Set:
		exprs(x.Elts)
	case *ListComp:
		visit(x.Elt)
		for _, g := range x.Generators {
			visit(g)
		}
	case *SetComp:
		visit(x.Elt)
		for _, g := range x.Generators {
			visit(g)
		}
	case *DictComp:
		visit(x.Key)
		visit(x.Value)
		for _, g := range x.Generators {
			visit(g)
		}
	case *GeneratorExp:
		visit(x.Elt)
		for _, g := range x.Generators {
			visit(g)
		}
	case *Await:
		visit(x.Value)
	case *Yield:
		opt(x.Value)
	case *YieldFrom:
		visit(x.Value)
	case *Compare:
		visit(x.Left)
		exprs(x.Comparators)
	case *Call:
		visit(x.Func)
		exprs(x.Args)
		for _, k := range x.Keywords {
			visit(k)
		}
	case *FormattedValue:
		visit(x.Value)
		opt(x.FormatSpec)
	case *JoinedStr:
		exprs(x.Values)
	case *Attribute:
		visit(x.Value)
	case *Subscript:
		visit(x.Value)
		visit(x.Slice)
	case *Starred:
		visit(x.Value)
	case *List:
		exprs(x.Elts)
	case *Tuple:
		exprs(x.Elts)
	case *Slice:
		opt(x.Lower)
		opt(x.Upper)
		opt(x.Step)
	case *Comprehension:
		visit(x.Target)
		visit(x.Iter)
		exprs(x.Ifs)
	case *ExceptHandler:
		opt(x.Type)
		stmts(x.Body)
	case *Arguments:
		for _, a := range x.Posonlyargs {
			visit(a)
		}
		for _, a := range x.Args {
			visit(a)
		}
		if x.Vararg != nil {
			visit(x.Vararg)
		}
		for _, a := range x.Kwonlyargs {
			visit(a)
		}
		exprs(x.KwDefaults)
		if x.Kwarg != nil {
			visit(x.Kwarg)
		}
		exprs(x.Defaults)
	case *Arg:
		opt(x.Annotation)
	case *Keyword:
		visit(x.Value)
	case *WithItem:
		visit(x.ContextExpr)
		opt(x.OptionalVars)
	case *MatchCase:
		visit(x.Pattern)
		opt(x.Guard)
		stmts(x.Body)
	case *MatchValue:
		visit(x.Value)
	case *MatchSequence:
		patterns(x.Patterns)
	case *MatchMapping:
		exprs(x.Keys)
		patterns(x.Patterns)
	case *MatchClass:
		visit(x.Cls)
		patterns(x.Patterns)
		patterns(x.KwdPatterns)
	case *MatchAs:
		if x.Pattern != nil {
			visit(x.Pattern)
		}
	case *MatchOr:
		patterns(x.Patterns)
	}
}

// shiftPositions moves every node under n: positions on line 1 move right
// by dCol, and all lines move down by dLine. The f-string parser uses it
// to map nodes parsed from a replacement field's text to the real source.
func shiftPositions(n Node, dLine, dCol int32) {
	shift := func(p *Pos) {
		if p.Line == 1 {
			p.Col += dCol
		}
		p.Line += dLine
	}
	Walk(n, func(c Node) bool {
		if sp, ok := c.(interface{ spanPtr() *Span }); ok {
			s := sp.spanPtr()
			shift(&s.Pos)
			shift(&s.End)
		}
		return true
	})
}
