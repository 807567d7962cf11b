package py

import "aioplay/runtime/compile"

// The Python-visible methods of generators, coroutines and async
// generators, the awaitables of async generators (asend/athrow), and the
// await / async-for protocol helpers of the eval loop.

// asyncGenWrappedValue marks a value yielded by `yield` in an async
// generator (as opposed to a value passed up by an inner await).
type asyncGenWrappedValue struct{ v Object }

func (*asyncGenWrappedValue) Type() *Type { return ObjectType }

var (
	AsyncGenASendType  = NewBuiltinType("async_generator_asend", ObjectType)
	AsyncGenAThrowType = NewBuiltinType("async_generator_athrow", ObjectType)
	CoroWrapperType    = NewBuiltinType("coroutine_wrapper", ObjectType)
)

// asyncGenASend is the awaitable of __anext__() / asend(v).
type asyncGenASend struct {
	gen   *Generator
	value Object
	state uint8 // 0 init, 1 iterating, 2 done
}

func (*asyncGenASend) Type() *Type { return AsyncGenASendType }

func (a *asyncGenASend) Send(in *Interp, v Object) (Object, GenStatus, error) {
	if a.state == 2 {
		return nil, 0, Errorf(RuntimeError, "cannot reuse already awaited __anext__()/asend()")
	}
	if a.state == 0 {
		if v == nil || v == Object(None) {
			v = a.value
		}
		a.state = 1
	}
	r, st, err := a.gen.Send(in, v)
	return a.unwrap(r, st, err)
}

func (a *asyncGenASend) Throw(in *Interp, exc *Exception) (Object, GenStatus, error) {
	if a.state == 2 {
		return nil, 0, Errorf(RuntimeError, "cannot reuse already awaited __anext__()/asend()")
	}
	r, st, err := a.gen.Throw(in, exc)
	return a.unwrap(r, st, err)
}

func (a *asyncGenASend) unwrap(r Object, st GenStatus, err error) (Object, GenStatus, error) {
	return asyncGenUnwrap(a.gen, &a.state, r, st, err)
}

// asyncGenUnwrap converts what the generator frame produced into what the
// awaitable produces: a `yield x` finishes the awaitable with x, an inner
// await's value passes up, a return ends iteration.
func asyncGenUnwrap(g *Generator, state *uint8, r Object, st GenStatus, err error) (Object, GenStatus, error) {
	if err != nil {
		*state = 2
		if e, ok := err.(*Exception); ok && (IsSubtype(e.Class, StopAsyncIteration) || IsSubtype(e.Class, GeneratorExit)) {
			g.agClosed = true
		}
		return nil, 0, err
	}
	if st == GenReturned {
		*state = 2
		g.agClosed = true
		return nil, 0, NewException(StopAsyncIteration)
	}
	if w, ok := r.(*asyncGenWrappedValue); ok {
		*state = 2
		return w.v, GenReturned, nil
	}
	return r, GenYielded, nil
}

// asyncGenAThrow is the awaitable of athrow(...) and aclose().
type asyncGenAThrow struct {
	gen   *Generator
	exc   *Exception // nil for aclose
	state uint8
}

func (*asyncGenAThrow) Type() *Type { return AsyncGenAThrowType }

func (a *asyncGenAThrow) Send(in *Interp, v Object) (Object, GenStatus, error) {
	g := a.gen
	if a.state == 2 {
		return nil, 0, Errorf(RuntimeError, "cannot reuse already awaited aclose()/athrow()")
	}
	if g.frame == nil || g.agClosed {
		a.state = 2
		if a.exc == nil {
			return None, GenReturned, nil
		}
		return nil, 0, NewException(StopAsyncIteration)
	}
	var r Object
	var st GenStatus
	var err error
	if a.state == 0 {
		a.state = 1
		if a.exc == nil {
			if !g.started {
				g.frame = nil
				g.agClosed = true
				a.state = 2
				return None, GenReturned, nil
			}
			r, st, err = g.Throw(in, NewException(GeneratorExit))
		} else {
			r, st, err = g.Throw(in, a.exc)
		}
	} else {
		r, st, err = g.Send(in, v)
	}
	return a.unwrap(r, st, err)
}

