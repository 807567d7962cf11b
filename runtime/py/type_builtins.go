package py

import "sort"

// The methods and attributes of object and type.

func init() { OnSetup(setupObjectAndType) }

func setupObjectAndType() {
	o := ObjectType
	objectNewFn = &BuiltinFunction{Name: "__new__", Qualname: "object.__new__", Fn: func(in *Interp, args []Object, kw []string) (Object, error) {
		if len(args) < 1 {
			return nil, Errorf(TypeError, "object.__new__(): not enough arguments")
		}
		t, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeError, "object.__new__(X): X is not a type object (%s)", TypeName(args[0]))
		}
		return objectNew(in, t, args[1:len(args)-len(kw)], nil)
	}}
	o.Dict.SetStr(sNew, objectNewFn)
	objectInitFn = &MethodDescriptor{Name: "__init__", Owner: o, Meth: func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		if len(args) > 0 {
			t := self.Type()
			if LookupType(t, sInit) != Object(objectInitFn) {
				return nil, Errorf(TypeError, "object.__init__() takes exactly one argument (the instance to initialize)")
			}
			if LookupType(t, sNew) == Object(objectNewFn) {
				return nil, Errorf(TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)", t.Name)
			}
		}
		return None, nil
	}}
	o.Dict.SetStr(sInit, objectInitFn)
	o.AddMethod("__repr__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		return NewStr(defaultRepr(in, self)), nil
	})
	o.AddMethod("__str__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		return Repr(in, self)
	})
	o.AddMethod("__eq__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		if len(args) == 1 && args[0] == self {
			return True, nil
		}
		return NotImplemented, nil
	})
	o.AddMethod("__ne__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "expected 1 argument, got %d", len(args))
		}
		eq := LookupType(self.Type(), sEq)
		if eq == nil {
			return NotImplemented, nil
		}
		r, err := callUnbound(in, eq, self, args[0])
		if err != nil || r == Object(NotImplemented) {
			return r, err
		}
		t, err := Truth(in, r)
		return NewBool(!t), err
	})
	for _, n := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		o.AddMethod(n, func(in *Interp, self Object, args []Object, kw []string) (Object, error) { return NotImplemented, nil })
	}
	o.AddMethod("__hash__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		return Int(int64(in.ID(self) >> 4)), nil
	})
	o.AddMethod("__format__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "__format__() takes exactly one argument (%d given)", len(args))
		}
		spec, ok := args[0].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "__format__() argument must be str, not %s", TypeName(args[0]))
		}
		if spec.S != "" {
			return nil, Errorf(TypeError, "unsupported format string passed to %s.__format__", self.Type().Name)
		}
		return ToStr(in, self)
	})
	o.AddMethod("__getattribute__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		name, err := attrNameArg(args)
		if err != nil {
			return nil, err
		}
		v, err := defaultGetAttr(in, self, self.Type(), name)
		if v == nil && err == nil {
			err = newAttributeError(in, self, name)
		}
		return v, err
	})
	o.AddMethod("__setattr__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeError, "expected 2 arguments, got %d", len(args))
		}
		name, err := attrNameArg(args[:1])
		if err != nil {
			return nil, err
		}
		return None, defaultSetAttr(in, self, self.Type(), name, args[1])
	})
	o.AddMethod("__delattr__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		name, err := attrNameArg(args)
		if err != nil {
			return nil, err
		}
		return None, defaultSetAttr(in, self, self.Type(), name, nil)
	})
	o.AddMethod("__dir__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		return NewList(dirNames(in, self)), nil
	})
	o.AddMethod("__reduce_ex__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		return nil, Errorf(TypeError, "cannot pickle '%s' object", TypeName(self))
	})
	o.AddMethod("__sizeof__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) { return Int(16), nil })
	o.AddClassMethod("__init_subclass__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		if len(kw) > 0 || len(args) > 0 {
			return nil, Errorf(TypeError, "%s.__init_subclass__() takes no keyword arguments", self.(*Type).Name)
		}
		return None, nil
	})
	o.AddClassMethod("__subclasshook__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		return NotImplemented, nil
	})
	o.AddGetSet("__class__", func(in *Interp, self Object) (Object, error) {
		return self.Type(), nil
	}, func(in *Interp, self Object, v Object) error {
		t, ok := v.(*Type)
		if !ok {
			return Errorf(TypeError, "__class__ must be set to a class, not '%s' object", TypeName(v))
		}
		inst, ok := self.(*Instance)
		if !ok || t.Builtin {
			return Errorf(TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
		}
		inst.Class = t
		return nil
	})
	o.AddAttr("__doc__", NewStr("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"))

	t := TypeType
	// Classes, modules and functions have a __dict__ of their own: a
	// subclass of type (a metaclass) must not add an instance-dict slot.
	t.HasDict = true
	ModuleType.HasDict = true
	FunctionType.HasDict = true
	typeNewFn = &BuiltinFunction{Name: "__new__", Qualname: "type.__new__", Fn: func(in *Interp, args []Object, kw []string) (Object, error) {
		if len(args) < 1 {
			return nil, Errorf(TypeError, "type.__new__(): not enough arguments")
		}
		meta, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeError, "type.__new__(X): X is not a type object (%s)", TypeName(args[0]))
		}
		if meta == TypeType && len(args) == 2 && len(kw) == 0 {
			return args[1].Type(), nil
		}
		return typeNew(in, meta, args[1:], kw)
	}}
	t.Dict.SetStr(sNew, typeNewFn)
	t.AddMethod("__init__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		n := len(args) - len(kw)
		if n != 1 && n != 3 {
			return nil, Errorf(TypeError, "type.__init__() takes 1 or 3 arguments")
		}
		return None, nil
	})
	typeCallFn = &MethodDescriptor{Name: "__call__", Owner: t, Meth: func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		return typeCallDefault(in, self.(*Type), args, kw)
	}}
	t.Dict.SetStr(sCall, typeCallFn)
	t.AddMethod("__repr__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		c := self.(*Type)
		if c.Module == "builtins" || c.Module == "" {
			return NewStr("<class '" + c.Qualname + "'>"), nil
		}
		return NewStr("<class '" + c.Module + "." + c.Qualname + "'>"), nil
	})
	t.AddMethod("__getattribute__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		name, err := attrNameArg(args)
		if err != nil {
			return nil, err
		}
		v, err := typeGetAttr(in, self.(*Type), name)
		if v == nil && err == nil {
			err = newAttributeError(in, self, name)
		}
		return v, err
	})
	t.AddMethod("__setattr__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeError, "expected 2 arguments, got %d", len(args))
		}
		name, err := attrNameArg(args[:1])
		if err != nil {
			return nil, err
		}
		return None, typeSetAttr(in, self.(*Type), name, args[1])
	})
	t.AddMethod("__delattr__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		name, err := attrNameArg(args)
		if err != nil {
			return nil, err
		}
		return None, typeSetAttr(in, self.(*Type), name, nil)
	})
	t.AddMethod("mro", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		return typeList(self.(*Type).MRO), nil
	})
	t.AddMethod("__subclasses__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		return typeList(self.(*Type).subclasses), nil
	})
	t.AddMethod("__instancecheck__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "__instancecheck__() takes exactly one argument (%d given)", len(args))
		}
		return NewBool(IsInstance(args[0], self.(*Type))), nil
	})
	t.AddMethod("__subclasscheck__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "__subclasscheck__() takes exactly one argument (%d given)", len(args))
		}
		a, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeError, "issubclass() arg 1 must be a class")
		}
		return NewBool(IsSubtype(a, self.(*Type))), nil
	})
	t.AddMethod("__dir__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		return NewList(dirNames(in, self)), nil
	})
	t.AddClassMethod("__prepare__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		return NewDict(), nil
	})
	t.AddGetSet("__name__", func(in *Interp, self Object) (Object, error) {
		return NewStr(self.(*Type).Name), nil
	}, func(in *Interp, self Object, v Object) error {
		c := self.(*Type)
		s, ok := v.(*Str)
		if !ok || c.Builtin {
			if c.Builtin {
				return Errorf(TypeError, "cannot set '__name__' attribute of immutable type '%s'", c.Name)
			}
			return Errorf(TypeError, "can only assign string to %s.__name__, not '%s'", c.Name, TypeName(v))
		}
		c.Name = s.S
		return nil
	})
	t.AddGetSet("__qualname__", func(in *Interp, self Object) (Object, error) {
		return NewStr(self.(*Type).Qualname), nil
	}, func(in *Interp, self Object, v Object) error {
		c := self.(*Type)
		s, ok := v.(*Str)
		if !ok {
			return Errorf(TypeError, "can only assign string to %s.__qualname__, not '%s'", c.Name, TypeName(v))
		}
		c.Qualname = s.S
		return nil
	})
	t.AddGetSet("__module__", func(in *Interp, self Object) (Object, error) {
		c := self.(*Type)
		if !c.Builtin {
			if v, ok := c.Dict.GetStr(sModule); ok {
				return v, nil
			}
		}
		return NewStr(c.Module), nil
	}, func(in *Interp, self Object, v Object) error {
		c := self.(*Type)
		if c.Builtin {
			return Errorf(TypeError, "cannot set '__module__' attribute of immutable type '%s'", c.Name)
		}
		c.Dict.SetStr(sModule, v)
		if s, ok := v.(*Str); ok {
			c.Module = s.S
		}
		c.Modified()
		return nil
	})
	t.AddGetSet("__doc__", func(in *Interp, self Object) (Object, error) {
		c := self.(*Type)
		if c.Builtin {
			if v, ok := c.Dict.GetStr(sDoc); ok {
				return v, nil
			}
			if c.Doc != "" {
				return NewStr(c.Doc), nil
			}
			return None, nil
		}
		v, ok := c.Dict.GetStr(sDoc)
		if !ok {
			return None, nil
		}
		return descrGet(in, v, nil, c)
	}, func(in *Interp, self Object, v Object) error {
		c := self.(*Type)
		if c.Builtin {
			return Errorf(TypeError, "cannot set '__doc__' attribute of immutable type '%s'", c.Name)
		}
		c.Dict.SetStr(sDoc, v)
		c.Modified()
		return nil
	})
	t.AddGetSet("__bases__", func(in *Interp, self Object) (Object, error) {
		return typeTuple(self.(*Type).Bases), nil
	}, nil)
	t.AddGetSet("__base__", func(in *Interp, self Object) (Object, error) {
		c := self.(*Type)
		if len(c.Bases) == 0 {
			return None, nil
		}
		return c.Bases[0], nil
	}, nil)
	t.AddGetSet("__mro__", func(in *Interp, self Object) (Object, error) {
		return typeTuple(self.(*Type).MRO), nil
	}, nil)
	t.AddGetSet("__dict__", func(in *Interp, self Object) (Object, error) {
		return NewMappingProxy(self.(*Type).Dict), nil
	}, nil)
	t.AddGetSet("__abstractmethods__", func(in *Interp, self Object) (Object, error) {
		c := self.(*Type)
		if v, ok := c.Dict.GetStr(sAbstractMethod); ok && c != TypeType {
			return v, nil
		}
		return nil, Errorf(AttributeError, "__abstractmethods__")
	}, func(in *Interp, self Object, v Object) error {
		c := self.(*Type)
		if v == nil {
			if !c.Dict.DelStr(sAbstractMethod) {
				return Errorf(AttributeError, "__abstractmethods__")
			}
		} else {
			c.Dict.SetStr(sAbstractMethod, v)
		}
		c.Modified()
		return nil
	})
	t.AddGetSet("__annotations__", func(in *Interp, self Object) (Object, error) {
		c := self.(*Type)
		if v, ok := c.Dict.GetStr(sAnnotations); ok {
			return v, nil
		}
		if c.Builtin {
			return nil, Errorf(AttributeError, "type object '%s' has no attribute '__annotations__'", c.Name)
		}
		d := NewDict()
		c.Dict.SetStr(sAnnotations, d)
		c.Modified()
		return d, nil
	}, func(in *Interp, self Object, v Object) error {
		c := self.(*Type)
		if v == nil {
			c.Dict.DelStr(sAnnotations)
		} else {
			c.Dict.SetStr(sAnnotations, v)
		}
		c.Modified()
		return nil
	})
	t.AddMethod("__or__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		return unionType(in, self, args)
	})
	t.AddMethod("__ror__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		if len(args) != 1 {
			return NotImplemented, nil
		}
		return unionType(in, args[0], []Object{self})
	})

	NoneTypeType.Final = true
	NoneTypeType.AddMethod("__repr__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) { return NewStr("None"), nil })
	NoneTypeType.AddMethod("__bool__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) { return False, nil })
	NoneTypeType.New = func(in *Interp, t *Type, args []Object, kw []string) (Object, error) {
		if len(args) > 0 {
			return nil, Errorf(TypeError, "NoneType takes no arguments")
		}
		return None, nil
	}
	NotImplementedTypeType.Final = true
	NotImplementedTypeType.AddMethod("__repr__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		return NewStr("NotImplemented"), nil
	})
	EllipsisTypeType.Final = true
	EllipsisTypeType.AddMethod("__repr__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		return NewStr("Ellipsis"), nil
	})
	ModuleType.AddMethod("__repr__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		m := self.(*Module)
		if f, ok := m.Dict.GetStr(sFile); ok {
			if fs, ok := f.(*Str); ok {
				return NewStr("<module '" + moduleName(m) + "' from '" + fs.S + "'>"), nil
			}
		}
		return NewStr("<module '" + moduleName(m) + "' (built-in)>"), nil
	})
	ModuleType.AddGetSet("__dict__", func(in *Interp, self Object) (Object, error) { return self.(*Module).Dict, nil }, nil)
	ModuleType.New = func(in *Interp, t *Type, args []Object, kw []string) (Object, error) {
		vals, err := ParseArgs("module", args, kw, []string{"name", "doc"}, 1)
		if err != nil {
			return nil, err
		}
		name, ok := vals[0].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "module.__init__() argument 'name' must be str, not %s", TypeName(vals[0]))
		}
		m := NewModule(name.S)
		if vals[1] != nil {
			m.Dict.SetStr(sDoc, vals[1])
		}
		return m, nil
	}
	CellType.AddMethod("__repr__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		c := self.(*Cell)
		if c.V == nil {
			return NewStr("<cell at " + in.Addr(c) + ": empty>"), nil
		}
		return NewStr("<cell at " + in.Addr(c) + ": " + TypeName(c.V) + " object at " + in.Addr(c.V) + ">"), nil
	})
	setupFunctionTypes()
	setupDescriptorTypes()
	setupSuper()
	setupCodeType()
	setupTracebackTypes()
	setupGeneratorTypes()
}

