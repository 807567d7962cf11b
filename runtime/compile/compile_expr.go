package compile

import (
	"aioplay/runtime/syntax"
)

// Expressions.

// stackUseGuideline bounds how many items a single BUILD_* or call pushes
// before the compiler switches to the incremental form (as CPython).
const stackUseGuideline = 30

var binaryArgs = [...]int32{
	syntax.Add: OpAdd, syntax.Sub: OpSub, syntax.Mult: OpMul, syntax.MatMult: OpMatMul,
	syntax.Div: OpTrueDiv, syntax.FloorDiv: OpFloorDiv, syntax.Mod: OpMod, syntax.Pow: OpPow,
	syntax.LShift: OpLShift, syntax.RShift: OpRShift, syntax.BitAnd: OpAnd, syntax.BitXor: OpXor,
	syntax.BitOr: OpOr,
}

func binaryArg(op syntax.Operator) int32 { return binaryArgs[op] }

func (c *compiler) visitExpr(e syntax.Expr) {
	old := c.setLoc(e)
	c.visitExpr1(e)
	c.u.loc = old
}

func (c *compiler) visitExpr1(e syntax.Expr) {
	if v, ok := foldConst(e); ok {
		c.loadConst(v)
		return
	}
	switch e := e.(type) {
	case *syntax.Constant:
		c.loadConst(constValue(e.Value))
	case *syntax.Name:
		if e.Id == "__debug__" && e.Ctx == syntax.Load {
			c.loadConst(true)
			return
		}
		c.nameOp(e.Id, e.Ctx)
	case *syntax.BoolOp:
		end := c.newLabel()
		op := JUMP_IF_FALSE_OR_POP
		if e.Op == syntax.Or {
			op = JUMP_IF_TRUE_OR_POP
		}
		for _, v := range e.Values[:len(e.Values)-1] {
			c.visitExpr(v)
			c.jump(op, end)
		}
		c.visitExpr(e.Values[len(e.Values)-1])
		c.bind(end)
	case *syntax.NamedExpr:
		c.visitExpr(e.Value)
		c.op(DUP_TOP)
		c.visitExpr(e.Target)
	case *syntax.BinOp:
		c.visitExpr(e.Left)
		c.visitExpr(e.Right)
		c.emit(BINARY_OP, binaryArg(e.Op))
	case *syntax.UnaryOp:
		c.visitExpr(e.Operand)
		switch e.Op {
		case syntax.Invert:
			c.op(UNARY_INVERT)
		case syntax.Not:
			c.op(UNARY_NOT)
		case syntax.UAdd:
			c.op(UNARY_POSITIVE)
		case syntax.USub:
			c.op(UNARY_NEGATIVE)
		}
	case *syntax.Lambda:
		c.compileLambda(e)
	case *syntax.IfExp:
		end, next := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, next, false)
		c.visitExpr(e.Body)
		c.jump(JUMP, end)
		c.bind(next)
		c.visitExpr(e.Orelse)
		c.bind(end)
	case *syntax.Dict:
		c.compileDict(e)
	case *syntax.Set:
		c.starUnpack(e.Elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false)
	case *syntax.ListComp:
		c.compileComprehension(e, "<listcomp>", e.Generators, e.Elt, nil, listComprehension)
	case *syntax.SetComp:
		c.compileComprehension(e, "<setcomp>", e.Generators, e.Elt, nil, setComprehension)
	case *syntax.DictComp:
		c.compileComprehension(e, "<dictcomp>", e.Generators, e.Key, e.Value, dictComprehension)
	case *syntax.GeneratorExp:
		c.compileComprehension(e, "<genexpr>", e.Generators, e.Elt, nil, generatorExpression)
	case *syntax.Await:
		if c.u.scope.typ != functionScope {
			c.fail(e, "'await' outside function")
		}
		if c.u.kind != unitAsyncFunction && c.u.kind != unitComprehension {
			c.fail(e, "'await' outside async function")
		}
		c.visitExpr(e.Value)
		c.emit(GET_AWAITABLE, 0)
		c.loadConst(nil)
		c.op(YIELD_FROM)
	case *syntax.Yield:
		if c.u.scope.typ != functionScope {
			c.fail(e, "'yield' outside function")
		}
		if e.Value != nil {
			c.visitExpr(e.Value)
		} else {
			c.loadConst(nil)
		}
		c.op(YIELD_VALUE)
	case *syntax.YieldFrom:
		if c.u.scope.typ != functionScope {
			c.fail(e, "'yield' outside function")
		}
		if c.u.kind == unitAsyncFunction {
			c.fail(e, "'yield from' inside async function")
		}
		c.visitExpr(e.Value)
		c.op(GET_YIELD_FROM_ITER)
		c.loadConst(nil)
		c.op(YIELD_FROM)
	case *syntax.Compare:
		c.compileCompare(e)
	case *syntax.Call:
		c.compileCall(e)
	case *syntax.FormattedValue:
		c.visitExpr(e.Value)
		flags := int32(FormatNone)
		switch e.Conversion {
		case syntax.ConvStr:
			flags = FormatStr
		case syntax.ConvRepr:
			flags = FormatRepr
		case syntax.ConvASCII:
			flags = FormatASCII
		}
		if e.FormatSpec != nil {
			c.visitExpr(e.FormatSpec)
			flags |= FormatWithSpec
		}
		c.emit(FORMAT_VALUE, flags)
	case *syntax.JoinedStr:
		for _, v := range e.Values {
			c.visitExpr(v)
		}
		if len(e.Values) != 1 {
			c.emit(BUILD_STRING, int32(len(e.Values)))
		} else if _, ok := e.Values[0].(*syntax.Constant); !ok {
			if _, ok := e.Values[0].(*syntax.FormattedValue); !ok {
				c.emit(BUILD_STRING, 1)
			}
		}
	case *syntax.Attribute:
		c.visitExpr(e.Value)
		c.attrLoc(e)
		name := c.mangle(e.Attr)
		c.forbiddenName(e.Attr, e.Ctx)
		switch e.Ctx {
		case syntax.Load:
			c.emitName(LOAD_ATTR, name)
		case syntax.Store:
			c.emitName(STORE_ATTR, name)
		case syntax.Del:
			c.emitName(DELETE_ATTR, name)
		}
	case *syntax.Subscript:
		if e.Ctx == syntax.Load {
			c.checkSubscript(e.Value, e.Slice)
		}
		c.visitExpr(e.Value)
		c.visitExpr(e.Slice)
		switch e.Ctx {
		case syntax.Load:
			c.op(BINARY_SUBSCR)
		case syntax.Store:
			c.op(STORE_SUBSCR)
		case syntax.Del:
			c.op(DELETE_SUBSCR)
		}
	case *syntax.Starred:
		if e.Ctx == syntax.Store {
			c.fail(e, "starred assignment target must be in a list or tuple")
		}
		c.fail(e, "can't use starred expression here")
	case *syntax.Slice:
		n := int32(2)
		c.visitOptional(e.Lower)
		c.visitOptional(e.Upper)
		if e.Step != nil {
			c.visitExpr(e.Step)
			n = 3
		}
		c.emit(BUILD_SLICE, n)
	case *syntax.List:
		switch e.Ctx {
		case syntax.Store:
			c.unpackAssign(e.Elts)
		case syntax.Del:
			for _, x := range e.Elts {
				c.visitExpr(x)
			}
		default:
			c.starUnpack(e.Elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false)
		}
	case *syntax.Tuple:
		switch e.Ctx {
		case syntax.Store:
			c.unpackAssign(e.Elts)
		case syntax.Del:
			for _, x := range e.Elts {
				c.visitExpr(x)
			}
		default:
			c.starUnpack(e.Elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)
		}
	default:
		panic("compile: unknown expression")
	}
}

