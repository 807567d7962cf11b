package py

// Function is a function defined in Python (def, lambda, comprehension
// bodies).
type Function struct {
	Code        *CodeObject
	Globals     *Dict
	Builtins    *Dict
	Name        *Str
	Qualname    *Str
	Module      Object
	Doc         Object
	Defaults    *Tuple // nil: none
	KwDefaults  *Dict  // nil: none
	Closure     []*Cell
	Annotations *Dict // nil until asked for
	Dict        *Dict

	// simple is true when a call with exactly ArgCount positional
	// arguments needs no binding work (no *args, **kwargs, kw-only
	// parameters or cells initialised from arguments).
	simple bool
}

func (*Function) Type() *Type { return FunctionType }

// BoundMethod is a function bound to an instance (or, for classmethods, a
// class).
type BoundMethod struct {
	Func Object
	Self Object
}

func (*BoundMethod) Type() *Type { return MethodType }

// NewFunction builds a function object for code co running in globals.
func NewFunction(in *Interp, co *CodeObject, globals *Dict) *Function {
	fn := &Function{Code: co, Globals: globals, Name: co.name, Qualname: co.qualname, Doc: None}
	if m, ok := globals.GetStr(sName); ok {
		fn.Module = m
	} else {
		fn.Module = None
	}
	if b, ok := globals.GetStr(sBuiltins); ok {
		if d, ok := b.(*Dict); ok {
			fn.Builtins = d
		} else if m, ok := b.(*Module); ok {
			fn.Builtins = m.Dict
		}
	}
	if fn.Builtins == nil {
		fn.Builtins = in.builtins
	}
	c := co.Code
	fn.simple = c.Flags&0x0c == 0 && c.KwOnlyArgCount == 0 && c.Cell2Arg == nil
	// The docstring is the first constant of a function body when it is a
	// str (the compiler puts it there).
	return fn
}