// NewModule makes an empty module with __name__ set.
func NewModule(name string) *Module {
	m := &Module{Name: name, Dict: NewDict()}
	m.Dict.SetStr(sName, NewStr(name))
	m.Dict.SetStr(sDoc, None)
	m.Dict.SetStr(sPackage, None)
	m.Dict.SetStr(sLoader, None)
	m.Dict.SetStr(sSpec, None)
	return m
}

// defaultRepr is object.__repr__: <__main__.Foo object at 0x...>.
func defaultRepr(in *Interp, o Object) string {
	t := o.Type()
	name := t.Qualname
	if t.Module != "builtins" && t.Module != "" {
		name = t.Module + "." + name
	}
	return "<" + name + " object at " + in.Addr(o) + ">"
}

func attrNameArg(args []Object) (*Str, error) {
	if len(args) != 1 {
		return nil, Errorf(TypeError, "expected 1 argument, got %d", len(args))
	}
	s, ok := args[0].(*Str)
	if !ok {
		return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(args[0]))
	}
	return s, nil
}

func typeTuple(ts []*Type) *Tuple {
	items := make([]Object, len(ts))
	for i, t := range ts {
		items[i] = t
	}
	return NewTuple(items...)
}

func typeList(ts []*Type) *List {
	items := make([]Object, len(ts))
	for i, t := range ts {
		items[i] = t
	}
	return NewList(items)
}

