package py

// dict_views.go: dict.keys(), dict.values() and dict.items(): live views
// of a dict, with len, iteration, reversed, membership and (for keys and
// items) the set operations.

var (
	DictKeysType   = NewBuiltinType("dict_keys", ObjectType)
	DictValuesType = NewBuiltinType("dict_values", ObjectType)
	DictItemsType  = NewBuiltinType("dict_items", ObjectType)
)

// dictView is a keys, values or items view of d.
type dictView struct {
	d    *Dict
	kind dictIterKind
}

func (v *dictView) Type() *Type {
	return [...]*Type{DictKeysType, DictValuesType, DictItemsType}[v.kind]
}

func dictViewRepr(in *Interp, v *dictView) (*Str, error) {
	name := v.Type().Name
	if !reprEnter(in, v) {
		return NewStr("..."), nil
	}
	defer reprLeave(in, v)
	var items []Object
	switch v.kind {
	case dictIterKeys:
		items = v.d.Keys()
	case dictIterValues:
		items = v.d.Values()
	default:
		for _, it := range v.d.Items() {
			items = append(items, NewTuple(it.Key, it.Value))
		}
	}
	l := &List{Items: items}
	r, err := listRepr(in, l)
	if err != nil {
		return nil, err
	}
	return NewStr(name + "(" + r.S + ")"), nil
}

func dictViewContains(in *Interp, v *dictView, k Object) (bool, error) {
	switch v.kind {
	case dictIterKeys:
		_, ok, err := v.d.GetItem(in, k)
		return ok, err
	case dictIterValues:
		return seqContains(in, v.d.Values(), k)
	}
	t, ok := k.(*Tuple)
	if !ok || len(t.Items) != 2 {
		return false, nil
	}
	val, found, err := v.d.GetItem(in, t.Items[0])
	if err != nil || !found {
		return false, err
	}
	return Eq(in, val, t.Items[1])
}

// viewSet makes a set of the view's elements (keys or (key, value) pairs).
func viewSet(in *Interp, o Object) (*Set, error) {
	s := NewSet()
	return s, s.Update(in, o)
}

// asSetLike reports whether o can be an operand of the view set operations.
func isSetLike(o Object) bool {
	switch v := o.(type) {
	case *Set:
		return true
	case *dictView:
		return v.kind != dictIterValues
	}
	_, ok := AsSet(o)
	return ok
}

func dictViewMethod(f func(in *Interp, v *dictView, args []Object) (Object, error)) Method {
	return func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		return f(in, self.(*dictView), args)
	}
}

func init() {
	OnSetup(func() {
		for _, t := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
			t.AddMethod("__len__", dictViewMethod(func(in *Interp, v *dictView, args []Object) (Object, error) {
				return Int(v.d.used), nil
			}))
			t.AddMethod("__iter__", dictViewMethod(func(in *Interp, v *dictView, args []Object) (Object, error) {
				return newDictIterator(v.d, v.kind), nil
			}))
			t.AddMethod("__reversed__", dictViewMethod(func(in *Interp, v *dictView, args []Object) (Object, error) {
				return Reversed(in, v)
			}))
			t.AddMethod("__repr__", dictViewMethod(func(in *Interp, v *dictView, args []Object) (Object, error) {
				return dictViewRepr(in, v)
			}))
			t.AddMethod("__contains__", dictViewMethod(func(in *Interp, v *dictView, args []Object) (Object, error) {
				ok, err := dictViewContains(in, v, args[0])
				return Bool(ok), err
			}))
			t.AddGetSet("mapping", func(in *Interp, self Object) (Object, error) {
				return &mappingProxy{self.(*dictView).d}, nil
			}, nil)
		}
		for _, t := range []*Type{DictKeysType, DictItemsType} {
			t.AddAttr("__hash__", None)
			binop := func(name string, f func(in *Interp, a *Set, b Object) error) {
				t.AddMethod(name, func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
					s, err := viewSet(in, self)
					if err != nil {
						return nil, err
					}
					if err := f(in, s, args[0]); err != nil {
						return nil, err
					}
					return s, nil
				})
			}
			rbinop := func(name string, f func(in *Interp, a *Set, b Object) error) {
				t.AddMethod(name, func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
					s, err := viewSet(in, args[0])
					if err != nil {
						return nil, err
					}
					if err := f(in, s, self); err != nil {
						return nil, err
					}
					return s, nil
				})
			}
			and := func(in *Interp, s *Set, o Object) error {
				r, err := s.intersection(in, o)
				if err == nil {
					*s = *r
				}
				return err
			}
			or := func(in *Interp, s *Set, o Object) error { return s.Update(in, o) }
			sub := func(in *Interp, s *Set, o Object) error { return s.differenceUpdate(in, o) }
			xor := func(in *Interp, s *Set, o Object) error { return s.symmetricDifferenceUpdate(in, o) }
			binop("__and__", and)
			binop("__or__", or)
			binop("__sub__", sub)
			binop("__xor__", xor)
			rbinop("__rand__", and)
			rbinop("__ror__", or)
			rbinop("__rsub__", sub)
			rbinop("__rxor__", xor)
			t.AddMethod("isdisjoint", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
				o, err := argsOne(t.Name+".isdisjoint", args, kwnames)
				if err != nil {
					return nil, err
				}
				it, err := Iter(in, o)
				if err != nil {
					return nil, err
				}
				for {
					x, err := Next(in, it)
					if err != nil {
						return nil, err
					}
					if x == nil {
						return True, nil
					}
					ok, err := Contains(in, self, x)
					if err != nil {
						return nil, err
					}
					if ok {
						return False, nil
					}
				}
			})
			for _, c := range []struct {
				name string
				op   CompareOp
			}{{"__eq__", CmpEQ}, {"__ne__", CmpNE}, {"__lt__", CmpLT}, {"__le__", CmpLE}, {"__gt__", CmpGT}, {"__ge__", CmpGE}} {
				op := c.op
				t.AddMethod(c.name, func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
					if !isSetLike(args[0]) {
						return NotImplemented, nil
					}
					a, err := viewSet(in, self)
					if err != nil {
						return nil, err
					}
					b, err := viewSet(in, args[0])
					if err != nil {
						return nil, err
					}
					return setCompare(in, a, b, op)
				})
			}
		}
	})
}