func (c *compiler) visitOptional(e syntax.Expr) {
	if e == nil {
		c.loadConst(nil)
	} else {
		c.visitExpr(e)
	}
}

// attrLoc moves the start of the current location to the attribute name
// when the attribute expression spans several lines (as CPython 3.11
// does, so a traceback points at the line of `.name`).
func (c *compiler) attrLoc(a *syntax.Attribute) {
	sp := a.Span()
	l := &c.u.loc
	if l.Line != sp.End.Line {
		l.Line = sp.End.Line
		if n := int32(len(a.Attr)); n <= sp.End.Col {
			l.Col = sp.End.Col - n
		}
		if l.EndLine < l.Line {
			l.EndLine = l.Line
		}
		if l.Line == l.EndLine && l.EndCol < l.Col {
			l.EndCol = l.Col
		}
	}
}

// constValue converts a syntax constant to a code constant.
func constValue(v any) Const {
	switch v.(type) {
	case syntax.Ellipsis:
		return Ellipsis{}
	}
	return v
}

// unpackAssign stores the value on top of the stack into the targets
// elts (a tuple or list target).
func (c *compiler) unpackAssign(elts []syntax.Expr) {
	n := len(elts)
	seenStar := false
	for i, elt := range elts {
		if _, ok := elt.(*syntax.Starred); ok {
			if seenStar {
				c.failLoc("multiple starred expressions in assignment")
			}
			if i >= 256 || n-i-1 >= 1<<23 {
				c.failLoc("too many expressions in star-unpacking assignment")
			}
			c.emit(UNPACK_EX, int32(i+(n-i-1)<<8))
			seenStar = true
		}
	}
	if !seenStar {
		c.emit(UNPACK_SEQUENCE, int32(n))
	}
	for _, elt := range elts {
		if s, ok := elt.(*syntax.Starred); ok {
			c.visitExpr(s.Value)
		} else {
			c.visitExpr(elt)
		}
	}
}

