package py

// staticmethod, classmethod and property.

// StaticMethod is staticmethod(f).
type StaticMethod struct {
	Func Object
	Dict *Dict
}

func (*StaticMethod) Type() *Type { return StaticMethodType }

// ClassMethod is classmethod(f).
type ClassMethod struct {
	Func Object
	Dict *Dict
}

func (*ClassMethod) Type() *Type { return ClassMethodType }

// Property is property(fget, fset, fdel, doc).
type Property struct {
	Fget, Fset, Fdel Object // nil or None: absent
	Doc              Object
	Name             *Str // set by __set_name__; nil when unknown
	docFromGetter    bool
	class            *Type // the exact type (a property subclass keeps its class)
}

func (p *Property) Type() *Type {
	if p.class != nil {
		return p.class
	}
	return PropertyType
}

func (s *StaticMethod) InstanceDict(create bool) *Dict {
	if s.Dict == nil && create {
		s.Dict = NewDict()
	}
	return s.Dict
}

func (c *ClassMethod) InstanceDict(create bool) *Dict {
	if c.Dict == nil && create {
		c.Dict = NewDict()
	}
	return c.Dict
}

// accessorError is CPython 3.11's "property 'x' of 'C' object has no setter".
func (p *Property) accessorError(obj Object, what string) *Exception {
	q := obj.Type().Qualname
	if p.Name != nil {
		return Errorf(AttributeError, "property '%s' of '%s' object has no %s", p.Name.S, q, what)
	}
	return Errorf(AttributeError, "property of '%s' object has no %s", q, what)
}

func isAbsent(o Object) bool { return o == nil || o == Object(None) }

func setupDescriptorTypes() {
	wrapNew := func(make func(f Object) Object, name string) func(in *Interp, t *Type, args []Object, kw []string) (Object, error) {
		return func(in *Interp, t *Type, args []Object, kw []string) (Object, error) {
			if len(kw) > 0 {
				return nil, Errorf(TypeError, "%s() takes no keyword arguments", name)
			}
			if len(args) != 1 {
				return nil, Errorf(TypeError, "%s expected 1 argument, got %d", name, len(args))
			}
			return make(args[0]), nil
		}
	}
	StaticMethodType.New = wrapNew(func(f Object) Object { return &StaticMethod{Func: f} }, "staticmethod")
	ClassMethodType.New = wrapNew(func(f Object) Object { return &ClassMethod{Func: f} }, "classmethod")
	for _, t := range []*Type{StaticMethodType, ClassMethodType} {
		t.AddMethod("__init__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) { return None, nil })
		t.AddGetSet("__func__", func(in *Interp, self Object) (Object, error) { return wrappedFunc(self), nil }, nil)
		t.AddGetSet("__wrapped__", func(in *Interp, self Object) (Object, error) { return wrappedFunc(self), nil }, nil)
		t.AddGetSet("__isabstractmethod__", func(in *Interp, self Object) (Object, error) {
			v, err := GetAttrOpt(in, wrappedFunc(self), Intern("__isabstractmethod__"))
			if v == nil || err != nil {
				return False, err
			}
			return v, nil
		}, nil)
		for _, n := range []string{"__name__", "__qualname__", "__doc__", "__module__"} {
			name := Intern(n)
			t.AddGetSet(n, func(in *Interp, self Object) (Object, error) {
				if d := instanceDict(self, false); d != nil {
					if v, ok := d.GetStr(name); ok {
						return v, nil
					}
				}
				return GetAttr(in, wrappedFunc(self), name)
			}, func(in *Interp, self Object, v Object) error {
				instanceDict(self, true).SetStr(name, v)
				return nil
			})
		}
		t.AddGetSet("__dict__", func(in *Interp, self Object) (Object, error) { return instanceDict(self, true), nil }, nil)
		kind := t.Name
		t.AddMethod("__repr__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
			r, err := Repr(in, wrappedFunc(self))
			if err != nil {
				return nil, err
			}
			return NewStr("<" + kind + "(" + r.S + ")>"), nil
		})
	}
	StaticMethodType.AddMethod("__get__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		return self.(*StaticMethod).Func, nil
	})
	StaticMethodType.AddMethod("__call__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		return Call(in, self.(*StaticMethod).Func, args, kw)
	})
	ClassMethodType.AddMethod("__get__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		var obj Object
		var owner *Type
		if len(args) > 0 && args[0] != Object(None) {
			obj = args[0]
		}
		if len(args) > 1 {
			owner, _ = args[1].(*Type)
		}
		if owner == nil && obj != nil {
			owner = obj.Type()
		}
		return descrGet(in, self, obj, owner)
	})

	pt := PropertyType
	pt.New = func(in *Interp, t *Type, args []Object, kw []string) (Object, error) {
		p := &Property{Doc: None}
		if t != PropertyType {
			p.class = t
		}
		return p, nil
	}
	pt.AddMethod("__init__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		p := asProperty(self)
		vals, err := ParseArgs("property", args, kw, []string{"fget", "fset", "fdel", "doc"}, 0)
		if err != nil {
			return nil, err
		}
		p.Fget, p.Fset, p.Fdel = vals[0], vals[1], vals[2]
		p.Doc = vals[3]
		if isAbsent(p.Doc) && !isAbsent(p.Fget) {
			if d, err := GetAttrOpt(in, p.Fget, sDoc); err == nil && d != nil {
				p.Doc = d
				p.docFromGetter = true
			}
		}
		if p.Doc == nil {
			p.Doc = None
		}
		return None, nil
	})
	for i, n := range []string{"fget", "fset", "fdel"} {
		i := i
		pt.AddGetSet(n, func(in *Interp, self Object) (Object, error) {
			p := asProperty(self)
			v := [...]Object{p.Fget, p.Fset, p.Fdel}[i]
			if v == nil {
				return None, nil
			}
			return v, nil
		}, nil)
	}
	pt.AddGetSet("__doc__", func(in *Interp, self Object) (Object, error) {
		return asProperty(self).Doc, nil
	}, func(in *Interp, self Object, v Object) error {
		if v == nil {
			v = None
		}
		asProperty(self).Doc = v
		return nil
	})
	pt.AddGetSet("__isabstractmethod__", func(in *Interp, self Object) (Object, error) {
		p := asProperty(self)
		for _, f := range []Object{p.Fget, p.Fset, p.Fdel} {
			if !isAbsent(f) {
				if v, err := GetAttrOpt(in, f, Intern("__isabstractmethod__")); err == nil && v != nil {
					if t, _ := Truth(in, v); t {
						return True, nil
					}
				}
			}
		}
		return False, nil
	}, nil)
	copyWith := func(which int) Method {
		return func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
			if err := exactArgs([...]string{"getter", "setter", "deleter"}[which], args, kw, 1); err != nil {
				return nil, err
			}
			p := asProperty(self)
			q := *p
			switch which {
			case 0:
				q.Fget = args[0]
				if p.docFromGetter || isAbsent(p.Doc) {
					q.Doc = None
					if d, err := GetAttrOpt(in, args[0], sDoc); err == nil && d != nil {
						q.Doc = d
						q.docFromGetter = true
					}
				}
			case 1:
				q.Fset = args[0]
			case 2:
				q.Fdel = args[0]
			}
			return &q, nil
		}
	}
	pt.AddMethod("getter", copyWith(0))
	pt.AddMethod("setter", copyWith(1))
	pt.AddMethod("deleter", copyWith(2))
	pt.AddMethod("__get__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		if len(args) < 1 || args[0] == Object(None) {
			return self, nil
		}
		return descrGet(in, asProperty(self), args[0], nil)
	})
	pt.AddMethod("__set__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		if err := exactArgs("__set__", args, kw, 2); err != nil {
			return nil, err
		}
		_, err := descrSet(in, asProperty(self), args[0], args[1])
		return None, err
	})
	pt.AddMethod("__delete__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		if err := exactArgs("__delete__", args, kw, 1); err != nil {
			return nil, err
		}
		_, err := descrSet(in, asProperty(self), args[0], nil)
		return None, err
	})
	pt.AddMethod("__set_name__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		if len(args) == 2 {
			if s, ok := args[1].(*Str); ok {
				asProperty(self).Name = s
			}
		}
		return None, nil
	})
}

