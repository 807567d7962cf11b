package py

import (
	"aioplay/runtime/compile"
)

// run executes entry (and every Python frame it calls, without Go
// recursion) until entry returns or yields. throw, when not nil, is raised
// in entry at its suspension point before anything else runs (generator
// throw()). The result is the returned or yielded value and whether the
// frame yielded.
func (in *Interp) run(entry *Frame, throw *Exception) (result Object, yielded bool, err error) {
	if in.steps <= 0 {
		// Short runs (generator steps driven from Go) check here.
		if err := in.checkSteps(); err != nil {
			return nil, false, err
		}
	}
	f := entry
	in.frame = f
	co := f.Code
	instrs := co.Code.Instrs
	stack := f.stack
	sp := f.sp
	pc := f.pc
	fast := f.fast
	reraise := false
	var v, w Object
	var ins compile.Instr

	// Instructions are counted in batches of stepBatch in a local counter
	// and charged to in.steps (shared by nested runs) batch by batch, and
	// for the partial batch when run returns (see in.charge).
	steps := stepBatch
	if throw != nil {
		steps = 0 // take the slow path below on the first iteration
	}

	for {
		steps--
		if steps <= 0 {
			if throw != nil {
				// Raised at the suspension point: attributed to instruction pc-1.
				steps = stepBatch
				err = throw
				throw = nil
				goto exception
			}
			steps = stepBatch
			in.steps -= stepBatch
			if in.steps <= 0 {
				if err = in.checkSteps(); err != nil {
					pc++
					goto exception
				}
			}
		}
		ins = instrs[pc]
		pc++
		switch ins.Op {
		case compile.NOP:
		case compile.POP_TOP:
			sp--
			if g, ok := stack[sp].(*Generator); ok && g.Kind == KindCoroutine && !g.started && !g.warned && pc >= 2 {
				switch instrs[pc-2].Op {
				case compile.CALL_FUNCTION, compile.CALL_FUNCTION_KW, compile.CALL_FUNCTION_EX, compile.CALL_METHOD, compile.CALL_METHOD_KW:
					in.neverAwaited(g, f, pc-1)
				}
			}
			stack[sp] = nil
		case compile.ROT_TWO:
			stack[sp-1], stack[sp-2] = stack[sp-2], stack[sp-1]
		case compile.ROT_THREE:
			stack[sp-1], stack[sp-2], stack[sp-3] = stack[sp-2], stack[sp-3], stack[sp-1]
		case compile.ROT_FOUR:
			stack[sp-1], stack[sp-2], stack[sp-3], stack[sp-4] = stack[sp-2], stack[sp-3], stack[sp-4], stack[sp-1]
		case compile.ROT_N:
			n := int(ins.Arg)
			top := stack[sp-1]
			copy(stack[sp-n+1:sp], stack[sp-n:sp-1])
			stack[sp-n] = top
		case compile.DUP_TOP:
			stack[sp] = stack[sp-1]
			sp++
		case compile.DUP_TOP_TWO:
			stack[sp] = stack[sp-2]
			stack[sp+1] = stack[sp-1]
			sp += 2
		case compile.COPY:
			stack[sp] = stack[sp-int(ins.Arg)]
			sp++
		case compile.SWAP:
			n := int(ins.Arg)
			stack[sp-1], stack[sp-n] = stack[sp-n], stack[sp-1]

		case compile.UNARY_POSITIVE:
			if v, err = Pos(in, stack[sp-1]); err != nil {
				goto exception
			}
			stack[sp-1] = v
		case compile.UNARY_NEGATIVE:
			if i, ok := stack[sp-1].(Int); ok && i != -i {
				stack[sp-1] = -i
				break
			}
			if v, err = Neg(in, stack[sp-1]); err != nil {
				goto exception
			}
			stack[sp-1] = v
		case compile.UNARY_NOT:
			var t bool
			switch x := stack[sp-1].(type) {
			case Bool:
				t = bool(x)
			case *NoneType:
				t = false
			default:
				if t, err = Truth(in, x); err != nil {
					goto exception
				}
			}
			stack[sp-1] = Bool(!t)
		case compile.UNARY_INVERT:
			if v, err = Invert(in, stack[sp-1]); err != nil {
				goto exception
			}
			stack[sp-1] = v
		case compile.GET_ITER:
			if v, err = Iter(in, stack[sp-1]); err != nil {
				goto exception
			}
			stack[sp-1] = v
		case compile.GET_YIELD_FROM_ITER:
			x := stack[sp-1]
			if g, ok := x.(*Generator); ok {
				if g.Kind == KindCoroutine && co.Code.Flags&(compile.CO_COROUTINE|compile.CO_ITERABLE_COROUTINE) == 0 {
					err = Errorf(TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator")
					goto exception
				}
				break
			}
			if v, err = Iter(in, x); err != nil {
				goto exception
			}
			stack[sp-1] = v

		case compile.BINARY_OP:
			sp--
			w = stack[sp]
			stack[sp] = nil
			v = stack[sp-1]
			if a, ok := v.(Int); ok {
				if b, ok := w.(Int); ok {
					// Small-int results come preboxed (IntObject): no
					// allocation; overflow falls through to BinaryOp.
					var r Object
					switch ins.Arg {
					case compile.OpAdd, compile.OpAdd + compile.OpInplace:
						if s := a + b; (s > a) == (b > 0) {
							r = IntObject(int64(s))
						}
					case compile.OpSub, compile.OpSub + compile.OpInplace:
						if d := a - b; (d < a) == (b > 0) {
							r = IntObject(int64(d))
						}
					case compile.OpMul, compile.OpMul + compile.OpInplace:
						if p, ok := mulInt64(int64(a), int64(b)); ok {
							r = IntObject(p)
						}
					default:
						op := BinOp(ins.Arg)
						if op >= compile.OpInplace {
							op -= compile.OpInplace
						}
						r, _ = intFast(op, int64(a), int64(b))
					}
					if r != nil {
						stack[sp-1] = r
						break
					}
				}
			}
			if ins.Arg >= compile.OpInplace {
				v, err = InplaceOp(in, BinOp(ins.Arg-compile.OpInplace), v, w)
			} else {
				v, err = BinaryOp(in, BinOp(ins.Arg), v, w)
			}
			if err != nil {
				goto exception
			}
			stack[sp-1] = v
		case compile.BINARY_SUBSCR:
			sp--
			w = stack[sp]
			stack[sp] = nil
			if l, ok := stack[sp-1].(*List); ok {
				if i, ok := w.(Int); ok && i >= 0 && int(i) < len(l.Items) {
					stack[sp-1] = l.Items[i]
					break
				}
			}
			if v, err = GetItem(in, stack[sp-1], w); err != nil {
				goto exception
			}
			stack[sp-1] = v
		case compile.STORE_SUBSCR:
			sp -= 3
			if l, ok := stack[sp+1].(*List); ok {
				if i, ok := stack[sp+2].(Int); ok && i >= 0 && int(i) < len(l.Items) {
					l.Items[i] = stack[sp]
					stack[sp], stack[sp+1], stack[sp+2] = nil, nil, nil
					break
				}
			}
			err = SetItem(in, stack[sp+1], stack[sp+2], stack[sp])
			stack[sp], stack[sp+1], stack[sp+2] = nil, nil, nil
			if err != nil {
				goto exception
			}
		case compile.DELETE_SUBSCR:
			sp -= 2
			err = DelItem(in, stack[sp], stack[sp+1])
			stack[sp], stack[sp+1] = nil, nil
			if err != nil {
				goto exception
			}
		case compile.COMPARE_OP:
			sp--
			w = stack[sp]
			stack[sp] = nil
			v = stack[sp-1]
			if a, ok := v.(Int); ok {
				if b, ok := w.(Int); ok {
					stack[sp-1] = smallIntCompare(ins.Arg, a, b)
					break
				}
			}
			if v, err = RichCompare(in, v, w, CompareOp(ins.Arg)); err != nil {
				goto exception
			}
			stack[sp-1] = v
		case compile.IS_OP:
			sp--
			r := Is(stack[sp-1], stack[sp])
			stack[sp] = nil
			stack[sp-1] = Bool(r != (ins.Arg == 1))
		case compile.CONTAINS_OP:
			sp--
			var r bool
			r, err = Contains(in, stack[sp], stack[sp-1])
			stack[sp] = nil
			if err != nil {
				goto exception
			}
			stack[sp-1] = Bool(r != (ins.Arg == 1))

		case compile.GET_AWAITABLE:
			if v, err = getAwaitable(in, stack[sp-1], int(ins.Arg)); err != nil {
				goto exception
			}
			stack[sp-1] = v
		case compile.GET_AITER:
			if v, err = getAiter(in, stack[sp-1]); err != nil {
				goto exception
			}
			stack[sp-1] = v
		case compile.GET_ANEXT:
			if v, err = getAnext(in, stack[sp-1]); err != nil {
				goto exception
			}
			stack[sp] = v
			sp++
		case compile.END_ASYNC_FOR:
			exc, _ := stack[sp-1].(*Exception)
			if exc != nil && IsSubtype(exc.Class, StopAsyncIteration) {
				sp--
				stack[sp] = nil
				sp--
				in.excInfo.exc, _ = stack[sp].(*Exception)
				stack[sp] = nil
				f.blocks = f.blocks[:len(f.blocks)-1]
				sp--
				stack[sp] = nil
				break
			}
			sp--
			stack[sp] = nil
			if exc == nil {
				err = Errorf(SystemError, "END_ASYNC_FOR without an exception")
			} else {
				err = exc
				reraise = true
			}
			goto exception
		case compile.BEFORE_ASYNC_WITH:
			var exit Object
			if exit, v, err = beforeAsyncWith(in, stack[sp-1]); err != nil {
				goto exception
			}
			stack[sp-1] = exit
			stack[sp] = v
			sp++
		case compile.SETUP_ASYNC_WITH:
			sp--
			res := stack[sp]
			f.blocks = append(f.blocks, block{kind: blockFinally, handler: ins.Arg, level: int32(sp)})
			stack[sp] = res
			sp++

		case compile.GEN_START:
			sp--
			stack[sp] = nil
		case compile.YIELD_VALUE:
			sp--
			v = stack[sp]
			stack[sp] = nil
			if co.Code.Flags&compile.CO_ASYNC_GENERATOR != 0 {
				v = &asyncGenWrappedValue{v: v}
			}
			f.sp, f.pc = sp, pc
			in.frame = f.back
			in.steps -= int64(stepBatch - steps)
			return v, true, nil
		case compile.YIELD_FROM:
			sp--
			v = stack[sp]
			stack[sp] = nil
			var status GenStatus
			if w, status, err = yieldFromSend(in, stack[sp-1], v); err != nil {
				goto exception
			}
			if status == GenReturned {
				stack[sp-1] = w
				break
			}
			f.sp, f.pc = sp, pc-1
			in.frame = f.back
			in.steps -= int64(stepBatch - steps)
			return w, true, nil

		case compile.RETURN_VALUE:
			sp--
			v = stack[sp]
			stack[sp] = nil
			if f == entry {
				f.sp, f.pc = sp, pc
				in.frame = f.back
				in.steps -= int64(stepBatch - steps)
				return v, false, nil
			}
			in.depth--
			done := f
			initSelf := f.initSelf
			f = f.back
			releaseFrame(done)
			in.frame = f
			co = f.Code
			instrs = co.Code.Instrs
			stack = f.stack
			sp = f.sp
			pc = f.pc
			fast = f.fast
			if initSelf != nil {
				if v != Object(None) {
					err = Errorf(TypeError, "__init__() should return None, not '%s'", TypeName(v))
					goto exception
				}
				v = initSelf
			}
			stack[sp] = v
			sp++
		case compile.MAKE_FUNCTION:
			sp--
			code := stack[sp].(*CodeObject)
			stack[sp] = nil
			fn := NewFunction(in, code, f.Globals)
			fn.Builtins = f.Builtins
			if ins.Arg&compile.MakeClosure != 0 {
				sp--
				t := stack[sp].(*Tuple)
				stack[sp] = nil
				fn.Closure = make([]*Cell, len(t.Items))
				for i, c := range t.Items {
					fn.Closure[i] = c.(*Cell)
				}
			}
			if ins.Arg&compile.MakeAnnotations != 0 {
				sp--
				t := stack[sp].(*Tuple)
				stack[sp] = nil
				d := NewDict()
				for i := 0; i+1 < len(t.Items); i += 2 {
					if err = d.SetItem(in, t.Items[i], t.Items[i+1]); err != nil {
						goto exception
					}
				}
				fn.Annotations = d
			}
			if ins.Arg&compile.MakeKwDefaults != 0 {
				sp--
				fn.KwDefaults, _ = stack[sp].(*Dict)
				stack[sp] = nil
			}
			if ins.Arg&compile.MakeDefaults != 0 {
				sp--
				fn.Defaults, _ = stack[sp].(*Tuple)
				stack[sp] = nil
			}
			fn.simple = fn.simple && fn.KwDefaults == nil
			if len(code.Consts) > 0 && code.Code.Flags&compile.CO_OPTIMIZED != 0 {
				if s, ok := code.Consts[0].(*Str); ok && code.hasDocstring() {
					fn.Doc = s
				}
			}
			stack[sp] = fn
			sp++

		case compile.CALL_FUNCTION, compile.CALL_FUNCTION_KW, compile.CALL_METHOD, compile.CALL_METHOD_KW:
			n := int(ins.Arg)
			var kwnames []string
			if ins.Op == compile.CALL_FUNCTION_KW || ins.Op == compile.CALL_METHOD_KW {
				sp--
				kwnames = co.kwnamesFor(instrs, pc-1, stack[sp])
				stack[sp] = nil
			}
			base := sp - n - 1
			fnObj := stack[base]
			if ins.Op == compile.CALL_METHOD || ins.Op == compile.CALL_METHOD_KW {
				if stack[base-1] == nil {
					// NULL attr a1..an: shift so that the call sees attr(a1..an).
					base--
				} else {
					fnObj = stack[base-1]
					base--
					n++
				}
			}
			args := stack[sp-n : sp : sp]
			pf, isFn := fnObj.(*Function)
			var initSelf Object
			if !isFn {
				// C(...) of a plain Python class: object.__new__ here, and
				// __init__ as a pushed frame (RETURN_VALUE checks its None).
				if t, isType := fnObj.(*Type); isType && !t.Builtin && t.Meta == nil {
					if initF, ok := LookupType(t, sInit).(*Function); ok && !initF.Code.isGen && LookupType(t, sNew) == Object(objectNewFn) {
						if initSelf, err = objectNew(in, t, nil, nil); err != nil {
							clearStack(stack, base, sp)
							sp = base
							goto exception
						}
						all := make([]Object, len(args)+1)
						all[0] = initSelf
						copy(all[1:], args)
						args = all
						pf, isFn = initF, true
					}
				}
			}
			if isFn && !pf.Code.isGen {
				var nf *Frame
				if nf, err = in.newFunctionFrame(pf, args, kwnames); err != nil {
					clearStack(stack, base, sp)
					sp = base
					goto exception
				}
				nf.initSelf = initSelf
				clearStack(stack, base, sp)
				sp = base
				in.depth++
				if in.depth > in.recLimit {
					in.depth--
					err = Errorf(RecursionError, "maximum recursion depth exceeded")
					goto exception
				}
				f.sp, f.pc = sp, pc
				nf.back = f
				f = nf
				in.frame = f
				co = f.Code
				instrs = co.Code.Instrs
				stack = f.stack
				sp = 0
				pc = 0
				fast = f.fast
				break
			}
			f.sp, f.pc = sp, pc
			v, err = callFromEval(in, fnObj, args, kwnames)
			clearStack(stack, base, sp)
			sp = base
			if err != nil {
				goto exception
			}
			stack[sp] = v
			sp++
		case compile.CALL_FUNCTION_EX:
			var kw Object
			if ins.Arg&1 != 0 {
				sp--
				kw = stack[sp]
				stack[sp] = nil
			}
			sp--
			posArgs := stack[sp]
			stack[sp] = nil
			fnObj := stack[sp-1]
			f.sp, f.pc = sp, pc
			v, err = callEx(in, fnObj, posArgs, kw)
			stack[sp-1] = nil
			if err != nil {
				sp--
				goto exception
			}
			stack[sp-1] = v
		case compile.LOAD_METHOD:
			name := co.Names[ins.Arg]
			obj := stack[sp-1]
			var meth Object
			if meth, err = loadMethod(in, co, pc-1, obj, name); err != nil {
				goto exception
			}
			if meth != nil {
				stack[sp-1] = meth
				stack[sp] = obj
				sp++
				break
			}
			if v, err = GetAttr(in, obj, name); err != nil {
				goto exception
			}
			stack[sp-1] = nil
			stack[sp] = v
			sp++
		case compile.LOAD_BUILD_CLASS:
			bc, ok := f.Builtins.GetStr(Intern("__build_class__"))
			if !ok {
				err = Errorf(NameError, "__build_class__ not found")
				goto exception
			}
			stack[sp] = bc
			sp++

		case compile.LOAD_CONST:
			stack[sp] = co.Consts[ins.Arg]
			sp++
		case compile.LOAD_NAME:
			name := co.Names[ins.Arg]
			if v, err = loadName(in, f, name); err != nil {
				goto exception
			}
			stack[sp] = v
			sp++
		case compile.STORE_NAME:
			sp--
			v = stack[sp]
			stack[sp] = nil
			if f.locals != nil {
				f.locals.SetStr(co.Names[ins.Arg], v)
			} else if f.Locals != nil {
				if err = SetItem(in, f.Locals, co.Names[ins.Arg], v); err != nil {
					goto exception
				}
			} else {
				err = Errorf(SystemError, "no locals found when storing '%s'", co.Names[ins.Arg].S)
				goto exception
			}
		case compile.DELETE_NAME:
			name := co.Names[ins.Arg]
			if f.locals != nil {
				if !f.locals.DelStr(name) {
					err = nameError(name)
					goto exception
				}
			} else if err = DelItem(in, f.Locals, name); err != nil {
				err = nameError(name)
				goto exception
			}
		case compile.LOAD_GLOBAL:
			name := co.Names[ins.Arg]
			if v, ok := f.Globals.GetStr(name); ok {
				stack[sp] = v
				sp++
				break
			}
			if v, ok := f.Builtins.GetStr(name); ok {
				stack[sp] = v
				sp++
				break
			}
			err = nameError(name)
			goto exception
		case compile.STORE_GLOBAL:
			sp--
			f.Globals.SetStr(co.Names[ins.Arg], stack[sp])
			stack[sp] = nil
		case compile.DELETE_GLOBAL:
			if !f.Globals.DelStr(co.Names[ins.Arg]) {
				err = nameError(co.Names[ins.Arg])
				goto exception
			}
		case compile.LOAD_FAST:
			v = fast[ins.Arg]
			if v == nil {
				err = Errorf(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", co.Varnames[ins.Arg].S)
				goto exception
			}
			stack[sp] = v
			sp++
		case compile.STORE_FAST:
			sp--
			fast[ins.Arg] = stack[sp]
			stack[sp] = nil
		case compile.DELETE_FAST:
			if fast[ins.Arg] == nil {
				err = Errorf(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", co.Varnames[ins.Arg].S)
				goto exception
			}
			fast[ins.Arg] = nil
		case compile.LOAD_CLOSURE:
			stack[sp] = f.cells[ins.Arg]
			sp++
		case compile.LOAD_DEREF:
			v = f.cells[ins.Arg].V
			if v == nil {
				err = unboundDeref(co, int(ins.Arg))
				goto exception
			}
			stack[sp] = v
			sp++
		case compile.LOAD_CLASSDEREF:
			name := Intern(co.cellName(int(ins.Arg)))
			found := false
			if f.locals != nil {
				v, found = f.locals.GetStr(name)
			} else if f.Locals != nil {
				v, err = GetItem(in, f.Locals, name)
				found = err == nil
				err = nil
			}
			if !found {
				v = f.cells[ins.Arg].V
				if v == nil {
					err = unboundDeref(co, int(ins.Arg))
					goto exception
				}
			}
			stack[sp] = v
			sp++
		case compile.STORE_DEREF:
			sp--
			f.cells[ins.Arg].V = stack[sp]
			stack[sp] = nil
		case compile.DELETE_DEREF:
			if f.cells[ins.Arg].V == nil {
				err = unboundDeref(co, int(ins.Arg))
				goto exception
			}
			f.cells[ins.Arg].V = nil
		case compile.LOAD_ATTR:
			if v, err = loadAttr(in, co, pc-1, stack[sp-1], co.Names[ins.Arg]); err != nil {
				goto exception
			}
			stack[sp-1] = v
		case compile.STORE_ATTR:
			sp -= 2
			err = storeAttr(in, co, pc-1, stack[sp+1], co.Names[ins.Arg], stack[sp])
			stack[sp], stack[sp+1] = nil, nil
			if err != nil {
				goto exception
			}
		case compile.DELETE_ATTR:
			sp--
			err = DelAttr(in, stack[sp], co.Names[ins.Arg])
			stack[sp] = nil
			if err != nil {
				goto exception
			}

		case compile.BUILD_TUPLE:
			n := int(ins.Arg)
			items := make([]Object, n)
			copy(items, stack[sp-n:sp])
			clearStack(stack, sp-n, sp)
			sp -= n
			stack[sp] = NewTuple(items...)
			sp++
		case compile.BUILD_LIST:
			n := int(ins.Arg)
			items := make([]Object, n)
			copy(items, stack[sp-n:sp])
			clearStack(stack, sp-n, sp)
			sp -= n
			stack[sp] = NewList(items)
			sp++
		case compile.BUILD_SET:
			n := int(ins.Arg)
			s := NewSet()
			for _, x := range stack[sp-n : sp] {
				if err = s.Add(in, x); err != nil {
					break
				}
			}
			clearStack(stack, sp-n, sp)
			sp -= n
			if err != nil {
				goto exception
			}
			stack[sp] = s
			sp++
		case compile.BUILD_MAP:
			n := int(ins.Arg)
			d := NewDictSized(n)
			for i := sp - 2*n; i < sp; i += 2 {
				if err = d.SetItem(in, stack[i], stack[i+1]); err != nil {
					break
				}
			}
			clearStack(stack, sp-2*n, sp)
			sp -= 2 * n
			if err != nil {
				goto exception
			}
			stack[sp] = d
			sp++
		case compile.BUILD_CONST_KEY_MAP:
			n := int(ins.Arg)
			keys := stack[sp-1].(*Tuple)
			d := NewDictSized(n)
			for i := 0; i < n; i++ {
				if err = d.SetItem(in, keys.Items[i], stack[sp-1-n+i]); err != nil {
					break
				}
			}
			clearStack(stack, sp-1-n, sp)
			sp -= n + 1
			if err != nil {
				goto exception
			}
			stack[sp] = d
			sp++
		case compile.BUILD_STRING:
			n := int(ins.Arg)
			total := 0
			for _, x := range stack[sp-n : sp] {
				if xs, ok := AsStr(x); ok {
					total += len(xs.S)
				}
			}
			buf := make([]byte, 0, total)
			for _, x := range stack[sp-n : sp] {
				if xs, ok := AsStr(x); ok {
					buf = append(buf, xs.S...)
				}
			}
			clearStack(stack, sp-n, sp)
			sp -= n
			stack[sp] = NewStr(string(buf))
			sp++
		case compile.BUILD_SLICE:
			if ins.Arg == 3 {
				sp -= 2
				v = NewSlice(stack[sp-1], stack[sp], stack[sp+1])
				stack[sp], stack[sp+1] = nil, nil
			} else {
				sp--
				v = NewSlice(stack[sp-1], stack[sp], None)
				stack[sp] = nil
			}
			stack[sp-1] = v
		case compile.LIST_APPEND:
			sp--
			l := stack[sp-int(ins.Arg)].(*List)
			l.Items = append(l.Items, stack[sp])
			stack[sp] = nil
		case compile.SET_ADD:
			sp--
			err = stack[sp-int(ins.Arg)].(*Set).Add(in, stack[sp])
			stack[sp] = nil
			if err != nil {
				goto exception
			}
		case compile.MAP_ADD:
			sp -= 2
			err = stack[sp-int(ins.Arg)].(*Dict).SetItem(in, stack[sp], stack[sp+1])
			stack[sp], stack[sp+1] = nil, nil
			if err != nil {
				goto exception
			}
		case compile.LIST_EXTEND:
			sp--
			err = listExtend(in, stack[sp-int(ins.Arg)].(*List), stack[sp])
			stack[sp] = nil
			if err != nil {
				goto exception
			}
		case compile.SET_UPDATE:
			sp--
			err = stack[sp-int(ins.Arg)].(*Set).Update(in, stack[sp])
			stack[sp] = nil
			if err != nil {
				goto exception
			}
		case compile.DICT_UPDATE:
			sp--
			err = dictUpdate(in, stack[sp-int(ins.Arg)].(*Dict), stack[sp])
			stack[sp] = nil
			if err != nil {
				goto exception
			}
		case compile.DICT_MERGE:
			sp--
			err = dictMerge(in, stack[sp-int(ins.Arg)].(*Dict), stack[sp], stack[sp-int(ins.Arg)-2])
			stack[sp] = nil
			if err != nil {
				goto exception
			}
		case compile.LIST_TO_TUPLE:
			l := stack[sp-1].(*List)
			stack[sp-1] = NewTuple(l.Items...)
		case compile.UNPACK_SEQUENCE:
			n := int(ins.Arg)
			x := stack[sp-1]
			var items []Object
			if t, ok := x.(*Tuple); ok && len(t.Items) == n {
				items = t.Items
			} else if l, ok := x.(*List); ok && len(l.Items) == n {
				items = l.Items
			} else if items, err = unpackIterable(in, x, n, -1); err != nil {
				goto exception
			}
			sp--
			for i := n - 1; i >= 0; i-- {
				stack[sp] = items[i]
				sp++
			}
		case compile.UNPACK_EX:
			before, after := int(ins.Arg&0xff), int(ins.Arg>>8)
			var items []Object
			if items, err = unpackIterable(in, stack[sp-1], before, after); err != nil {
				goto exception
			}
			sp--
			for i := len(items) - 1; i >= 0; i-- {
				stack[sp] = items[i]
				sp++
			}
		case compile.FORMAT_VALUE:
			var spec string
			if ins.Arg&compile.FormatWithSpec != 0 {
				sp--
				if ss, ok := AsStr(stack[sp]); ok {
					spec = ss.S
				}
				stack[sp] = nil
			}
			if v, err = formatValue(in, stack[sp-1], int(ins.Arg&compile.FormatConvMask), spec); err != nil {
				goto exception
			}
			stack[sp-1] = v

		case compile.JUMP:
			pc = int(ins.Arg)
		case compile.POP_JUMP_IF_TRUE, compile.POP_JUMP_IF_FALSE:
			sp--
			x := stack[sp]
			stack[sp] = nil
			var t bool
			switch b := x.(type) {
			case Bool:
				t = bool(b)
			case *NoneType:
			case Int:
				t = b != 0
			default:
				if t, err = Truth(in, x); err != nil {
					goto exception
				}
			}
			if t == (ins.Op == compile.POP_JUMP_IF_TRUE) {
				pc = int(ins.Arg)
			}
		case compile.JUMP_IF_TRUE_OR_POP, compile.JUMP_IF_FALSE_OR_POP:
			x := stack[sp-1]
			var t bool
			if b, ok := x.(Bool); ok {
				t = bool(b)
			} else if t, err = Truth(in, x); err != nil {
				goto exception
			}
			if t == (ins.Op == compile.JUMP_IF_TRUE_OR_POP) {
				pc = int(ins.Arg)
			} else {
				sp--
				stack[sp] = nil
			}
		case compile.POP_JUMP_IF_NONE:
			sp--
			if stack[sp] == Object(None) {
				pc = int(ins.Arg)
			}
			stack[sp] = nil
		case compile.POP_JUMP_IF_NOT_NONE:
			sp--
			if stack[sp] != Object(None) {
				pc = int(ins.Arg)
			}
			stack[sp] = nil
		case compile.FOR_ITER:
			it := stack[sp-1]
			if ri, ok := it.(*rangeIterator); ok {
				if ri.n > 0 {
					x := ri.cur
					ri.cur += ri.step
					ri.n--
					stack[sp] = IntObject(int64(x))
					sp++
					break
				}
				v = nil
			} else {
				f.sp, f.pc = sp, pc
				if v, err = Next(in, it); err != nil {
					goto exception
				}
			}
			if v == nil {
				sp--
				stack[sp] = nil
				pc = int(ins.Arg)
				break
			}
			stack[sp] = v
			sp++

		case compile.SETUP_FINALLY:
			f.blocks = append(f.blocks, block{kind: blockFinally, handler: ins.Arg, level: int32(sp)})
		case compile.POP_BLOCK:
			f.blocks = f.blocks[:len(f.blocks)-1]
		case compile.POP_EXCEPT:
			f.blocks = f.blocks[:len(f.blocks)-1]
			sp--
			in.excInfo.exc, _ = stack[sp].(*Exception)
			stack[sp] = nil
		case compile.RERAISE:
			sp--
			err, _ = stack[sp].(*Exception)
			stack[sp] = nil
			if err == nil || err.(*Exception) == nil {
				err = Errorf(SystemError, "RERAISE of a non-exception")
			}
			reraise = true
			goto exception
		case compile.JUMP_IF_NOT_EXC_MATCH:
			sp -= 2
			exc := stack[sp]
			typ := stack[sp+1]
			stack[sp], stack[sp+1] = nil, nil
			var match bool
			if match, err = exceptionMatches(in, exc, typ); err != nil {
				goto exception
			}
			if !match {
				pc = int(ins.Arg)
			}
		case compile.SETUP_WITH:
			var exit Object
			if exit, v, err = setupWith(in, stack[sp-1]); err != nil {
				goto exception
			}
			stack[sp-1] = exit
			f.blocks = append(f.blocks, block{kind: blockFinally, handler: ins.Arg, level: int32(sp)})
			stack[sp] = v
			sp++
		case compile.WITH_EXCEPT_START:
			exc, _ := stack[sp-1].(*Exception)
			exit := stack[sp-3]
			if exc == nil {
				err = Errorf(SystemError, "WITH_EXCEPT_START without an exception")
				goto exception
			}
			var tb Object = None
			if exc != nil && exc.Traceback != nil {
				tb = exc.Traceback
			}
			f.sp, f.pc = sp, pc
			if v, err = Call(in, exit, []Object{exc.Class, exc, tb}, nil); err != nil {
				goto exception
			}
			stack[sp] = v
			sp++
		case compile.RAISE_VARARGS:
			var exc, cause Object
			switch ins.Arg {
			case 2:
				sp -= 2
				exc, cause = stack[sp], stack[sp+1]
				stack[sp], stack[sp+1] = nil, nil
			case 1:
				sp--
				exc = stack[sp]
				stack[sp] = nil
			default:
				cur := in.CurrentException()
				if cur == nil {
					err = Errorf(RuntimeError, "No active exception to reraise")
					goto exception
				}
				err = cur
				reraise = true
				goto exception
			}
			err = makeRaise(in, exc, cause)
			goto exception
		case compile.LOAD_ASSERTION_ERROR:
			stack[sp] = AssertionError
			sp++
		case compile.CHECK_EG_MATCH:
			var rest, match Object
			if rest, match, err = checkEGMatch(in, stack[sp-2], stack[sp-1]); err != nil {
				sp -= 2
				stack[sp], stack[sp+1] = nil, nil
				goto exception
			}
			stack[sp-2] = rest
			stack[sp-1] = match
			if e, ok := match.(*Exception); ok {
				in.excInfo.exc = e
			}
		case compile.PREP_RERAISE_STAR:
			sp--
			if v, err = prepReraiseStar(in, stack[sp-1], stack[sp]); err != nil {
				stack[sp] = nil
				goto exception
			}
			stack[sp] = nil
			stack[sp-1] = v

		case compile.IMPORT_NAME:
			sp--
			fromlist := stack[sp]
			level := stack[sp-1]
			stack[sp] = nil
			f.sp, f.pc = sp, pc
			if v, err = importName(in, f, co.Names[ins.Arg], fromlist, level); err != nil {
				stack[sp-1] = nil
				sp--
				goto exception
			}
			stack[sp-1] = v
		case compile.IMPORT_FROM:
			if v, err = importFrom(in, stack[sp-1], co.Names[ins.Arg]); err != nil {
				goto exception
			}
			stack[sp] = v
			sp++
		case compile.IMPORT_STAR:
			sp--
			err = importStar(in, f, stack[sp])
			stack[sp] = nil
			if err != nil {
				goto exception
			}

		case compile.SETUP_ANNOTATIONS:
			if f.locals != nil {
				if _, ok := f.locals.GetStr(sAnnotations); !ok {
					f.locals.SetStr(sAnnotations, NewDict())
				}
			} else if f.Locals != nil {
				if _, err = GetItem(in, f.Locals, sAnnotations); err != nil {
					err = SetItem(in, f.Locals, sAnnotations, NewDict())
					if err != nil {
						goto exception
					}
				}
			}
		case compile.PRINT_EXPR:
			sp--
			x := stack[sp]
			stack[sp] = nil
			if err = printExpr(in, x); err != nil {
				goto exception
			}

		case compile.GET_LEN:
			var n int
			if n, err = Len(in, stack[sp-1]); err != nil {
				goto exception
			}
			stack[sp] = Int(n)
			sp++
		case compile.MATCH_MAPPING:
			stack[sp] = Bool(isMappingForMatch(stack[sp-1]))
			sp++
		case compile.MATCH_SEQUENCE:
			stack[sp] = Bool(isSequenceForMatch(stack[sp-1]))
			sp++
		case compile.MATCH_KEYS:
			var vals Object
			var ok bool
			if vals, ok, err = matchKeys(in, stack[sp-2], stack[sp-1]); err != nil {
				goto exception
			}
			if ok {
				stack[sp] = vals
				stack[sp+1] = True
			} else {
				stack[sp] = None
				stack[sp+1] = False
			}
			sp += 2
		case compile.MATCH_CLASS:
			var attrs Object
			if attrs, err = matchClass(in, stack[sp-3], stack[sp-2], stack[sp-1], int(ins.Arg)); err != nil {
				sp -= 2
				stack[sp], stack[sp+1] = nil, nil
				goto exception
			}
			sp--
			stack[sp] = nil
			if attrs != nil {
				stack[sp-2] = attrs
				stack[sp-1] = True
			} else {
				stack[sp-1] = False
			}
		case compile.COPY_DICT_WITHOUT_KEYS:
			if v, err = copyDictWithoutKeys(in, stack[sp-2], stack[sp-1]); err != nil {
				goto exception
			}
			stack[sp-1] = v
		default:
			err = Errorf(SystemError, "unknown opcode %s", ins.Op.String())
			goto exception
		}
		continue

	exception:
		// err is raised at instruction pc-1 of frame f.
		{
			exc, ok := err.(*Exception)
			if ok && exc == nil {
				exc = Errorf(SystemError, "nil exception raised")
			}
			if !ok {
				// A halt or an internal error: unwind without running handlers.
				for f != entry {
					in.depth--
					f = f.back
				}
				f.sp, f.pc = 0, pc
				in.frame = entry.back
				in.steps -= int64(stepBatch - steps)
				return nil, false, err
			}
			if !reraise {
				f.escaped = true
				exc.Traceback = &Traceback{Next: exc.Traceback, Frame: f, PC: pc - 1}
				in.chainContext(exc)
			}
			reraise = false
			handled := false
			for len(f.blocks) > 0 {
				b := f.blocks[len(f.blocks)-1]
				f.blocks = f.blocks[:len(f.blocks)-1]
				if b.kind == blockExceptHandler {
					lvl := int(b.level)
					prev := stack[lvl]
					clearStack(stack, lvl, sp)
					sp = lvl
					in.excInfo.exc, _ = prev.(*Exception)
					continue
				}
				lvl := int(b.level)
				clearStack(stack, lvl, sp)
				sp = lvl
				f.blocks = append(f.blocks, block{kind: blockExceptHandler, level: int32(sp)})
				if cur := in.excInfo.exc; cur != nil {
					stack[sp] = cur
				} else {
					stack[sp] = None
				}
				in.excInfo.exc = exc
				stack[sp+1] = exc
				sp += 2
				pc = int(b.handler)
				handled = true
				break
			}
			if handled {
				continue
			}
			clearStack(stack, 0, sp)
			sp = 0
			if f == entry {
				f.sp, f.pc = 0, pc
				in.frame = f.back
				in.steps -= int64(stepBatch - steps)
				return nil, false, exc
			}
			in.depth--
			f = f.back
			in.frame = f
			co = f.Code
			instrs = co.Code.Instrs
			stack = f.stack
			sp = f.sp
			pc = f.pc
			fast = f.fast
			err = exc
			goto exception
		}
	}
}

func clearStack(stack []Object, from, to int) {
	for i := from; i < to; i++ {
		stack[i] = nil
	}
}

// Is is the `is` operator. Values that the VM keeps unboxed (int, float,
// bool) are identical when equal, which is what a program observes for
// the same object; pointers compare by identity.
func Is(a, b Object) bool { return a == b }

func smallIntCompare(op int32, a, b Int) Bool {
	switch op {
	case compile.CmpLT:
		return a < b
	case compile.CmpLE:
		return a <= b
	case compile.CmpEQ:
		return a == b
	case compile.CmpNE:
		return a != b
	case compile.CmpGT:
		return a > b
	}
	return a >= b
}