func (a *asyncGenAThrow) Throw(in *Interp, exc *Exception) (Object, GenStatus, error) {
	if a.state == 2 {
		return nil, 0, Errorf(RuntimeError, "cannot reuse already awaited aclose()/athrow()")
	}
	r, st, err := a.gen.Throw(in, exc)
	return a.unwrap(r, st, err)
}

func (a *asyncGenAThrow) unwrap(r Object, st GenStatus, err error) (Object, GenStatus, error) {
	if a.exc == nil {
		// aclose()
		if err != nil {
			a.state = 2
			if e, ok := err.(*Exception); ok && (IsSubtype(e.Class, StopAsyncIteration) || IsSubtype(e.Class, GeneratorExit)) {
				a.gen.agClosed = true
				return None, GenReturned, nil
			}
			return nil, 0, err
		}
		if st == GenReturned {
			a.state = 2
			a.gen.agClosed = true
			return None, GenReturned, nil
		}
		if _, ok := r.(*asyncGenWrappedValue); ok {
			a.state = 2
			return nil, 0, Errorf(RuntimeError, "async generator ignored GeneratorExit")
		}
		return r, GenYielded, nil
	}
	return asyncGenUnwrap(a.gen, &a.state, r, st, err)
}

// coroWrapper is what coroutine.__await__() returns.
type coroWrapper struct{ g *Generator }

func (*coroWrapper) Type() *Type { return CoroWrapperType }
func (c *coroWrapper) Send(in *Interp, v Object) (Object, GenStatus, error) {
	return c.g.Send(in, v)
}
func (c *coroWrapper) Throw(in *Interp, exc *Exception) (Object, GenStatus, error) {
	return c.g.Throw(in, exc)
}

// addIterMethods gives a YieldFromTarget type its Python methods.
func addIterMethods(t *Type, self func(o Object) YieldFromTarget, closer func(in *Interp, o Object) error) {
	t.AddMethod("__iter__", func(in *Interp, s Object, args []Object, kw []string) (Object, error) { return s, nil })
	t.AddMethod("__next__", func(in *Interp, s Object, args []Object, kw []string) (Object, error) {
		return genResult(self(s).Send(in, None))
	})
	t.AddMethod("send", func(in *Interp, s Object, args []Object, kw []string) (Object, error) {
		if err := exactArgs("send", args, kw, 1); err != nil {
			return nil, err
		}
		return genResult(self(s).Send(in, args[0]))
	})
	t.AddMethod("throw", func(in *Interp, s Object, args []Object, kw []string) (Object, error) {
		e, err := throwArgs(in, args, kw)
		if err != nil {
			return nil, err
		}
		return genResult(self(s).Throw(in, e))
	})
	t.AddMethod("close", func(in *Interp, s Object, args []Object, kw []string) (Object, error) {
		return None, closer(in, s)
	})
}

