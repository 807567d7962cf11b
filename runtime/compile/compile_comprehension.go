package compile

import (
	"aioplay/runtime/syntax"
)

// Comprehensions and generator expressions. Each is a nested function
// taking the iterator of its first iterable (evaluated in the enclosing
// scope) as its only argument ".0":
//
//	[elt for x in it if cond]  ->  <listcomp>(iter(it))
//
//	<listcomp>:  BUILD_LIST 0; LOAD_FAST .0
//	       top:  FOR_ITER end; STORE x; <cond> POP_JUMP_IF_FALSE top
//	             <elt>; LIST_APPEND 2; JUMP top
//	       end:  RETURN_VALUE

func (c *compiler) compileComprehension(e syntax.Expr, name string, gens []*syntax.Comprehension, elt, value syntax.Expr, kind compKind) {
	outer := gens[0]
	enclosing := c.u.kind
	c.enterScope(name, unitComprehension, e, e.Span().Pos.Line)
	c.setLoc(e)
	isAsyncGen := c.u.scope.coroutine
	if isAsyncGen && kind != generatorExpression && enclosing != unitAsyncFunction && enclosing != unitComprehension {
		c.fail(e, "asynchronous comprehension outside of an asynchronous function")
	}
	c.constIndex(nil)
	c.u.argcount = 1
	c.genStart()
	switch kind {
	case listComprehension:
		c.emit(BUILD_LIST, 0)
	case setComprehension:
		c.emit(BUILD_SET, 0)
	case dictComprehension:
		c.emit(BUILD_MAP, 0)
	}
	c.comprehensionGenerator(gens, 0, 0, elt, value, kind)
	if kind != generatorExpression {
		c.op(RETURN_VALUE)
	} else {
		c.noLoc()
		c.loadConst(nil)
		c.op(RETURN_VALUE)
	}
	code := c.exitScope()
	c.makeClosure(code, 0)
	c.visitIter(outer.Iter)
	if outer.IsAsync != 0 {
		c.op(GET_AITER)
	} else {
		c.op(GET_ITER)
	}
	c.emit(CALL_FUNCTION, 1)
	if isAsyncGen && kind != generatorExpression {
		c.emit(GET_AWAITABLE, 0)
		c.loadConst(nil)
		c.op(YIELD_FROM)
	}
}

// visitIter pushes the iterable of a for loop or comprehension; a list or
// set display of constants becomes a tuple or frozenset constant.
func (c *compiler) visitIter(e syntax.Expr) {
	switch x := e.(type) {
	case *syntax.List:
		if consts, ok := allConsts(x.Elts); ok && len(consts) > 0 {
			old := c.setLoc(x)
			c.loadConst(ConstTuple(consts))
			c.u.loc = old
			return
		}
	case *syntax.Set:
		if consts, ok := allConsts(x.Elts); ok && len(consts) > 0 {
			old := c.setLoc(x)
			c.loadConst(ConstFrozenSet(consts))
			c.u.loc = old
			return
		}
	}
	c.visitExpr(e)
}

func (c *compiler) comprehensionGenerator(gens []*syntax.Comprehension, i, depth int, elt, value syntax.Expr, kind compKind) {
	if gens[i].IsAsync != 0 {
		c.asyncComprehensionGenerator(gens, i, depth, elt, value, kind)
	} else {
		c.syncComprehensionGenerator(gens, i, depth, elt, value, kind)
	}
}

func (c *compiler) syncComprehensionGenerator(gens []*syntax.Comprehension, i, depth int, elt, value syntax.Expr, kind compKind) {
	gen := gens[i]
	start, ifCleanup, anchor := c.newLabel(), c.newLabel(), c.newLabel()
	loop := true
	if i == 0 {
		c.emit(LOAD_FAST, 0)
	} else {
		// `for y in [expr]` binds y without a loop
		var single syntax.Expr
		switch x := gen.Iter.(type) {
		case *syntax.List:
			if len(x.Elts) == 1 {
				single = x.Elts[0]
			}
		case *syntax.Tuple:
			if len(x.Elts) == 1 {
				single = x.Elts[0]
			}
		}
		if _, starred := single.(*syntax.Starred); single != nil && !starred {
			c.visitExpr(single)
			loop = false
		} else {
			c.visitIter(gen.Iter)
			c.op(GET_ITER)
		}
	}
	if loop {
		depth++
		c.bind(start)
		c.jump(FOR_ITER, anchor)
	}
	c.visitExpr(gen.Target)
	for _, cond := range gen.Ifs {
		c.jumpIf(cond, ifCleanup, false)
	}
	if i+1 < len(gens) {
		c.comprehensionGenerator(gens, i+1, depth, elt, value, kind)
	} else {
		c.comprehensionElement(depth, elt, value, kind)
	}
	c.bind(ifCleanup)
	if loop {
		c.noLoc()
		c.jump(JUMP, start)
		c.bind(anchor)
	}
}

func (c *compiler) comprehensionElement(depth int, elt, value syntax.Expr, kind compKind) {
	switch kind {
	case generatorExpression:
		c.visitExpr(elt)
		c.op(YIELD_VALUE)
		c.op(POP_TOP)
	case listComprehension:
		c.visitExpr(elt)
		c.emit(LIST_APPEND, int32(depth+1))
	case setComprehension:
		c.visitExpr(elt)
		c.emit(SET_ADD, int32(depth+1))
	case dictComprehension:
		c.visitExpr(elt)
		c.visitExpr(value)
		c.emit(MAP_ADD, int32(depth+1))
	}
}

func (c *compiler) asyncComprehensionGenerator(gens []*syntax.Comprehension, i, depth int, elt, value syntax.Expr, kind compKind) {
	gen := gens[i]
	start, except, ifCleanup := c.newLabel(), c.newLabel(), c.newLabel()
	if i == 0 {
		c.emit(LOAD_FAST, 0)
	} else {
		c.visitExpr(gen.Iter)
		c.op(GET_AITER)
	}
	c.bind(start)
	c.pushFblock(fblock{kind: fbAsyncComprehensionGenerator, block: start})
	c.jump(SETUP_FINALLY, except)
	c.op(GET_ANEXT)
	c.loadConst(nil)
	c.op(YIELD_FROM)
	c.op(POP_BLOCK)
	c.visitExpr(gen.Target)
	for _, cond := range gen.Ifs {
		c.jumpIf(cond, ifCleanup, false)
	}
	depth++
	if i+1 < len(gens) {
		c.comprehensionGenerator(gens, i+1, depth, elt, value, kind)
	} else {
		c.comprehensionElement(depth, elt, value, kind)
	}
	c.bind(ifCleanup)
	c.noLoc()
	c.jump(JUMP, start)
	c.popFblock()
	c.bind(except)
	c.op(END_ASYNC_FOR)
}
