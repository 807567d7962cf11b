package asyncio

import "aioplay/runtime/py"

// The contextvars module: ContextVar, Token, Context, copy_context. Tasks
// run each step in their own copy of the context (tasks.go).

// MissingType is the type of Token.MISSING.
var MissingType = newType("Token.MISSING", "_contextvars", py.ObjectType)

type missing struct{}

func (missing) Type() *py.Type { return MissingType }

var tokenMISSING py.Object = missing{}

func (rt *Runtime) contextvarsModule() (*py.Module, error) {
	m := newModule("contextvars")
	m.Dict.SetStr(py.Intern("ContextVar"), ContextVarType)
	m.Dict.SetStr(py.Intern("Token"), TokenType)
	m.Dict.SetStr(py.Intern("Context"), ContextType)
	m.Dict.SetStr(py.Intern("copy_context"), fn("contextvars", "copy_context", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		return rt.ctx.copy(), nil
	}))
	return m, nil
}

func (v *ContextVar) repr(in *py.Interp, o py.Object) string {
	s := "<ContextVar name=" + reprStr(v.name)
	if v.def != nil {
		s += " default=" + reprOf(in, v.def)
	}
	return s + " at " + addrOf(in, o) + ">"
}

func reprStr(s string) string {
	// Names are identifiers in practice; quote like repr() does.
	return "'" + s + "'"
}