// starUnpack builds a list, set or tuple from elts, which may contain
// *x items. pushed items are already on the stack and become the first
// items.
func (c *compiler) starUnpack(elts []syntax.Expr, pushed int, build, add, extend Opcode, tuple bool) {
	n := len(elts)
	if n > 2 && pushed == 0 {
		if consts, ok := allConsts(elts); ok {
			switch {
			case tuple:
				c.loadConst(ConstTuple(consts))
			case build == BUILD_SET:
				c.emit(BUILD_SET, 0)
				c.loadConst(ConstFrozenSet(consts))
				c.emit(SET_UPDATE, 1)
			default:
				c.emit(BUILD_LIST, 0)
				c.loadConst(ConstTuple(consts))
				c.emit(LIST_EXTEND, 1)
			}
			return
		}
	}
	big := n+pushed > stackUseGuideline
	seenStar := false
	for _, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			seenStar = true
		}
	}
	if !seenStar && !big {
		for _, e := range elts {
			c.visitExpr(e)
		}
		if tuple {
			c.emit(BUILD_TUPLE, int32(n+pushed))
		} else {
			c.emit(build, int32(n+pushed))
		}
		return
	}
	built := false
	if big {
		c.emit(build, int32(pushed))
		built = true
	}
	for i, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			if !built {
				c.emit(build, int32(i+pushed))
				built = true
			}
			old := c.setLoc(s)
			c.visitExpr(s.Value)
			c.emit(extend, 1)
			c.u.loc = old
		} else {
			c.visitExpr(e)
			if built {
				c.emit(add, 1)
			}
		}
	}
	if tuple {
		c.op(LIST_TO_TUPLE)
	}
}

// allConsts returns the constant values of elts if all are constants.
func allConsts(elts []syntax.Expr) ([]Const, bool) {
	out := make([]Const, len(elts))
	for i, e := range elts {
		v, ok := constOf(e)
		if !ok {
			return nil, false
		}
		out[i] = v
	}
	return out, true
}