// dirNames is the default dir(o): instance dict keys plus class attributes
// along the MRO, sorted.
func dirNames(in *Interp, o Object) []Object {
	seen := map[string]bool{}
	add := func(d *Dict) {
		if d == nil {
			return
		}
		for _, it := range d.Items() {
			if s, ok := it.Key.(*Str); ok {
				seen[s.S] = true
			}
		}
	}
	if t, ok := o.(*Type); ok {
		for _, c := range t.MRO {
			add(c.Dict)
		}
	} else if m, ok := o.(*Module); ok {
		add(m.Dict)
	} else {
		add(instanceDict(o, false))
		for _, c := range o.Type().MRO {
			add(c.Dict)
		}
	}
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	out := make([]Object, len(names))
	for i, n := range names {
		out[i] = NewStr(n)
	}
	return out
}

// unionType is X | Y on types: a types.UnionType stand-in that prints as
// CPython's does ("int | str"); enough for annotations and isinstance.
func unionType(in *Interp, a Object, args []Object) (Object, error) {
	if len(args) != 1 {
		return NotImplemented, nil
	}
	b := args[0]
	ok := func(x Object) bool {
		switch x.(type) {
		case *Type, *NoneType, *UnionType:
			return true
		}
		return false
	}
	if !ok(a) || !ok(b) {
		return NotImplemented, nil
	}
	var items []Object
	addAll := func(x Object) {
		if u, ok := x.(*UnionType); ok {
			items = append(items, u.Args...)
			return
		}
		if x == Object(None) {
			x = NoneTypeType
		}
		for _, y := range items {
			if y == x {
				return
			}
		}
		items = append(items, x)
	}
	addAll(a)
	addAll(b)
	return &UnionType{Args: items}, nil
}