func setupGeneratorTypes() {
	asGen := func(o Object) YieldFromTarget { return o.(*Generator) }
	genClose := func(in *Interp, o Object) error { return o.(*Generator).Close(in) }
	for _, t := range []*Type{GeneratorType, CoroutineType} {
		addIterMethods(t, asGen, genClose)
	}
	remove := func(t *Type, name string) { t.Dict.DelStr(Intern(name)) }
	// Coroutines are not iterators: they have __await__ instead.
	remove(CoroutineType, "__iter__")
	remove(CoroutineType, "__next__")
	CoroutineType.AddMethod("__await__", func(in *Interp, s Object, args []Object, kw []string) (Object, error) {
		return &coroWrapper{g: s.(*Generator)}, nil
	})
	for _, t := range []*Type{GeneratorType, CoroutineType, AsyncGeneratorType} {
		prefix := map[*Type]string{GeneratorType: "gi_", CoroutineType: "cr_", AsyncGeneratorType: "ag_"}[t]
		t.AddGetSet("__name__", func(in *Interp, s Object) (Object, error) { return NewStr(s.(*Generator).Name), nil }, func(in *Interp, s Object, v Object) error {
			str, ok := v.(*Str)
			if !ok {
				return Errorf(TypeError, "__name__ must be set to a string object")
			}
			s.(*Generator).Name = str.S
			return nil
		})
		t.AddGetSet("__qualname__", func(in *Interp, s Object) (Object, error) { return NewStr(s.(*Generator).Qualname), nil }, func(in *Interp, s Object, v Object) error {
			str, ok := v.(*Str)
			if !ok {
				return Errorf(TypeError, "__qualname__ must be set to a string object")
			}
			s.(*Generator).Qualname = str.S
			return nil
		})
		t.AddGetSet(prefix+"frame", func(in *Interp, s Object) (Object, error) {
			if f := s.(*Generator).frame; f != nil {
				return f, nil
			}
			return None, nil
		}, nil)
		t.AddGetSet(prefix+"running", func(in *Interp, s Object) (Object, error) { return NewBool(s.(*Generator).running), nil }, nil)
		t.AddGetSet(prefix+"code", func(in *Interp, s Object) (Object, error) { return s.(*Generator).code, nil }, nil)
		t.AddGetSet(prefix+"suspended", func(in *Interp, s Object) (Object, error) {
			g := s.(*Generator)
			return NewBool(g.frame != nil && g.started && !g.running), nil
		}, nil)
		awaitName := prefix + "await"
		if t == GeneratorType {
			awaitName = "gi_yieldfrom"
		}
		t.AddGetSet(awaitName, func(in *Interp, s Object) (Object, error) {
			if r := s.(*Generator).Awaiting(); r != nil {
				return r, nil
			}
			return None, nil
		}, nil)
		kind := map[*Type]string{GeneratorType: "generator", CoroutineType: "coroutine", AsyncGeneratorType: "async_generator"}[t]
		t.AddMethod("__repr__", func(in *Interp, s Object, args []Object, kw []string) (Object, error) {
			g := s.(*Generator)
			return NewStr("<" + kind + " object " + g.Qualname + " at " + in.Addr(g) + ">"), nil
		})
	}
	CoroutineType.AddGetSet("cr_origin", func(in *Interp, s Object) (Object, error) { return None, nil }, nil)

	ag := AsyncGeneratorType
	ag.AddMethod("__aiter__", func(in *Interp, s Object, args []Object, kw []string) (Object, error) { return s, nil })
	ag.AddMethod("__anext__", func(in *Interp, s Object, args []Object, kw []string) (Object, error) {
		in.asyncGenFirstIter(s.(*Generator))
		return &asyncGenASend{gen: s.(*Generator), value: None}, nil
	})
	ag.AddMethod("asend", func(in *Interp, s Object, args []Object, kw []string) (Object, error) {
		if err := exactArgs("asend", args, kw, 1); err != nil {
			return nil, err
		}
		in.asyncGenFirstIter(s.(*Generator))
		return &asyncGenASend{gen: s.(*Generator), value: args[0]}, nil
	})
	ag.AddMethod("athrow", func(in *Interp, s Object, args []Object, kw []string) (Object, error) {
		e, err := throwArgs(in, args, kw)
		if err != nil {
			return nil, err
		}
		in.asyncGenFirstIter(s.(*Generator))
		return &asyncGenAThrow{gen: s.(*Generator), exc: e}, nil
	})
	ag.AddMethod("aclose", func(in *Interp, s Object, args []Object, kw []string) (Object, error) {
		in.asyncGenFirstIter(s.(*Generator))
		return &asyncGenAThrow{gen: s.(*Generator)}, nil
	})

	addIterMethods(AsyncGenASendType, func(o Object) YieldFromTarget { return o.(*asyncGenASend) }, func(in *Interp, o Object) error {
		o.(*asyncGenASend).state = 2
		return nil
	})
	addIterMethods(AsyncGenAThrowType, func(o Object) YieldFromTarget { return o.(*asyncGenAThrow) }, func(in *Interp, o Object) error {
		o.(*asyncGenAThrow).state = 2
		return nil
	})
	addIterMethods(CoroWrapperType, func(o Object) YieldFromTarget { return o.(*coroWrapper) }, func(in *Interp, o Object) error {
		return o.(*coroWrapper).g.Close(in)
	})
	for _, t := range []*Type{AsyncGenASendType, AsyncGenAThrowType} {
		t.AddMethod("__await__", func(in *Interp, s Object, args []Object, kw []string) (Object, error) { return s, nil })
	}
	setupFrameType()
}