func (c *compiler) compileDict(e *syntax.Dict) {
	n := len(e.Values)
	elements := 0
	haveDict := false
	for i := 0; i < n; i++ {
		if e.Keys[i] == nil {
			if elements > 0 {
				c.subDict(e, i-elements, i)
				if haveDict {
					c.emit(DICT_UPDATE, 1)
				}
				haveDict = true
				elements = 0
			}
			if !haveDict {
				c.emit(BUILD_MAP, 0)
				haveDict = true
			}
			c.visitExpr(e.Values[i])
			c.emit(DICT_UPDATE, 1)
		} else {
			if elements*2 > stackUseGuideline {
				c.subDict(e, i-elements, i+1)
				if haveDict {
					c.emit(DICT_UPDATE, 1)
				}
				haveDict = true
				elements = 0
			} else {
				elements++
			}
		}
	}
	if elements > 0 {
		c.subDict(e, n-elements, n)
		if haveDict {
			c.emit(DICT_UPDATE, 1)
		}
		haveDict = true
	}
	if !haveDict {
		c.emit(BUILD_MAP, 0)
	}
}

func (c *compiler) subDict(e *syntax.Dict, begin, end int) {
	n := end - begin
	if n > 1 {
		if keys, ok := allConsts(e.Keys[begin:end]); ok {
			for _, v := range e.Values[begin:end] {
				c.visitExpr(v)
			}
			c.loadConst(ConstTuple(keys))
			c.emit(BUILD_CONST_KEY_MAP, int32(n))
			return
		}
	}
	for i := begin; i < end; i++ {
		c.visitExpr(e.Keys[i])
		c.visitExpr(e.Values[i])
	}
	c.emit(BUILD_MAP, int32(n))
}

func (c *compiler) compareOp(op syntax.CmpOp) {
	switch op {
	case syntax.Is:
		c.emit(IS_OP, 0)
	case syntax.IsNot:
		c.emit(IS_OP, 1)
	case syntax.In:
		c.emit(CONTAINS_OP, 0)
	case syntax.NotIn:
		c.emit(CONTAINS_OP, 1)
	case syntax.Eq:
		c.emit(COMPARE_OP, CmpEQ)
	case syntax.NotEq:
		c.emit(COMPARE_OP, CmpNE)
	case syntax.Lt:
		c.emit(COMPARE_OP, CmpLT)
	case syntax.LtE:
		c.emit(COMPARE_OP, CmpLE)
	case syntax.Gt:
		c.emit(COMPARE_OP, CmpGT)
	case syntax.GtE:
		c.emit(COMPARE_OP, CmpGE)
	}
}

// visitComparator pushes a right-hand operand; the iterable of `in` and
// `not in` is folded to a constant tuple or frozenset when it is a list or
// set display of constants.
func (c *compiler) visitComparator(op syntax.CmpOp, e syntax.Expr) {
	if op == syntax.In || op == syntax.NotIn {
		switch x := e.(type) {
		case *syntax.List:
			if consts, ok := allConsts(x.Elts); ok {
				old := c.setLoc(x)
				c.loadConst(ConstTuple(consts))
				c.u.loc = old
				return
			}
		case *syntax.Set:
			if consts, ok := allConsts(x.Elts); ok {
				old := c.setLoc(x)
				c.loadConst(ConstFrozenSet(consts))
				c.u.loc = old
				return
			}
		}
	}
	c.visitExpr(e)
}

func (c *compiler) compileCompare(e *syntax.Compare) {
	c.checkCompare(e)
	c.visitExpr(e.Left)
	n := len(e.Ops) - 1
	if n == 0 {
		c.visitComparator(e.Ops[0], e.Comparators[0])
		c.compareOp(e.Ops[0])
		return
	}
	cleanup, end := c.newLabel(), c.newLabel()
	for i := 0; i < n; i++ {
		c.visitComparator(e.Ops[i], e.Comparators[i])
		c.op(DUP_TOP)
		c.op(ROT_THREE)
		c.compareOp(e.Ops[i])
		c.jump(JUMP_IF_FALSE_OR_POP, cleanup)
	}
	c.visitComparator(e.Ops[n], e.Comparators[n])
	c.compareOp(e.Ops[n])
	c.jump(JUMP, end)
	c.bind(cleanup)
	c.op(ROT_TWO)
	c.op(POP_TOP)
	c.bind(end)
}