// UnionType is the value of `int | str`.
type UnionType struct{ Args []Object }

var UnionTypeType = NewBuiltinType("UnionType", ObjectType)

func (*UnionType) Type() *Type { return UnionTypeType }

func init() {
	OnSetup(func() {
		UnionTypeType.Module = "types"
		UnionTypeType.AddMethod("__repr__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
			u := self.(*UnionType)
			s := ""
			for i, a := range u.Args {
				if i > 0 {
					s += " | "
				}
				if t, ok := a.(*Type); ok {
					if t == NoneTypeType {
						s += "None"
					} else if t.Module == "builtins" {
						s += t.Qualname
					} else {
						s += t.Module + "." + t.Qualname
					}
					continue
				}
				r, err := Repr(in, a)
				if err != nil {
					return nil, err
				}
				s += r.S
			}
			return NewStr(s), nil
		})
		UnionTypeType.AddMethod("__or__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
			return unionType(in, self, args)
		})
		UnionTypeType.AddMethod("__ror__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
			if len(args) != 1 {
				return NotImplemented, nil
			}
			return unionType(in, args[0], []Object{self})
		})
		UnionTypeType.AddMethod("__instancecheck__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
			for _, a := range self.(*UnionType).Args {
				if ok, err := IsInstanceOf(in, args[0], a); ok || err != nil {
					return NewBool(ok), err
				}
			}
			return False, nil
		})
		UnionTypeType.AddMethod("__subclasscheck__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
			for _, a := range self.(*UnionType).Args {
				if ok, err := IsSubclassOf(in, args[0], a); ok || err != nil {
					return NewBool(ok), err
				}
			}
			return False, nil
		})
		UnionTypeType.AddGetSet("__args__", func(in *Interp, self Object) (Object, error) {
			return NewTuple(self.(*UnionType).Args...), nil
		}, nil)
	})
}