// mappingProxy is a read-only view of a mapping (types.MappingProxyType,
// type.__dict__, view.mapping).
type mappingProxy struct{ m Object }

var MappingProxyType = NewBuiltinType("mappingproxy", ObjectType)

func (*mappingProxy) Type() *Type { return MappingProxyType }

// NewMappingProxy wraps d read-only.
func NewMappingProxy(d *Dict) Object { return &mappingProxy{d} }

func mappingProxyNew(in *Interp, t *Type, args []Object, kwnames []string) (Object, error) {
	var a [1]Object
	if err := bindArgs("mappingproxy", args, kwnames, 1, []string{"mapping"}, a[:]); err != nil {
		return nil, err
	}
	m := a[0]
	_, isList := m.(*List)
	_, isTuple := m.(*Tuple)
	if isList || isTuple || LookupType(m.Type(), seqNames.getitem) == nil || LookupType(m.Type(), seqNames.keys) == nil {
		return nil, Errorf(TypeError, "mappingproxy() argument must be a mapping, not %s", TypeName(m))
	}
	return &mappingProxy{m}, nil
}

func init() {
	OnSetup(func() {
		t := MappingProxyType
		t.New = mappingProxyNew
		t.AddAttr("__hash__", None)
		mp := func(f func(in *Interp, m Object, args []Object) (Object, error)) Method {
			return func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
				if len(kwnames) > 0 {
					return nil, Errorf(TypeError, "mappingproxy methods take no keyword arguments")
				}
				return f(in, self.(*mappingProxy).m, args)
			}
		}
		for _, name := range []string{"keys", "values", "items", "get", "copy"} {
			n := Intern(name)
			t.AddMethod(name, mp(func(in *Interp, m Object, args []Object) (Object, error) {
				return CallMethod(in, m, n, args...)
			}))
		}
		t.AddMethod("__getitem__", mp(func(in *Interp, m Object, args []Object) (Object, error) {
			return GetItem(in, m, args[0])
		}))
		t.AddMethod("__contains__", mp(func(in *Interp, m Object, args []Object) (Object, error) {
			ok, err := Contains(in, m, args[0])
			return Bool(ok), err
		}))
		t.AddMethod("__iter__", mp(func(in *Interp, m Object, args []Object) (Object, error) { return Iter(in, m) }))
		t.AddMethod("__reversed__", mp(func(in *Interp, m Object, args []Object) (Object, error) { return Reversed(in, m) }))
		t.AddMethod("__len__", mp(func(in *Interp, m Object, args []Object) (Object, error) {
			n, err := Len(in, m)
			return Int(n), err
		}))
		t.AddMethod("__repr__", mp(func(in *Interp, m Object, args []Object) (Object, error) {
			r, err := Repr(in, m)
			if err != nil {
				return nil, err
			}
			return NewStr("mappingproxy(" + r.S + ")"), nil
		}))
		t.AddMethod("__str__", mp(func(in *Interp, m Object, args []Object) (Object, error) { return ToStr(in, m) }))
		t.AddMethod("__eq__", mp(func(in *Interp, m Object, args []Object) (Object, error) {
			o := args[0]
			if p, ok := o.(*mappingProxy); ok {
				o = p.m
			}
			return RichCompare(in, m, o, CmpEQ)
		}))
		t.AddMethod("__or__", mp(func(in *Interp, m Object, args []Object) (Object, error) {
			o := args[0]
			if p, ok := o.(*mappingProxy); ok {
				o = p.m
			}
			return BinaryOp(in, OpOr, m, o)
		}))
		t.AddMethod("__ror__", mp(func(in *Interp, m Object, args []Object) (Object, error) {
			o := args[0]
			if p, ok := o.(*mappingProxy); ok {
				o = p.m
			}
			return BinaryOp(in, OpOr, o, m)
		}))
	})
}