func setupFunctionTypes() {
	ft := FunctionType
	ft.AddGetSet("__name__", func(in *Interp, self Object) (Object, error) {
		return self.(*Function).Name, nil
	}, func(in *Interp, self Object, v Object) error {
		s, ok := v.(*Str)
		if !ok {
			return Errorf(TypeError, "__name__ must be set to a string object")
		}
		self.(*Function).Name = s
		return nil
	})
	ft.AddGetSet("__qualname__", func(in *Interp, self Object) (Object, error) {
		return self.(*Function).Qualname, nil
	}, func(in *Interp, self Object, v Object) error {
		s, ok := v.(*Str)
		if !ok {
			return Errorf(TypeError, "__qualname__ must be set to a string object")
		}
		self.(*Function).Qualname = s
		return nil
	})
	ft.AddGetSet("__module__", func(in *Interp, self Object) (Object, error) {
		return self.(*Function).Module, nil
	}, func(in *Interp, self Object, v Object) error {
		if v == nil {
			v = None
		}
		self.(*Function).Module = v
		return nil
	})
	ft.AddGetSet("__doc__", func(in *Interp, self Object) (Object, error) {
		return self.(*Function).Doc, nil
	}, func(in *Interp, self Object, v Object) error {
		if v == nil {
			v = None
		}
		self.(*Function).Doc = v
		return nil
	})
	ft.AddGetSet("__defaults__", func(in *Interp, self Object) (Object, error) {
		if d := self.(*Function).Defaults; d != nil {
			return d, nil
		}
		return None, nil
	}, func(in *Interp, self Object, v Object) error {
		f := self.(*Function)
		if v == nil || v == Object(None) {
			f.Defaults = nil
			return nil
		}
		t, ok := v.(*Tuple)
		if !ok {
			return Errorf(TypeError, "__defaults__ must be set to a tuple object")
		}
		f.Defaults = t
		return nil
	})
	ft.AddGetSet("__kwdefaults__", func(in *Interp, self Object) (Object, error) {
		if d := self.(*Function).KwDefaults; d != nil {
			return d, nil
		}
		return None, nil
	}, func(in *Interp, self Object, v Object) error {
		f := self.(*Function)
		if v == nil || v == Object(None) {
			f.KwDefaults = nil
			return nil
		}
		d, ok := v.(*Dict)
		if !ok {
			return Errorf(TypeError, "__kwdefaults__ must be set to a dict object")
		}
		f.KwDefaults = d
		f.simple = false
		return nil
	})
	ft.AddGetSet("__annotations__", func(in *Interp, self Object) (Object, error) {
		f := self.(*Function)
		if f.Annotations == nil {
			f.Annotations = NewDict()
		}
		return f.Annotations, nil
	}, func(in *Interp, self Object, v Object) error {
		f := self.(*Function)
		if v == nil || v == Object(None) {
			f.Annotations = nil
			return nil
		}
		d, ok := v.(*Dict)
		if !ok {
			return Errorf(TypeError, "__annotations__ must be set to a dict object")
		}
		f.Annotations = d
		return nil
	})
	ft.AddGetSet("__dict__", func(in *Interp, self Object) (Object, error) {
		return instanceDict(self, true), nil
	}, func(in *Interp, self Object, v Object) error {
		d, ok := v.(*Dict)
		if !ok {
			return Errorf(TypeError, "__dict__ must be set to a dictionary, not a '%s'", TypeName(v))
		}
		self.(*Function).Dict = d
		return nil
	})
	ft.AddGetSet("__closure__", func(in *Interp, self Object) (Object, error) {
		f := self.(*Function)
		if f.Closure == nil {
			return None, nil
		}
		items := make([]Object, len(f.Closure))
		for i, c := range f.Closure {
			items[i] = c
		}
		return NewTuple(items...), nil
	}, nil)
	ft.AddGetSet("__code__", func(in *Interp, self Object) (Object, error) {
		return self.(*Function).Code, nil
	}, nil)
	ft.AddGetSet("__globals__", func(in *Interp, self Object) (Object, error) {
		return self.(*Function).Globals, nil
	}, nil)
	ft.AddGetSet("__builtins__", func(in *Interp, self Object) (Object, error) {
		return self.(*Function).Builtins, nil
	}, nil)
	ft.AddMethod("__repr__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		f := self.(*Function)
		return NewStr("<function " + f.Qualname.S + " at " + in.Addr(f) + ">"), nil
	})
	ft.AddMethod("__get__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		if len(args) < 1 || args[0] == Object(None) {
			return self, nil
		}
		return &BoundMethod{Func: self, Self: args[0]}, nil
	})
	ft.AddMethod("__call__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		return Call(in, self, args, kw)
	})

	mt := MethodType
	mt.AddGetSet("__func__", func(in *Interp, self Object) (Object, error) { return self.(*BoundMethod).Func, nil }, nil)
	mt.AddGetSet("__self__", func(in *Interp, self Object) (Object, error) { return self.(*BoundMethod).Self, nil }, nil)
	for _, name := range []string{"__name__", "__qualname__", "__doc__", "__module__", "__code__", "__defaults__", "__kwdefaults__", "__annotations__", "__wrapped__", "__dict__"} {
		n := Intern(name)
		mt.AddGetSet(name, func(in *Interp, self Object) (Object, error) {
			return GetAttr(in, self.(*BoundMethod).Func, n)
		}, nil)
	}
	mt.AddMethod("__repr__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		m := self.(*BoundMethod)
		name := "?"
		if v, err := GetAttrOpt(in, m.Func, sQualname); err == nil && v != nil {
			if s, ok := v.(*Str); ok {
				name = s.S
			}
		} else if v, err := GetAttrOpt(in, m.Func, sName); err == nil && v != nil {
			if s, ok := v.(*Str); ok {
				name = s.S
			}
		}
		r, err := Repr(in, m.Self)
		if err != nil {
			return nil, err
		}
		return NewStr("<bound method " + name + " of " + r.S + ">"), nil
	})
	mt.AddMethod("__eq__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		m := self.(*BoundMethod)
		o, ok := args[0].(*BoundMethod)
		if !ok {
			return NotImplemented, nil
		}
		return NewBool(m.Func == o.Func && m.Self == o.Self), nil
	})
	mt.AddMethod("__hash__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		m := self.(*BoundMethod)
		return Int(int64(in.ID(m.Func)>>4) ^ int64(in.ID(m.Self))), nil
	})
	mt.AddMethod("__call__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		return Call(in, self, args, kw)
	})

	bt := BuiltinFunctionType
	bt.AddGetSet("__name__", func(in *Interp, self Object) (Object, error) { return NewStr(self.(*BuiltinFunction).Name), nil }, nil)
	bt.AddGetSet("__qualname__", func(in *Interp, self Object) (Object, error) {
		f := self.(*BuiltinFunction)
		if f.Qualname != "" {
			return NewStr(f.Qualname), nil
		}
		return NewStr(f.Name), nil
	}, nil)
	bt.AddGetSet("__module__", func(in *Interp, self Object) (Object, error) {
		f := self.(*BuiltinFunction)
		if f.Module == "" || f.Self != nil {
			return None, nil
		}
		return NewStr(f.Module), nil
	}, nil)
	bt.AddGetSet("__doc__", func(in *Interp, self Object) (Object, error) {
		if d := self.(*BuiltinFunction).Doc; d != "" {
			return NewStr(d), nil
		}
		return None, nil
	}, nil)
	bt.AddGetSet("__self__", func(in *Interp, self Object) (Object, error) {
		f := self.(*BuiltinFunction)
		if f.Self == nil {
			if f.Module != "" {
				if m, ok := in.Modules[f.Module]; ok {
					return m, nil
				}
			}
			return None, nil
		}
		return f.Self, nil
	}, nil)
	bt.AddMethod("__repr__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		f := self.(*BuiltinFunction)
		if f.Self == nil {
			return NewStr("<built-in function " + f.Name + ">"), nil
		}
		if t, ok := f.Self.(*Type); ok {
			return NewStr("<built-in method " + f.Name + " of type object at " + in.Addr(t) + ">"), nil
		}
		if m, ok := f.Self.(*Module); ok {
			return NewStr("<built-in function " + f.Name + ">"), nil
		} else {
			_ = m
		}
		return NewStr("<built-in method " + f.Name + " of " + TypeName(f.Self) + " object at " + in.Addr(f.Self) + ">"), nil
	})
	bt.AddMethod("__call__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		return Call(in, self, args, kw)
	})

	md := MethodDescriptorType
	md.AddMethod("__repr__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		d := self.(*MethodDescriptor)
		if isSlotName(d.Name) {
			return NewStr("<slot wrapper '" + d.Name + "' of '" + d.Owner.Name + "' objects>"), nil
		}
		return NewStr("<method '" + d.Name + "' of '" + d.Owner.Name + "' objects>"), nil
	})
	md.AddGetSet("__name__", func(in *Interp, self Object) (Object, error) { return NewStr(self.(*MethodDescriptor).Name), nil }, nil)
	md.AddGetSet("__qualname__", func(in *Interp, self Object) (Object, error) {
		d := self.(*MethodDescriptor)
		return NewStr(d.Owner.Name + "." + d.Name), nil
	}, nil)
	md.AddGetSet("__objclass__", func(in *Interp, self Object) (Object, error) { return self.(*MethodDescriptor).Owner, nil }, nil)
	md.AddGetSet("__doc__", func(in *Interp, self Object) (Object, error) {
		if d := self.(*MethodDescriptor).Doc; d != "" {
			return NewStr(d), nil
		}
		return None, nil
	}, nil)
	md.AddMethod("__get__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		if len(args) < 1 || args[0] == Object(None) {
			return self, nil
		}
		return descrGet(in, self, args[0], nil)
	})
	md.AddMethod("__call__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		return Call(in, self, args, kw)
	})

	cmd := ClassMethodDescriptorType
	cmd.AddMethod("__repr__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		d := self.(*ClassMethodDescriptor)
		return NewStr("<method '" + d.Name + "' of '" + d.Owner.Name + "' objects>"), nil
	})

	gs := GetSetDescriptorType
	gs.AddMethod("__repr__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		d := self.(*GetSetDescriptor)
		if d.member {
			return NewStr("<member '" + d.Name + "' of '" + d.Owner.Name + "' objects>"), nil
		}
		return NewStr("<attribute '" + d.Name + "' of '" + d.Owner.Name + "' objects>"), nil
	})
	gs.AddMethod("__get__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		if len(args) < 1 || args[0] == Object(None) {
			return self, nil
		}
		return self.(*GetSetDescriptor).Get(in, args[0])
	})
	gs.AddMethod("__set__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		if err := exactArgs("__set__", args, kw, 2); err != nil {
			return nil, err
		}
		_, err := descrSet(in, self, args[0], args[1])
		return None, err
	})
	gs.AddGetSet("__name__", func(in *Interp, self Object) (Object, error) { return NewStr(self.(*GetSetDescriptor).Name), nil }, nil)

	CellType.AddGetSet("cell_contents", func(in *Interp, self Object) (Object, error) {
		c := self.(*Cell)
		if c.V == nil {
			return nil, Errorf(ValueError, "Cell is empty")
		}
		return c.V, nil
	}, func(in *Interp, self Object, v Object) error {
		self.(*Cell).V = v
		return nil
	})
}

// isSlotName tells whether a built-in method is shown as a "slot wrapper"
// (the dunder methods CPython implements as type slots).
func isSlotName(name string) bool {
	return len(name) > 4 && name[:2] == "__" && name[len(name)-2:] == "__"
}