func wrappedFunc(o Object) Object {
	switch x := o.(type) {
	case *StaticMethod:
		return x.Func
	case *ClassMethod:
		return x.Func
	}
	return None
}

// asProperty unwraps a property (or an instance of a property subclass).
func asProperty(o Object) *Property {
	switch x := o.(type) {
	case *Property:
		return x
	case *Instance:
		if p, ok := x.Base.(*Property); ok {
			return p
		}
	}
	return &Property{Doc: None}
}

// ParseArgs binds a built-in's arguments to named parameters: the first
// `required` are mandatory; missing optional ones are nil. Errors follow
// CPython's argument-clinic texts.
func ParseArgs(fname string, args []Object, kwnames []string, names []string, required int) ([]Object, error) {
	npos := len(args) - len(kwnames)
	if npos > len(names) {
		if len(names) == required {
			return nil, Errorf(TypeError, "%s() takes exactly %d positional argument%s (%d given)", fname, len(names), plural(len(names)), npos)
		}
		return nil, Errorf(TypeError, "%s() takes at most %d argument%s (%d given)", fname, len(names), plural(len(names)), npos)
	}
	vals := make([]Object, len(names))
	copy(vals, args[:npos])
	for i, k := range kwnames {
		j := -1
		for n, name := range names {
			if name == k {
				j = n
				break
			}
		}
		if j < 0 {
			return nil, Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
		if vals[j] != nil {
			return nil, Errorf(TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, k, j+1)
		}
		vals[j] = args[npos+i]
	}
	for i := 0; i < required; i++ {
		if vals[i] == nil {
			return nil, Errorf(TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	return vals, nil
}
