package compile

import (
	"strings"

	"aioplay/runtime/syntax"
)

// Statements, and the frame-block bookkeeping that makes return, break
// and continue run the right cleanup code on their way out (finally
// bodies, with exits, popping loop iterators and exception handlers).

type fblockKind uint8

const (
	fbWhileLoop fblockKind = iota
	fbForLoop
	fbTryExcept
	fbFinallyTry
	fbFinallyEnd
	fbWith
	fbAsyncWith
	fbHandlerCleanup
	fbPopValue
	fbExceptionHandler
	fbExceptionGroupHandler
	fbAsyncComprehensionGenerator
)

// fblock is a compile-time frame block: a region of code whose exit
// needs cleanup.
type fblock struct {
	kind  fblockKind
	block label         // loops: the continue target
	exit  label         // loops: the break target
	body  []syntax.Stmt // fbFinallyTry: the finally body
	name  string        // fbHandlerCleanup: the bound exception name ("" if none)
	node  syntax.Node   // fbWith/fbAsyncWith: the with statement
}

func (c *compiler) pushFblock(fb fblock) { c.u.fblocks = append(c.u.fblocks, fb) }

func (c *compiler) popFblock() { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

// unwindFblock emits the cleanup of fb. With preserveTos the value on top
// of the stack (a return value) is kept on top.
func (c *compiler) unwindFblock(fb *fblock, preserveTos bool) {
	switch fb.kind {
	case fbWhileLoop, fbExceptionHandler, fbExceptionGroupHandler, fbAsyncComprehensionGenerator:
	case fbForLoop:
		if preserveTos {
			c.op(ROT_TWO)
		}
		c.op(POP_TOP)
	case fbTryExcept:
		c.op(POP_BLOCK)
	case fbFinallyTry:
		c.op(POP_BLOCK)
		if preserveTos {
			c.pushFblock(fblock{kind: fbPopValue})
		}
		c.visitStmts(fb.body)
		if preserveTos {
			c.popFblock()
		}
	case fbFinallyEnd:
		// stack: prev_exc exc [value]
		if preserveTos {
			c.op(ROT_TWO)
		}
		c.op(POP_TOP)
		if preserveTos {
			c.op(ROT_TWO)
		}
		c.op(POP_EXCEPT)
	case fbWith, fbAsyncWith:
		old := c.setLoc(fb.node)
		c.op(POP_BLOCK)
		if preserveTos {
			c.op(ROT_TWO)
		}
		c.callExitWithNones()
		if fb.kind == fbAsyncWith {
			c.emit(GET_AWAITABLE, 2)
			c.loadConst(nil)
			c.op(YIELD_FROM)
		}
		c.op(POP_TOP)
		c.u.loc = old
	case fbHandlerCleanup:
		// stack: prev_exc [value]
		if fb.name != "" {
			c.op(POP_BLOCK)
		}
		if preserveTos {
			c.op(ROT_TWO)
		}
		c.op(POP_EXCEPT)
		if fb.name != "" {
			c.loadConst(nil)
			c.nameOp(fb.name, syntax.Store)
			c.nameOp(fb.name, syntax.Del)
		}
	case fbPopValue:
		if preserveTos {
			c.op(ROT_TWO)
		}
		c.op(POP_TOP)
	}
}

// unwindFblockStack unwinds all frame blocks of the unit (for return) or
// up to the innermost loop (wantLoop), which it returns without unwinding.
func (c *compiler) unwindFblockStack(preserveTos, wantLoop bool) *fblock {
	u := c.u
	n := len(u.fblocks)
	if n == 0 {
		return nil
	}
	top := u.fblocks[n-1]
	if top.kind == fbExceptionGroupHandler {
		c.failLoc("'break', 'continue' and 'return' cannot appear in an except* block")
	}
	if wantLoop && (top.kind == fbWhileLoop || top.kind == fbForLoop) {
		return &top
	}
	u.fblocks = u.fblocks[:n-1]
	c.unwindFblock(&top, preserveTos)
	loop := c.unwindFblockStack(preserveTos, wantLoop)
	u.fblocks = append(u.fblocks[:n-1], top)
	return loop
}

func (c *compiler) callExitWithNones() {
	c.loadConst(nil)
	c.op(DUP_TOP)
	c.op(DUP_TOP)
	c.emit(CALL_FUNCTION, 3)
}

func (c *compiler) visitStmts(body []syntax.Stmt) {
	for _, s := range body {
		c.visitStmt(s)
	}
}

func (c *compiler) visitStmt(s syntax.Stmt) {
	old := c.setLoc(s)
	defer func() { c.u.loc = old }()
	switch s := s.(type) {
	case *syntax.FunctionDef:
		c.compileFunction(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, false)
	case *syntax.AsyncFunctionDef:
		c.compileFunction(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, true)
	case *syntax.ClassDef:
		c.compileClass(s)
	case *syntax.Return:
		c.compileReturn(s)
	case *syntax.Delete:
		for _, t := range s.Targets {
			c.visitExpr(t)
		}
	case *syntax.Assign:
		c.compileAssign(s)
	case *syntax.AugAssign:
		c.compileAugAssign(s)
	case *syntax.AnnAssign:
		c.compileAnnAssign(s)
	case *syntax.For:
		c.compileFor(s)
	case *syntax.AsyncFor:
		c.compileAsyncFor(s)
	case *syntax.While:
		c.compileWhile(s)
	case *syntax.If:
		c.compileIf(s)
	case *syntax.With:
		c.compileWith(s, 0)
	case *syntax.AsyncWith:
		if c.u.kind != unitAsyncFunction {
			c.fail(s, "'async with' outside async function")
		}
		c.compileAsyncWith(s, 0)
	case *syntax.Match:
		c.compileMatch(s)
	case *syntax.Raise:
		n := int32(0)
		if s.Exc != nil {
			c.visitExpr(s.Exc)
			n++
			if s.Cause != nil {
				c.visitExpr(s.Cause)
				n++
			}
		}
		c.emit(RAISE_VARARGS, n)
	case *syntax.Try:
		if len(s.Finalbody) > 0 {
			c.compileTryFinally(s.Body, s.Handlers, s.Orelse, s.Finalbody, false)
		} else {
			c.compileTryExcept(s.Body, s.Handlers, s.Orelse)
		}
	case *syntax.TryStar:
		if len(s.Finalbody) > 0 {
			c.compileTryFinally(s.Body, s.Handlers, s.Orelse, s.Finalbody, true)
		} else {
			c.compileTryStarExcept(s.Body, s.Handlers, s.Orelse)
		}
	case *syntax.Assert:
		if t, ok := s.Test.(*syntax.Tuple); ok && len(t.Elts) > 0 {
			if _, folded := constOf(t); !folded {
				c.warn("assertion is always true, perhaps remove parentheses?")
			}
		}
		end := c.newLabel()
		c.jumpIf(s.Test, end, true)
		c.op(LOAD_ASSERTION_ERROR)
		if s.Msg != nil {
			c.visitExpr(s.Msg)
			c.emit(CALL_FUNCTION, 1)
		}
		c.emit(RAISE_VARARGS, 1)
		c.bind(end)
	case *syntax.Import:
		c.compileImport(s)
	case *syntax.ImportFrom:
		c.compileImportFrom(s)
	case *syntax.Global, *syntax.Nonlocal, *syntax.Pass:
	case *syntax.ExprStmt:
		if c.mode == Single && len(c.units) == 0 {
			c.visitExpr(s.Value)
			c.op(PRINT_EXPR)
			return
		}
		if _, ok := s.Value.(*syntax.Constant); ok {
			return
		}
		c.visitExpr(s.Value)
		c.op(POP_TOP)
	case *syntax.Break:
		loop := c.unwindFblockStack(false, true)
		if loop == nil {
			c.fail(s, "'break' outside loop")
		}
		c.unwindFblock(loop, false)
		c.jump(JUMP, loop.exit)
	case *syntax.Continue:
		loop := c.unwindFblockStack(false, true)
		if loop == nil {
			c.fail(s, "'continue' not properly in loop")
		}
		c.jump(JUMP, loop.block)
	default:
		panic("compile: unknown statement")
	}
}

func (c *compiler) compileReturn(s *syntax.Return) {
	if c.u.scope.typ != functionScope {
		c.fail(s, "'return' outside function")
	}
	if s.Value != nil && c.u.scope.coroutine && c.u.scope.generator {
		c.fail(s, "'return' with value in async generator")
	}
	_, isConst := s.Value.(*syntax.Constant)
	preserve := s.Value != nil && !isConst
	if preserve {
		c.visitExpr(s.Value)
	}
	c.unwindFblockStack(preserve, false)
	if s.Value == nil {
		c.loadConst(nil)
	} else if !preserve {
		c.visitExpr(s.Value)
	}
	c.op(RETURN_VALUE)
}

func (c *compiler) compileAssign(s *syntax.Assign) {
	c.visitExpr(s.Value)
	for i, t := range s.Targets {
		if i < len(s.Targets)-1 {
			c.op(DUP_TOP)
		}
		c.visitExpr(t)
	}
}

func (c *compiler) compileAugAssign(s *syntax.AugAssign) {
	old := c.setLoc(s.Target)
	switch t := s.Target.(type) {
	case *syntax.Attribute:
		c.visitExpr(t.Value)
		c.op(DUP_TOP)
		c.attrLoc(t)
		c.emitName(LOAD_ATTR, c.mangle(t.Attr))
	case *syntax.Subscript:
		c.visitExpr(t.Value)
		c.visitExpr(t.Slice)
		c.op(DUP_TOP_TWO)
		c.op(BINARY_SUBSCR)
	case *syntax.Name:
		c.nameOp(t.Id, syntax.Load)
	default:
		c.fail(s.Target, "illegal expression for augmented assignment")
	}
	c.u.loc = old
	c.visitExpr(s.Value)
	c.emit(BINARY_OP, binaryArg(s.Op)+OpInplace)
	c.setLoc(s.Target)
	switch t := s.Target.(type) {
	case *syntax.Attribute:
		c.attrLoc(t)
		c.op(ROT_TWO)
		c.emitName(STORE_ATTR, c.mangle(t.Attr))
	case *syntax.Subscript:
		c.op(ROT_THREE)
		c.op(STORE_SUBSCR)
	case *syntax.Name:
		c.nameOp(t.Id, syntax.Store)
	}
	c.u.loc = old
}

func (c *compiler) compileAnnAssign(s *syntax.AnnAssign) {
	if s.Value != nil {
		c.visitExpr(s.Value)
		c.visitExpr(s.Target)
	}
	classOrModule := c.u.kind == unitModule || c.u.kind == unitClass
	switch t := s.Target.(type) {
	case *syntax.Name:
		if s.Simple != 0 && classOrModule {
			c.visitAnnotation(s.Annotation)
			c.emitName(LOAD_NAME, "__annotations__")
			c.loadConst(c.mangle(t.Id))
			c.op(STORE_SUBSCR)
		}
	case *syntax.Attribute:
		if s.Value == nil {
			c.visitExpr(t.Value)
			c.op(POP_TOP)
		}
	case *syntax.Subscript:
		if s.Value == nil {
			c.visitExpr(t.Value)
			c.op(POP_TOP)
			c.visitExpr(t.Slice)
			c.op(POP_TOP)
		}
	}
	if s.Simple == 0 && !c.futureAnnotations && classOrModule {
		c.visitExpr(s.Annotation)
		c.op(POP_TOP)
	}
}

// visitAnnotation pushes the value of an annotation: the evaluated
// expression, or its source text under `from __future__ import annotations`.
func (c *compiler) visitAnnotation(e syntax.Expr) {
	if c.futureAnnotations {
		old := c.setLoc(e)
		c.loadConst(unparse(e))
		c.u.loc = old
		return
	}
	c.visitExpr(e)
}

func (c *compiler) compileFor(s *syntax.For) {
	start, cleanup, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.visitIter(s.Iter)
	c.op(GET_ITER)
	c.bind(start)
	c.pushFblock(fblock{kind: fbForLoop, block: start, exit: end})
	c.jump(FOR_ITER, cleanup)
	c.visitExpr(s.Target)
	c.visitStmts(s.Body)
	c.noLoc()
	c.jump(JUMP, start)
	c.popFblock()
	c.bind(cleanup)
	c.setLoc(s)
	c.visitStmts(s.Orelse)
	c.bind(end)
}

func (c *compiler) compileAsyncFor(s *syntax.AsyncFor) {
	if c.u.kind != unitAsyncFunction {
		c.fail(s, "'async for' outside async function")
	}
	start, except, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.visitExpr(s.Iter)
	c.op(GET_AITER)
	c.bind(start)
	c.pushFblock(fblock{kind: fbForLoop, block: start, exit: end})
	c.jump(SETUP_FINALLY, except)
	c.op(GET_ANEXT)
	c.loadConst(nil)
	c.op(YIELD_FROM)
	c.op(POP_BLOCK)
	c.visitExpr(s.Target)
	c.visitStmts(s.Body)
	c.noLoc()
	c.jump(JUMP, start)
	c.popFblock()
	c.bind(except)
	c.setLoc(s)
	c.op(END_ASYNC_FOR)
	c.visitStmts(s.Orelse)
	c.bind(end)
}

func (c *compiler) compileWhile(s *syntax.While) {
	loop, body, anchor, end := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.bind(loop)
	c.pushFblock(fblock{kind: fbWhileLoop, block: loop, exit: end})
	c.jumpIf(s.Test, anchor, false)
	c.bind(body)
	c.visitStmts(s.Body)
	c.setLoc(s.Test)
	c.jumpIf(s.Test, body, true)
	c.popFblock()
	c.bind(anchor)
	c.setLoc(s)
	c.visitStmts(s.Orelse)
	c.bind(end)
}

func (c *compiler) compileIf(s *syntax.If) {
	end := c.newLabel()
	next := end
	if len(s.Orelse) > 0 {
		next = c.newLabel()
	}
	c.jumpIf(s.Test, next, false)
	c.visitStmts(s.Body)
	if len(s.Orelse) > 0 {
		c.noLoc()
		c.jump(JUMP, end)
		c.bind(next)
		c.setLoc(s)
		c.visitStmts(s.Orelse)
	}
	c.bind(end)
}

func (c *compiler) compileWith(s *syntax.With, pos int) {
	item := s.Items[pos]
	final, exit := c.newLabel(), c.newLabel()
	c.visitExpr(item.ContextExpr)
	c.setLoc(s)
	c.jump(SETUP_WITH, final)
	c.pushFblock(fblock{kind: fbWith, node: s})
	if item.OptionalVars != nil {
		c.visitExpr(item.OptionalVars)
	} else {
		c.op(POP_TOP)
	}
	if pos+1 == len(s.Items) {
		c.visitStmts(s.Body)
	} else {
		c.compileWith(s, pos+1)
	}
	c.popFblock()
	c.setLoc(s)
	c.op(POP_BLOCK)
	c.callExitWithNones()
	c.op(POP_TOP)
	c.jump(JUMP, exit)
	c.bind(final)
	c.op(WITH_EXCEPT_START)
	c.withExceptFinish()
	c.bind(exit)
}

// withExceptFinish ends the exception path of a with statement:
// stack `exit prev_exc exc res`.
func (c *compiler) withExceptFinish() {
	suppress := c.newLabel()
	c.jump(POP_JUMP_IF_TRUE, suppress)
	c.emit(RERAISE, 1)
	c.bind(suppress)
	c.op(POP_TOP)
	c.op(POP_EXCEPT)
	c.op(POP_TOP)
}

func (c *compiler) compileAsyncWith(s *syntax.AsyncWith, pos int) {
	item := s.Items[pos]
	final, exit := c.newLabel(), c.newLabel()
	c.visitExpr(item.ContextExpr)
	c.setLoc(s)
	c.op(BEFORE_ASYNC_WITH)
	c.emit(GET_AWAITABLE, 1)
	c.loadConst(nil)
	c.op(YIELD_FROM)
	c.jump(SETUP_ASYNC_WITH, final)
	c.pushFblock(fblock{kind: fbAsyncWith, node: s})
	if item.OptionalVars != nil {
		c.visitExpr(item.OptionalVars)
	} else {
		c.op(POP_TOP)
	}
	if pos+1 == len(s.Items) {
		c.visitStmts(s.Body)
	} else {
		c.compileAsyncWith(s, pos+1)
	}
	c.popFblock()
	c.setLoc(s)
	c.op(POP_BLOCK)
	c.callExitWithNones()
	c.emit(GET_AWAITABLE, 2)
	c.loadConst(nil)
	c.op(YIELD_FROM)
	c.op(POP_TOP)
	c.jump(JUMP, exit)
	c.bind(final)
	c.op(WITH_EXCEPT_START)
	c.emit(GET_AWAITABLE, 2)
	c.loadConst(nil)
	c.op(YIELD_FROM)
	c.withExceptFinish()
	c.bind(exit)
}

// compileTryFinally compiles try/[except]/[else]/finally:
//
//	    SETUP_FINALLY L
//	    <try-except or body>
//	    POP_BLOCK
//	    <finalbody>
//	    JUMP exit
//	L:  <finalbody>        (stack: prev_exc exc)
//	    RERAISE
//	exit:
func (c *compiler) compileTryFinally(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse, finalbody []syntax.Stmt, star bool) {
	end, exit := c.newLabel(), c.newLabel()
	loc := c.u.loc
	c.jump(SETUP_FINALLY, end)
	c.pushFblock(fblock{kind: fbFinallyTry, body: finalbody})
	if len(handlers) > 0 {
		if star {
			c.compileTryStarExcept(body, handlers, orelse)
		} else {
			c.compileTryExcept(body, handlers, orelse)
		}
	} else {
		c.visitStmts(body)
	}
	c.noLoc()
	c.op(POP_BLOCK)
	c.popFblock()
	c.visitStmts(finalbody)
	c.noLoc()
	c.jump(JUMP, exit)
	c.bind(end)
	c.u.loc = loc
	c.pushFblock(fblock{kind: fbFinallyEnd})
	c.visitStmts(finalbody)
	c.popFblock()
	c.noLoc()
	c.emit(RERAISE, 0)
	c.bind(exit)
	c.u.loc = loc
}

// compileTryExcept compiles try/except/else. The handler code starts with
// `prev_exc exc` on the stack (and an EXCEPT_HANDLER block pushed by the
// VM):
//
//	    SETUP_FINALLY H
//	    <body>
//	    POP_BLOCK
//	    <orelse>
//	    JUMP end
//	H:  DUP_TOP; <type>; JUMP_IF_NOT_EXC_MATCH next   (for each handler)
//	    STORE name  | POP_TOP
//	    [SETUP_FINALLY cleanup] <handler body> [POP_BLOCK]
//	    POP_EXCEPT; [name = None; del name]; JUMP end
//	    [cleanup: name = None; del name; RERAISE 1]
//	next: ...
//	    RERAISE 0
//	end:
func (c *compiler) compileTryExcept(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse []syntax.Stmt) {
	except, orelseL, end := c.newLabel(), c.newLabel(), c.newLabel()
	loc := c.u.loc
	c.jump(SETUP_FINALLY, except)
	c.pushFblock(fblock{kind: fbTryExcept})
	c.visitStmts(body)
	c.popFblock()
	c.noLoc()
	c.op(POP_BLOCK)
	c.jump(JUMP, orelseL)
	c.bind(except)
	c.pushFblock(fblock{kind: fbExceptionHandler})
	for i, h := range handlers {
		c.setLoc(h)
		if h.Type == nil && i < len(handlers)-1 {
			c.fail(h, "default 'except:' must be last")
		}
		next := c.newLabel()
		if h.Type != nil {
			c.op(DUP_TOP)
			c.visitExpr(h.Type)
			c.jump(JUMP_IF_NOT_EXC_MATCH, next)
		}
		if h.Name != "" {
			cleanupEnd := c.newLabel()
			c.nameOp(h.Name, syntax.Store)
			c.jump(SETUP_FINALLY, cleanupEnd)
			c.pushFblock(fblock{kind: fbHandlerCleanup, name: h.Name})
			c.visitStmts(h.Body)
			c.popFblock()
			c.noLoc()
			c.op(POP_BLOCK)
			c.op(POP_EXCEPT)
			c.loadConst(nil)
			c.nameOp(h.Name, syntax.Store)
			c.nameOp(h.Name, syntax.Del)
			c.jump(JUMP, end)
			c.bind(cleanupEnd)
			c.loadConst(nil)
			c.nameOp(h.Name, syntax.Store)
			c.nameOp(h.Name, syntax.Del)
			c.emit(RERAISE, 1)
		} else {
			c.op(POP_TOP)
			c.pushFblock(fblock{kind: fbHandlerCleanup})
			c.visitStmts(h.Body)
			c.popFblock()
			c.noLoc()
			c.op(POP_EXCEPT)
			c.jump(JUMP, end)
		}
		c.bind(next)
	}
	c.popFblock()
	c.noLoc()
	c.emit(RERAISE, 0)
	c.bind(orelseL)
	c.u.loc = loc
	c.visitStmts(orelse)
	c.bind(end)
	c.u.loc = loc
}

// compileTryStarExcept compiles try/except*. In the handler region the
// stack holds `prev_exc orig list rest` (see CHECK_EG_MATCH and
// PREP_RERAISE_STAR in opcodes.go).
func (c *compiler) compileTryStarExcept(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse []syntax.Stmt) {
	except, orelseL, end, reraiseStar := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	loc := c.u.loc
	c.jump(SETUP_FINALLY, except)
	c.pushFblock(fblock{kind: fbTryExcept})
	c.visitStmts(body)
	c.popFblock()
	c.noLoc()
	c.op(POP_BLOCK)
	c.jump(JUMP, orelseL)
	c.bind(except)
	c.pushFblock(fblock{kind: fbExceptionGroupHandler})
	for i, h := range handlers {
		c.setLoc(h)
		next := c.newLabel()
		if i == 0 {
			// prev exc -> prev orig list rest
			c.op(DUP_TOP)
			c.emit(BUILD_LIST, 0)
			c.emit(SWAP, 2)
		}
		if h.Type != nil {
			noMatch := c.newLabel()
			handle := c.newLabel()
			c.visitExpr(h.Type)
			c.op(CHECK_EG_MATCH)
			c.op(DUP_TOP)
			c.jump(POP_JUMP_IF_NOT_NONE, handle)
			c.bind(noMatch)
			c.op(POP_TOP)
			c.jump(JUMP, next)
			c.bind(handle)
		}
		cleanupEnd := c.newLabel()
		if h.Name != "" {
			c.nameOp(h.Name, syntax.Store)
		} else {
			c.op(POP_TOP)
		}
		c.jump(SETUP_FINALLY, cleanupEnd)
		c.pushFblock(fblock{kind: fbHandlerCleanup, name: h.Name})
		c.visitStmts(h.Body)
		c.popFblock()
		c.noLoc()
		c.op(POP_BLOCK)
		if h.Name != "" {
			c.loadConst(nil)
			c.nameOp(h.Name, syntax.Store)
			c.nameOp(h.Name, syntax.Del)
		}
		c.jump(JUMP, next)
		// an exception raised by the handler body: prev orig list rest prev2 exc2
		c.bind(cleanupEnd)
		if h.Name != "" {
			c.loadConst(nil)
			c.nameOp(h.Name, syntax.Store)
			c.nameOp(h.Name, syntax.Del)
		}
		c.emit(LIST_APPEND, 3)
		c.op(POP_EXCEPT)
		c.bind(next)
		if i == len(handlers)-1 {
			c.emit(LIST_APPEND, 1)
			c.jump(JUMP, reraiseStar)
		}
	}
	c.popFblock()
	c.noLoc()
	reraise := c.newLabel()
	c.bind(reraiseStar)
	c.op(PREP_RERAISE_STAR)
	c.op(DUP_TOP)
	c.jump(POP_JUMP_IF_NOT_NONE, reraise)
	c.op(POP_TOP)
	c.op(POP_EXCEPT)
	c.jump(JUMP, end)
	c.bind(reraise)
	c.emit(RERAISE, 0)
	c.bind(orelseL)
	c.u.loc = loc
	c.visitStmts(orelse)
	c.bind(end)
	c.u.loc = loc
}

func (c *compiler) compileImport(s *syntax.Import) {
	for _, a := range s.Names {
		old := c.setLoc(s)
		c.loadConst(int64(0))
		c.loadConst(nil)
		c.emitName(IMPORT_NAME, a.Name)
		if a.Asname != "" {
			parts := strings.Split(a.Name, ".")
			if len(parts) > 1 {
				for i, attr := range parts[1:] {
					c.emitName(IMPORT_FROM, attr)
					if i == len(parts)-2 {
						break
					}
					c.op(ROT_TWO)
					c.op(POP_TOP)
				}
				c.nameOp(a.Asname, syntax.Store)
				c.op(POP_TOP)
			} else {
				c.nameOp(a.Asname, syntax.Store)
			}
		} else {
			first := a.Name
			if i := strings.IndexByte(first, '.'); i >= 0 {
				first = first[:i]
			}
			c.nameOp(first, syntax.Store)
		}
		c.u.loc = old
	}
}

func (c *compiler) compileImportFrom(s *syntax.ImportFrom) {
	if s.Module == "__future__" && s.Level == 0 {
		// Future statements act at compile time (checkFuture). CPython also
		// imports the __future__ module and binds _Feature objects that no
		// program uses; the sandbox has no such module, so nothing is run.
		return
	}
	names := make(ConstTuple, len(s.Names))
	for i, a := range s.Names {
		names[i] = a.Name
	}
	c.loadConst(int64(s.Level))
	c.loadConst(names)
	c.emitName(IMPORT_NAME, s.Module)
	if len(s.Names) == 1 && s.Names[0].Name == "*" {
		c.op(IMPORT_STAR)
		return
	}
	for _, a := range s.Names {
		c.emitName(IMPORT_FROM, a.Name)
		store := a.Asname
		if store == "" {
			store = a.Name
		}
		c.nameOp(store, syntax.Store)
	}
	c.op(POP_TOP)
}
