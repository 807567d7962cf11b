package compile

import (
	"aioplay/runtime/syntax"
)

// Functions, lambdas and classes: the nested code object, the values
// MAKE_FUNCTION needs (defaults, keyword-only defaults, annotations,
// closure cells), decorators and the binding of the name.

func (c *compiler) compileFunction(s syntax.Stmt, name string, args *syntax.Arguments, body []syntax.Stmt,
	decorators []syntax.Expr, returns syntax.Expr, async bool) {
	first := s.Span().Pos.Line
	if len(decorators) > 0 {
		first = decorators[0].Span().Pos.Line
	}
	for _, d := range decorators {
		c.visitExpr(d)
	}
	c.checkDebugArgs(args)
	flags := c.defaultArguments(args)
	if c.annotations(args, returns) {
		flags |= MakeAnnotations
	}
	kind := unitFunction
	if async {
		kind = unitAsyncFunction
	}
	c.enterScope(name, kind, s, first)
	c.setLoc(s)
	doc, hasDoc := docstring(body)
	if hasDoc {
		c.constIndex(doc)
		body = body[1:]
	} else {
		c.constIndex(nil)
	}
	c.setArgCounts(args)
	c.genStart()
	c.visitStmts(body)
	c.noLoc()
	c.loadConst(nil)
	c.op(RETURN_VALUE)
	code := c.exitScope()
	c.makeClosure(code, flags)
	for i := len(decorators) - 1; i >= 0; i-- {
		old := c.setLoc(decorators[i])
		c.emit(CALL_FUNCTION, 1)
		c.u.loc = old
	}
	c.nameOp(name, syntax.Store)
}

// genStart emits GEN_START at the start of a generator or coroutine body.
func (c *compiler) genStart() {
	s := c.u.scope
	switch {
	case s.generator && s.coroutine:
		c.emit(GEN_START, GenKindAsyncGenerator)
	case s.generator:
		c.emit(GEN_START, GenKindGenerator)
	case s.coroutine:
		c.emit(GEN_START, GenKindCoroutine)
	}
}

func (c *compiler) setArgCounts(args *syntax.Arguments) {
	c.u.posonly = int32(len(args.Posonlyargs))
	c.u.argcount = int32(len(args.Posonlyargs) + len(args.Args))
	c.u.kwonly = int32(len(args.Kwonlyargs))
}

// defaultArguments pushes the defaults tuple and the keyword-only
// defaults dict, and returns the MAKE_FUNCTION flags for them.
func (c *compiler) defaultArguments(args *syntax.Arguments) int32 {
	var flags int32
	if len(args.Defaults) > 0 {
		c.starUnpack(args.Defaults, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)
		flags |= MakeDefaults
	}
	n := 0
	for i, a := range args.Kwonlyargs {
		if i < len(args.KwDefaults) && args.KwDefaults[i] != nil {
			c.loadConst(c.mangle(a.Arg))
			c.visitExpr(args.KwDefaults[i])
			n++
		}
	}
	if n > 0 {
		c.emit(BUILD_MAP, int32(n))
		flags |= MakeKwDefaults
	}
	return flags
}

// annotations pushes the annotations tuple (name, value, ...) if any
// parameter or the return is annotated.
func (c *compiler) annotations(args *syntax.Arguments, returns syntax.Expr) bool {
	n := 0
	one := func(name string, ann syntax.Expr) {
		if ann == nil {
			return
		}
		c.loadConst(c.mangle(name))
		c.visitAnnotation(ann)
		n++
	}
	for _, a := range args.Args {
		one(a.Arg, a.Annotation)
	}
	for _, a := range args.Posonlyargs {
		one(a.Arg, a.Annotation)
	}
	if args.Vararg != nil {
		one(args.Vararg.Arg, args.Vararg.Annotation)
	}
	for _, a := range args.Kwonlyargs {
		one(a.Arg, a.Annotation)
	}
	if args.Kwarg != nil {
		one(args.Kwarg.Arg, args.Kwarg.Annotation)
	}
	one("return", returns)
	if n == 0 {
		return false
	}
	c.emit(BUILD_TUPLE, int32(2*n))
	return true
}

// makeClosure pushes a new function for code (in the enclosing unit).
func (c *compiler) makeClosure(code *Code, flags int32) {
	if len(code.Freevars) > 0 {
		for _, name := range code.Freevars {
			i, ok := c.u.derefIndex[name]
			if !ok {
				panic("compile: no cell for free variable " + name + " of " + code.Qualname)
			}
			c.emit(LOAD_CLOSURE, i)
		}
		c.emit(BUILD_TUPLE, int32(len(code.Freevars)))
		flags |= MakeClosure
	}
	c.loadConst(code)
	c.emit(MAKE_FUNCTION, flags)
}

func (c *compiler) compileLambda(e *syntax.Lambda) {
	c.checkDebugArgs(e.Args)
	flags := c.defaultArguments(e.Args)
	c.enterScope("<lambda>", unitLambda, e, e.Span().Pos.Line)
	c.setLoc(e)
	c.constIndex(nil) // no docstring
	c.setArgCounts(e.Args)
	c.genStart()
	c.visitExpr(e.Body)
	c.op(RETURN_VALUE)
	code := c.exitScope()
	c.makeClosure(code, flags)
}

func (c *compiler) compileClass(s *syntax.ClassDef) {
	first := s.Span().Pos.Line
	if len(s.DecoratorList) > 0 {
		first = s.DecoratorList[0].Span().Pos.Line
	}
	for _, d := range s.DecoratorList {
		c.visitExpr(d)
	}
	c.enterScope(s.Name, unitClass, s, first)
	c.u.private = s.Name
	c.u.loc = Position{Line: first, EndLine: first} // as CPython 3.11
	c.nameOp("__name__", syntax.Load)
	c.nameOp("__module__", syntax.Store)
	c.loadConst(c.u.qualname)
	c.nameOp("__qualname__", syntax.Store)
	body := s.Body
	if findAnnotations(body) {
		c.op(SETUP_ANNOTATIONS)
	}
	if doc, ok := docstring(body); ok {
		c.setLoc(body[0])
		c.loadConst(doc)
		c.nameOp("__doc__", syntax.Store)
		body = body[1:]
	}
	c.visitStmts(body)
	c.noLoc()
	if c.u.scope.needsClassClosure {
		c.emit(LOAD_CLOSURE, c.u.derefIndex["__class__"])
		c.op(DUP_TOP)
		c.nameOp("__classcell__", syntax.Store)
	} else {
		c.loadConst(nil)
	}
	c.op(RETURN_VALUE)
	code := c.exitScope()

	c.setLoc(s)
	c.op(LOAD_BUILD_CLASS)
	c.makeClosure(code, 0)
	c.loadConst(s.Name)
	c.checkKeywords(s.Keywords)
	c.callHelper(s, 2, s.Bases, s.Keywords)
	for i := len(s.DecoratorList) - 1; i >= 0; i-- {
		old := c.setLoc(s.DecoratorList[i])
		c.emit(CALL_FUNCTION, 1)
		c.u.loc = old
	}
	c.nameOp(s.Name, syntax.Store)
}