func setupContextTypes() {
	vt := ContextVarType
	vt.New = func(in *py.Interp, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("ContextVar", args, kw, []string{"name", "default"}, 1)
		if err != nil {
			return nil, err
		}
		name, ok := a[0].(*py.Str)
		if !ok {
			return nil, py.Errorf(py.TypeError, "context variable name must be a str")
		}
		return &ContextVar{name: name.S, def: a[1]}, nil
	}
	vt.AddGetSet("name", func(in *py.Interp, o py.Object) (py.Object, error) { return py.NewStr(o.(*ContextVar).name), nil }, nil)
	vt.AddMethod("get", func(in *py.Interp, o py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("get", args, kw, []string{"default"}, 0)
		if err != nil {
			return nil, err
		}
		v := o.(*ContextVar)
		rt := RuntimeOf(in)
		if val, ok := rt.ctx.get(v); ok {
			return val, nil
		}
		if a[0] != nil {
			return a[0], nil
		}
		if v.def != nil {
			return v.def, nil
		}
		return nil, py.NewException(py.LookupError, o)
	})
	vt.AddMethod("set", func(in *py.Interp, o py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("set", args, kw, []string{"value"}, 1)
		if err != nil {
			return nil, err
		}
		v := o.(*ContextVar)
		rt := RuntimeOf(in)
		old, _ := rt.ctx.get(v)
		rt.ctx.set(v, a[0])
		return &Token{ctx: rt.ctx, v: v, old: old}, nil
	})
	vt.AddMethod("reset", func(in *py.Interp, o py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("reset", args, kw, []string{"token"}, 1)
		if err != nil {
			return nil, err
		}
		v := o.(*ContextVar)
		t, ok := a[0].(*Token)
		if !ok {
			return nil, py.Errorf(py.TypeError, "expected an instance of Token, got '%s'", py.TypeName(a[0]))
		}
		rt := RuntimeOf(in)
		if t.used {
			return nil, py.Errorf(py.RuntimeError, "%s has already been used once", t.repr(in, t))
		}
		if t.v != v {
			return nil, py.Errorf(py.ValueError, "%s was created by a different ContextVar", t.repr(in, t))
		}
		if t.ctx != rt.ctx {
			return nil, py.Errorf(py.ValueError, "%s was created in a different Context", t.repr(in, t))
		}
		t.used = true
		if t.old == nil {
			rt.ctx.del(v)
		} else {
			rt.ctx.set(v, t.old)
		}
		return py.None, nil
	})
	vt.AddMethod("__repr__", noArgs("__repr__", func(in *py.Interp, o py.Object) (py.Object, error) {
		return py.NewStr(o.(*ContextVar).repr(in, o)), nil
	}))

	tt := TokenType
	tt.AddGetSet("var", func(in *py.Interp, o py.Object) (py.Object, error) { return o.(*Token).v, nil }, nil)
	tt.AddGetSet("old_value", func(in *py.Interp, o py.Object) (py.Object, error) {
		if t := o.(*Token); t.old != nil {
			return t.old, nil
		}
		return tokenMISSING, nil
	}, nil)
	tt.AddAttr("MISSING", tokenMISSING)
	tt.AddMethod("__repr__", noArgs("__repr__", func(in *py.Interp, o py.Object) (py.Object, error) {
		return py.NewStr(o.(*Token).repr(in, o)), nil
	}))
	MissingType.AddMethod("__repr__", noArgs("__repr__", func(in *py.Interp, o py.Object) (py.Object, error) {
		return py.NewStr("<Token.MISSING>"), nil
	}))

	ct := ContextType
	ct.New = func(in *py.Interp, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		if len(args) > 0 {
			return nil, py.Errorf(py.TypeError, "Context() does not accept any arguments")
		}
		return newContext(), nil
	}
	ct.AddMethod("run", func(in *py.Interp, o py.Object, args []py.Object, kw []string) (py.Object, error) {
		if len(args)-len(kw) < 1 {
			return nil, py.Errorf(py.TypeError, "run() missing 1 required positional argument")
		}
		c := o.(*Context)
		var r py.Object
		err := RuntimeOf(in).runInContext(c, func() error {
			var e error
			r, e = py.Call(in, args[0], args[1:], kw)
			return e
		})
		return r, err
	})
	ct.AddMethod("copy", noArgs("copy", func(in *py.Interp, o py.Object) (py.Object, error) { return o.(*Context).copy(), nil }))
	getVar := func(o py.Object) (*ContextVar, error) {
		v, ok := o.(*ContextVar)
		if !ok {
			return nil, py.Errorf(py.TypeError, "a ContextVar key was expected, got %s", reprOf(nil, o))
		}
		return v, nil
	}
	ct.AddMethod("get", func(in *py.Interp, o py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("get", args, kw, []string{"key", "default"}, 1)
		if err != nil {
			return nil, err
		}
		v, err := getVar(a[0])
		if err != nil {
			return nil, err
		}
		if val, ok := o.(*Context).get(v); ok {
			return val, nil
		}
		return nilToNone(a[1]), nil
	})
	ct.AddMethod("__getitem__", func(in *py.Interp, o py.Object, args []py.Object, kw []string) (py.Object, error) {
		v, err := getVar(args[0])
		if err != nil {
			return nil, err
		}
		if val, ok := o.(*Context).get(v); ok {
			return val, nil
		}
		return nil, py.NewException(py.KeyError, v)
	})
	ct.AddMethod("__contains__", func(in *py.Interp, o py.Object, args []py.Object, kw []string) (py.Object, error) {
		v, err := getVar(args[0])
		if err != nil {
			return nil, err
		}
		_, ok := o.(*Context).get(v)
		return boolObj(ok), nil
	})
	ct.AddMethod("__len__", noArgs("__len__", func(in *py.Interp, o py.Object) (py.Object, error) {
		return py.Int(len(o.(*Context).vars.keys)), nil
	}))
	keys := func(c *Context) []py.Object {
		out := make([]py.Object, len(c.vars.keys))
		for i, k := range c.vars.keys {
			out[i] = k
		}
		return out
	}
	ct.AddMethod("__iter__", noArgs("__iter__", func(in *py.Interp, o py.Object) (py.Object, error) {
		return py.Iter(in, py.NewList(keys(o.(*Context))))
	}))
	ct.AddMethod("keys", noArgs("keys", func(in *py.Interp, o py.Object) (py.Object, error) { return py.NewList(keys(o.(*Context))), nil }))
	ct.AddMethod("values", noArgs("values", func(in *py.Interp, o py.Object) (py.Object, error) {
		c := o.(*Context)
		return py.NewList(append([]py.Object(nil), c.vars.vals...)), nil
	}))
	ct.AddMethod("items", noArgs("items", func(in *py.Interp, o py.Object) (py.Object, error) {
		c := o.(*Context)
		out := make([]py.Object, len(c.vars.keys))
		for i, k := range c.vars.keys {
			out[i] = py.NewTuple(k, c.vars.vals[i])
		}
		return py.NewList(out), nil
	}))
}

func (t *Token) repr(in *py.Interp, o py.Object) string {
	used := ""
	if t.used {
		used = " used"
	}
	return "<Token" + used + " var=" + t.v.repr(in, t.v) + " at " + addrOf(in, o) + ">"
}