// jumpIf emits code that jumps to target when the truth of e equals cond,
// and falls through otherwise (CPython's compiler_jump_if).
func (c *compiler) jumpIf(e syntax.Expr, target label, cond bool) {
	if v, ok := truthConst(e); ok {
		if v == cond {
			old := c.setLoc(e)
			c.jump(JUMP, target)
			c.u.loc = old
		}
		return
	}
	switch x := e.(type) {
	case *syntax.UnaryOp:
		if x.Op == syntax.Not {
			c.jumpIf(x.Operand, target, !cond)
			return
		}
	case *syntax.BoolOp:
		isOr := x.Op == syntax.Or
		next := target
		if cond != isOr {
			next = c.newLabel()
		}
		for _, v := range x.Values[:len(x.Values)-1] {
			c.jumpIf(v, next, isOr)
		}
		c.jumpIf(x.Values[len(x.Values)-1], target, cond)
		if next != target {
			c.bind(next)
		}
		return
	case *syntax.IfExp:
		end, next2 := c.newLabel(), c.newLabel()
		c.jumpIf(x.Test, next2, false)
		c.jumpIf(x.Body, target, cond)
		c.jump(JUMP, end)
		c.bind(next2)
		c.jumpIf(x.Orelse, target, cond)
		c.bind(end)
		return
	case *syntax.Compare:
		n := len(x.Ops) - 1
		if n > 0 {
			old := c.setLoc(x)
			c.checkCompare(x)
			cleanup := c.newLabel()
			c.visitExpr(x.Left)
			for i := 0; i < n; i++ {
				c.visitComparator(x.Ops[i], x.Comparators[i])
				c.op(DUP_TOP)
				c.op(ROT_THREE)
				c.compareOp(x.Ops[i])
				c.jump(POP_JUMP_IF_FALSE, cleanup)
			}
			c.visitComparator(x.Ops[n], x.Comparators[n])
			c.compareOp(x.Ops[n])
			if cond {
				c.jump(POP_JUMP_IF_TRUE, target)
			} else {
				c.jump(POP_JUMP_IF_FALSE, target)
			}
			end := c.newLabel()
			c.jump(JUMP, end)
			c.bind(cleanup)
			c.op(POP_TOP)
			if !cond {
				c.jump(JUMP, target)
			}
			c.bind(end)
			c.u.loc = old
			return
		}
	}
	c.visitExpr(e)
	old := c.setLoc(e)
	if cond {
		c.jump(POP_JUMP_IF_TRUE, target)
	} else {
		c.jump(POP_JUMP_IF_FALSE, target)
	}
	c.u.loc = old
}

// truthConst reports the truth value of e when it is a constant.
func truthConst(e syntax.Expr) (bool, bool) {
	if n, ok := e.(*syntax.Name); ok && n.Id == "__debug__" {
		return true, true
	}
	v, ok := constOf(e)
	if !ok {
		return false, false
	}
	return constTruth(v), true
}

// ---------------------------------------------------------------------------
// Calls

func (c *compiler) checkKeywords(kws []*syntax.Keyword) {
	for i, k := range kws {
		if k.Arg == "" {
			continue
		}
		if k.Arg == "__debug__" {
			c.fail(k, "cannot assign to __debug__")
		}
		for _, k2 := range kws[i+1:] {
			if k2.Arg == k.Arg {
				c.fail(k2, "keyword argument repeated: "+k.Arg)
			}
		}
	}
}

func (c *compiler) compileCall(e *syntax.Call) {
	c.checkKeywords(e.Keywords)
	c.checkCaller(e.Func)
	if c.methodCall(e) {
		return
	}
	c.visitExpr(e.Func)
	c.callHelper(e, 0, e.Args, e.Keywords)
}