// Awaiting is the object the suspended frame is awaiting / yielding from
// (cr_await, gi_yieldfrom), or nil.
func (g *Generator) Awaiting() Object {
	f := g.frame
	if f == nil || g.running || !g.started || f.pc >= len(f.Code.Code.Instrs) {
		return nil
	}
	if f.Code.Code.Instrs[f.pc].Op == compile.YIELD_FROM && f.sp > 0 {
		return f.stack[f.sp-1]
	}
	return nil
}

// getAwaitable is GET_AWAITABLE.
func getAwaitable(in *Interp, x Object, where int) (Object, error) {
	switch v := x.(type) {
	case *Generator:
		if v.Kind == KindCoroutine {
			if v.Awaiting() != nil && v.running {
				return nil, Errorf(RuntimeError, "coroutine is being awaited already")
			}
			return v, nil
		}
		if v.Kind == KindGenerator && v.code.Code.Flags&compile.CO_ITERABLE_COROUTINE != 0 {
			return v, nil
		}
	case Awaitable:
		return v.AwaitIter(in)
	}
	aw := LookupType(x.Type(), sAwait)
	if aw == nil {
		switch where {
		case 1:
			return nil, Errorf(TypeError, "'async with' received an object from __aenter__ that does not implement __await__: %s", TypeName(x))
		case 2:
			return nil, Errorf(TypeError, "'async with' received an object from __aexit__ that does not implement __await__: %s", TypeName(x))
		}
		return nil, Errorf(TypeError, "object %s can't be used in 'await' expression", TypeName(x))
	}
	it, err := callUnbound(in, aw, x)
	if err != nil {
		return nil, err
	}
	if g, ok := it.(*Generator); ok && g.Kind == KindCoroutine {
		return nil, Errorf(TypeError, "__await__() returned a coroutine")
	}
	if _, ok := it.(YieldFromTarget); !ok && LookupType(it.Type(), sNext) == nil {
		return nil, Errorf(TypeError, "__await__() returned non-iterator of type '%s'", TypeName(it))
	}
	return it, nil
}

// getAiter is GET_AITER.
func getAiter(in *Interp, x Object) (Object, error) {
	if g, ok := x.(*Generator); ok && g.Kind == KindAsyncGenerator {
		return g, nil
	}
	ai := LookupType(x.Type(), sAiter)
	if ai == nil {
		return nil, Errorf(TypeError, "'async for' requires an object with __aiter__ method, got %s", TypeName(x))
	}
	it, err := callUnbound(in, ai, x)
	if err != nil {
		return nil, err
	}
	if LookupType(it.Type(), sAnext) == nil {
		return nil, Errorf(TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s", TypeName(it))
	}
	return it, nil
}

// getAnext is GET_ANEXT: the awaitable of aiter.__anext__().
func getAnext(in *Interp, x Object) (Object, error) {
	if g, ok := x.(*Generator); ok && g.Kind == KindAsyncGenerator {
		in.asyncGenFirstIter(g)
		return &asyncGenASend{gen: g, value: None}, nil
	}
	an := LookupType(x.Type(), sAnext)
	if an == nil {
		return nil, Errorf(TypeError, "'async for' requires an iterator with __anext__ method, got %s", TypeName(x))
	}
	aw, err := callUnbound(in, an, x)
	if err != nil {
		return nil, err
	}
	r, err := getAwaitable(in, aw, 0)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class == TypeError {
			return nil, Errorf(TypeError, "'async for' received an invalid object from __anext__: %s", TypeName(aw))
		}
		return nil, err
	}
	return r, nil
}

// asyncGenFirstIter runs the firstiter hook once per async generator.
func (in *Interp) asyncGenFirstIter(g *Generator) {
	if g.agHooked {
		return
	}
	g.agHooked = true
	if in.AsyncGenFirstIter != nil {
		in.AsyncGenFirstIter(g)
	}
}

// ACloseAwaitable returns the awaitable of g.aclose() (for asyncio's
// shutdown_asyncgens).
func (g *Generator) ACloseAwaitable() YieldFromTarget { return &asyncGenAThrow{gen: g} }
