package py

// aiter() and anext(): the async iteration built-ins.

// anextAwaitable is anext(ait, default): it awaits ait.__anext__() and
// turns StopAsyncIteration into the default value.
type anextAwaitable struct {
	it   Object // the iterator driven by await (a YieldFromTarget or a Python iterator)
	dflt Object
	done bool
}

var AnextAwaitableType = NewBuiltinType("anext_awaitable", ObjectType)

func (*anextAwaitable) Type() *Type { return AnextAwaitableType }

func (a *anextAwaitable) finish(v Object, st GenStatus, err error) (Object, GenStatus, error) {
	if err != nil {
		if e, ok := err.(*Exception); ok && IsSubtype(e.Class, StopAsyncIteration) {
			a.done = true
			return a.dflt, GenReturned, nil
		}
		return nil, 0, err
	}
	if st == GenReturned {
		a.done = true
	}
	return v, st, nil
}

func (a *anextAwaitable) Send(in *Interp, v Object) (Object, GenStatus, error) {
	if a.done {
		return nil, 0, Errorf(RuntimeError, "cannot reuse already awaited anext_awaitable")
	}
	return a.finish(yieldFromSend(in, a.it, v))
}

func (a *anextAwaitable) Throw(in *Interp, exc *Exception) (Object, GenStatus, error) {
	return a.finish(throwInto(in, a.it, exc))
}

func init() {
	OnSetup(func() {
		addIterMethods(AnextAwaitableType, func(o Object) YieldFromTarget { return o.(*anextAwaitable) },
			func(in *Interp, o Object) error { o.(*anextAwaitable).done = true; return nil })
		AnextAwaitableType.AddMethod("__await__", func(in *Interp, s Object, args []Object, kw []string) (Object, error) { return s, nil })
	})
	RegisterBuiltin("aiter", func(in *Interp, args []Object, kw []string) (Object, error) {
		if err := CheckArgs("aiter", args, kw, 1, 1); err != nil {
			return nil, err
		}
		x := args[0]
		if g, ok := x.(*Generator); ok && g.Kind == KindAsyncGenerator {
			return g, nil
		}
		ai := LookupType(x.Type(), sAiter)
		if ai == nil {
			return nil, Errorf(TypeError, "'%s' object is not an async iterable", TypeName(x))
		}
		it, err := callUnbound(in, ai, x)
		if err != nil {
			return nil, err
		}
		if LookupType(it.Type(), sAnext) == nil {
			return nil, Errorf(TypeError, "aiter() returned not an async iterator of type '%s'", TypeName(it))
		}
		return it, nil
	})
	RegisterBuiltin("anext", func(in *Interp, args []Object, kw []string) (Object, error) {
		if err := CheckArgs("anext", args, kw, 1, 2); err != nil {
			return nil, err
		}
		x := args[0]
		var aw Object
		if g, ok := x.(*Generator); ok && g.Kind == KindAsyncGenerator {
			in.asyncGenFirstIter(g)
			aw = &asyncGenASend{gen: g, value: None}
		} else {
			an := LookupType(x.Type(), sAnext)
			if an == nil {
				return nil, Errorf(TypeError, "'%s' object is not an async iterator", TypeName(x))
			}
			var err error
			if aw, err = callUnbound(in, an, x); err != nil {
				return nil, err
			}
		}
		if len(args) == 1 {
			return aw, nil
		}
		it, err := getAwaitable(in, aw, 0)
		if err != nil {
			return nil, err
		}
		return &anextAwaitable{it: it, dflt: args[1]}, nil
	})
}