// methodCall compiles obj.name(args) with LOAD_METHOD when possible.
func (c *compiler) methodCall(e *syntax.Call) bool {
	meth, ok := e.Func.(*syntax.Attribute)
	if !ok || meth.Ctx != syntax.Load || len(e.Args)+len(e.Keywords) >= stackUseGuideline {
		return false
	}
	for _, a := range e.Args {
		if _, ok := a.(*syntax.Starred); ok {
			return false
		}
	}
	for _, k := range e.Keywords {
		if k.Arg == "" {
			return false
		}
	}
	c.visitExpr(meth.Value)
	old := c.setLoc(meth)
	c.attrLoc(meth)
	c.emitName(LOAD_METHOD, c.mangle(meth.Attr))
	c.u.loc = old
	for _, a := range e.Args {
		c.visitExpr(a)
	}
	c.attrLoc(meth)
	n := int32(len(e.Args) + len(e.Keywords))
	if len(e.Keywords) > 0 {
		names := c.keywordValues(e.Keywords)
		c.loadConst(names)
		c.emit(CALL_METHOD_KW, n)
	} else {
		c.emit(CALL_METHOD, n)
	}
	return true
}

func (c *compiler) keywordValues(kws []*syntax.Keyword) ConstTuple {
	names := make(ConstTuple, len(kws))
	for i, k := range kws {
		c.visitExpr(k.Value)
		names[i] = k.Arg
	}
	return names
}

// callHelper emits the arguments and the call of a function already on
// the stack, after pushed positional arguments already pushed.
func (c *compiler) callHelper(call syntax.Node, pushed int, args []syntax.Expr, kws []*syntax.Keyword) {
	simple := len(args)+len(kws)*2 <= stackUseGuideline
	for _, a := range args {
		if _, ok := a.(*syntax.Starred); ok {
			simple = false
		}
	}
	for _, k := range kws {
		if k.Arg == "" {
			simple = false
		}
	}
	if simple {
		for _, a := range args {
			c.visitExpr(a)
		}
		n := int32(pushed + len(args) + len(kws))
		if len(kws) > 0 {
			names := c.keywordValues(kws)
			c.loadConst(names)
			c.emit(CALL_FUNCTION_KW, n)
		} else {
			c.emit(CALL_FUNCTION, n)
		}
		return
	}
	// the general form: f args_tuple [kwargs_dict] CALL_FUNCTION_EX
	if s, ok := firstStarred(args); ok && pushed == 0 && len(args) == 1 {
		c.visitExpr(s.Value)
	} else {
		c.starUnpack(args, pushed, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)
	}
	if len(kws) > 0 {
		haveDict := false
		nseen := 0
		for i, k := range kws {
			if k.Arg == "" {
				if nseen > 0 {
					c.subKwargs(kws[i-nseen : i])
					if haveDict {
						c.emit(DICT_MERGE, 1)
					}
					haveDict = true
					nseen = 0
				}
				if !haveDict {
					c.emit(BUILD_MAP, 0)
					haveDict = true
				}
				c.visitExpr(k.Value)
				c.emit(DICT_MERGE, 1)
			} else {
				nseen++
			}
		}
		if nseen > 0 {
			c.subKwargs(kws[len(kws)-nseen:])
			if haveDict {
				c.emit(DICT_MERGE, 1)
			}
		}
		c.emit(CALL_FUNCTION_EX, 1)
		return
	}
	c.emit(CALL_FUNCTION_EX, 0)
}

func firstStarred(args []syntax.Expr) (*syntax.Starred, bool) {
	if len(args) == 0 {
		return nil, false
	}
	s, ok := args[0].(*syntax.Starred)
	return s, ok
}

func (c *compiler) subKwargs(kws []*syntax.Keyword) {
	if len(kws) > 1 {
		names := c.keywordValues(kws)
		c.loadConst(names)
		c.emit(BUILD_CONST_KEY_MAP, int32(len(kws)))
		return
	}
	for _, k := range kws {
		c.loadConst(k.Arg)
		c.visitExpr(k.Value)
	}
	c.emit(BUILD_MAP, int32(len(kws)))
}
