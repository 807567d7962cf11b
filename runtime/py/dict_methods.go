package py

import "strings"

// dict_methods.go: the dict methods and operators, the dict constructor
// (dict.__new__ makes an empty dict, dict.__init__ fills it, as in
// CPython), repr and equality.

func dictRepr(in *Interp, d *Dict) (*Str, error) {
	if d.used == 0 {
		return NewStr("{}"), nil
	}
	scalars := true
	for i := range d.entries {
		if e := &d.entries[i]; e.key != nil && !(isScalar(e.key) && isScalar(e.value)) {
			scalars = false
			break
		}
	}
	if !scalars {
		if !reprEnter(in, d) {
			return NewStr("{...}"), nil
		}
		defer reprLeave(in, d)
		if err := reprDepthEnter(in); err != nil {
			return nil, err
		}
		defer reprDepthLeave(in)
	}
	var b strings.Builder
	b.WriteByte('{')
	first := true
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key == nil {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		if err := appendRepr(in, &b, e.key); err != nil {
			return nil, err
		}
		b.WriteString(": ")
		if err := appendRepr(in, &b, e.value); err != nil {
			return nil, err
		}
	}
	b.WriteByte('}')
	return NewStr(b.String()), nil
}

// dictEqual is a == b for two dicts.
func dictEqual(in *Interp, a, b *Dict) (bool, error) {
	if a.used != b.used {
		return false, nil
	}
	for i := 0; i < len(a.entries); i++ {
		e := a.entries[i]
		if e.key == nil {
			continue
		}
		ix, err := b.lookup(in, e.key, e.hash)
		if err != nil {
			return false, err
		}
		if ix < 0 {
			return false, nil
		}
		eq, err := Eq(in, e.value, b.entries[ix].value)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// Merge adds every item of the dict o to d (later values win).
func (d *Dict) Merge(in *Interp, o *Dict) error {
	if o == d || o.used == 0 {
		return nil
	}
	if d.used == 0 && o.used == len(o.entries) {
		*d = *o.Copy()
		return nil
	}
	for i := 0; i < len(o.entries); i++ {
		e := o.entries[i]
		if e.key == nil {
			continue
		}
		if err := d.setItemHashed(in, e.key, e.hash, e.value); err != nil {
			return err
		}
	}
	return nil
}

// isPlainDict reports whether o is a dict whose iteration and keys() are
// dict's own (so its items can be copied directly).
func plainDict(o Object) (*Dict, bool) {
	switch v := o.(type) {
	case *Dict:
		return v, true
	case *Instance:
		if d, ok := v.Base.(*Dict); ok {
			if LookupType(v.Class, seqNames.keys) == dictKeysDescr() && LookupType(v.Class, seqNames.getitem) == dictGetItemDescr() {
				return d, true
			}
		}
	}
	return nil, false
}

func dictKeysDescr() Object    { v, _ := DictType.Dict.GetStr(seqNames.keys); return v }
func dictGetItemDescr() Object { v, _ := DictType.Dict.GetStr(seqNames.getitem); return v }

// UpdateFrom is dict.update(arg): a mapping (anything with keys()) or an
// iterable of pairs.
func (d *Dict) UpdateFrom(in *Interp, arg Object) error {
	if o, ok := plainDict(arg); ok {
		return d.Merge(in, o)
	}
	keys, err := GetAttrOpt(in, arg, seqNames.keys)
	if err != nil {
		return err
	}
	if keys != nil {
		ks, err := Call(in, keys, nil, nil)
		if err != nil {
			return err
		}
		it, err := Iter(in, ks)
		if err != nil {
			return err
		}
		for {
			k, err := Next(in, it)
			if err != nil {
				return err
			}
			if k == nil {
				return nil
			}
			v, err := GetItem(in, arg, k)
			if err != nil {
				return err
			}
			if err := d.SetItem(in, k, v); err != nil {
				return err
			}
		}
	}
	return d.updateFromPairs(in, arg)
}

func (d *Dict) updateFromPairs(in *Interp, arg Object) error {
	it, err := Iter(in, arg)
	if err != nil {
		return err
	}
	for i := 0; ; i++ {
		x, err := Next(in, it)
		if err != nil {
			return err
		}
		if x == nil {
			return nil
		}
		var pair []Object
		switch p := x.(type) {
		case *Tuple:
			pair = p.Items
		case *List:
			pair = p.Items
		default:
			if _, err := Iter(in, x); err != nil {
				return Errorf(TypeError, "cannot convert dictionary update sequence element #%d to a sequence", i)
			}
			if pair, err = Collect(in, x); err != nil {
				return err
			}
		}
		if len(pair) != 2 {
			return Errorf(ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		if err := d.SetItem(in, pair[0], pair[1]); err != nil {
			return err
		}
	}
}

// updateKwargs stores keyword arguments (names then values).
func (d *Dict) updateKwargs(kwnames []string, values []Object) {
	for i, k := range kwnames {
		d.SetStr(Intern(k), values[i])
	}
}

// dictUpdateArgs is the shared body of dict.__init__ and dict.update.
func dictUpdateArgs(in *Interp, d *Dict, name string, args []Object, kwnames []string) error {
	npos := len(args) - len(kwnames)
	if npos > 1 {
		return Errorf(TypeError, "%s expected at most 1 argument, got %d", name, npos)
	}
	if npos == 1 {
		if err := d.UpdateFrom(in, args[0]); err != nil {
			return err
		}
	}
	d.updateKwargs(kwnames, args[npos:])
	return nil
}

func dictNew(in *Interp, t *Type, args []Object, kwnames []string) (Object, error) {
	return newBuiltinInstance(t, DictType, NewDict()), nil
}

// NewDictFrom is dict(*args, **kwargs) in one step.
func NewDictFrom(in *Interp, args []Object, kwnames []string) (*Dict, error) {
	d := NewDict()
	return d, dictUpdateArgs(in, d, "dict", args, kwnames)
}

func dictMethod(f func(in *Interp, d *Dict, self Object, args []Object, kwnames []string) (Object, error)) Method {
	return func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		d, ok := AsDict(self)
		if !ok {
			return nil, Errorf(TypeError, "descriptor requires a 'dict' object but received a '%s'", TypeName(self))
		}
		return f(in, d, self, args, kwnames)
	}
}

// dictSubscript is dict.__getitem__, with __missing__ for subclasses.
func dictSubscript(in *Interp, d *Dict, self, k Object) (Object, error) {
	v, ok, err := d.GetItem(in, k)
	if err != nil {
		return nil, err
	}
	if ok {
		return v, nil
	}
	if _, exact := self.(*Dict); !exact {
		m, err := LookupSpecial(in, self, seqNames.missing)
		if err != nil {
			return nil, err
		}
		if m != nil {
			return Call(in, m, []Object{k}, nil)
		}
	}
	return nil, keyError(k)
}

func init() {
	OnSetup(func() {
		t := DictType
		t.New = dictNew
		t.AddAttr("__hash__", None)
		t.AddClassMethod("__class_getitem__", classGetItem)
		t.AddMethod("__init__", dictMethod(func(in *Interp, d *Dict, self Object, args []Object, kwnames []string) (Object, error) {
			return None, dictUpdateArgs(in, d, "dict", args, kwnames)
		}))
		t.AddMethod("update", dictMethod(func(in *Interp, d *Dict, self Object, args []Object, kwnames []string) (Object, error) {
			return None, dictUpdateArgs(in, d, "update", args, kwnames)
		}))
		t.AddMethod("keys", dictMethod(func(in *Interp, d *Dict, self Object, args []Object, kwnames []string) (Object, error) {
			if err := argsNone("dict.keys", args, kwnames); err != nil {
				return nil, err
			}
			return &dictView{d, dictIterKeys}, nil
		}))
		t.AddMethod("values", dictMethod(func(in *Interp, d *Dict, self Object, args []Object, kwnames []string) (Object, error) {
			if err := argsNone("dict.values", args, kwnames); err != nil {
				return nil, err
			}
			return &dictView{d, dictIterValues}, nil
		}))
		t.AddMethod("items", dictMethod(func(in *Interp, d *Dict, self Object, args []Object, kwnames []string) (Object, error) {
			if err := argsNone("dict.items", args, kwnames); err != nil {
				return nil, err
			}
			return &dictView{d, dictIterItems}, nil
		}))
		t.AddMethod("get", dictMethod(func(in *Interp, d *Dict, self Object, args []Object, kwnames []string) (Object, error) {
			if err := argsRange("dict.get", "get", args, kwnames, 1, 2); err != nil {
				return nil, err
			}
			v, ok, err := d.GetItem(in, args[0])
			if err != nil {
				return nil, err
			}
			if ok {
				return v, nil
			}
			if len(args) == 2 {
				return args[1], nil
			}
			return None, nil
		}))
		t.AddMethod("setdefault", dictMethod(func(in *Interp, d *Dict, self Object, args []Object, kwnames []string) (Object, error) {
			if err := argsRange("dict.setdefault", "setdefault", args, kwnames, 1, 2); err != nil {
				return nil, err
			}
			var def Object = None
			if len(args) == 2 {
				def = args[1]
			}
			h, err := hashKey(in, args[0])
			if err != nil {
				return nil, err
			}
			ix, err := d.lookup(in, args[0], h)
			if err != nil {
				return nil, err
			}
			if ix >= 0 {
				return d.entries[ix].value, nil
			}
			d.insertNew(args[0], h, def)
			return def, nil
		}))
		t.AddMethod("pop", dictMethod(func(in *Interp, d *Dict, self Object, args []Object, kwnames []string) (Object, error) {
			if err := argsRange("dict.pop", "pop", args, kwnames, 1, 2); err != nil {
				return nil, err
			}
			v, err := d.popKey(in, args[0])
			if err != nil {
				return nil, err
			}
			if v != nil {
				return v, nil
			}
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, keyError(args[0])
		}))
		t.AddMethod("popitem", dictMethod(func(in *Interp, d *Dict, self Object, args []Object, kwnames []string) (Object, error) {
			if err := argsNone("dict.popitem", args, kwnames); err != nil {
				return nil, err
			}
			it, ok := d.popLast()
			if !ok {
				return nil, NewException(KeyError, NewStr("popitem(): dictionary is empty"))
			}
			return NewTuple(it.Key, it.Value), nil
		}))
		t.AddMethod("copy", dictMethod(func(in *Interp, d *Dict, self Object, args []Object, kwnames []string) (Object, error) {
			if err := argsNone("dict.copy", args, kwnames); err != nil {
				return nil, err
			}
			return d.Copy(), nil
		}))
		t.AddMethod("clear", dictMethod(func(in *Interp, d *Dict, self Object, args []Object, kwnames []string) (Object, error) {
			if err := argsNone("dict.clear", args, kwnames); err != nil {
				return nil, err
			}
			d.Clear()
			return None, nil
		}))
		t.AddClassMethod("fromkeys", func(in *Interp, cls Object, args []Object, kwnames []string) (Object, error) {
			if err := argsRange("dict.fromkeys", "fromkeys", args, kwnames, 1, 2); err != nil {
				return nil, err
			}
			var v Object = None
			if len(args) == 2 {
				v = args[1]
			}
			var target Object
			var d *Dict
			if cls == DictType {
				d = NewDict()
				target = d
			} else {
				var err error
				if target, err = Call(in, cls, nil, nil); err != nil {
					return nil, err
				}
			}
			it, err := Iter(in, args[0])
			if err != nil {
				return nil, err
			}
			for {
				k, err := Next(in, it)
				if err != nil {
					return nil, err
				}
				if k == nil {
					return target, nil
				}
				if d != nil {
					err = d.SetItem(in, k, v)
				} else {
					err = SetItem(in, target, k, v)
				}
				if err != nil {
					return nil, err
				}
			}
		})
		t.AddMethod("__len__", dictMethod(func(in *Interp, d *Dict, self Object, args []Object, kwnames []string) (Object, error) {
			return Int(d.used), nil
		}))
		t.AddMethod("__iter__", dictMethod(func(in *Interp, d *Dict, self Object, args []Object, kwnames []string) (Object, error) {
			return newDictIterator(d, dictIterKeys), nil
		}))
		t.AddMethod("__reversed__", dictMethod(func(in *Interp, d *Dict, self Object, args []Object, kwnames []string) (Object, error) {
			return Reversed(in, d)
		}))
		t.AddMethod("__repr__", dictMethod(func(in *Interp, d *Dict, self Object, args []Object, kwnames []string) (Object, error) {
			return dictRepr(in, d)
		}))
		t.AddMethod("__getitem__", dictMethod(func(in *Interp, d *Dict, self Object, args []Object, kwnames []string) (Object, error) {
			k, err := argsOne("dict.__getitem__", args, kwnames)
			if err != nil {
				return nil, err
			}
			return dictSubscript(in, d, self, k)
		}))
		t.AddMethod("__setitem__", dictMethod(func(in *Interp, d *Dict, self Object, args []Object, kwnames []string) (Object, error) {
			if err := argsRange("dict.__setitem__", "__setitem__", args, kwnames, 2, 2); err != nil {
				return nil, err
			}
			return None, d.SetItem(in, args[0], args[1])
		}))
		t.AddMethod("__delitem__", dictMethod(func(in *Interp, d *Dict, self Object, args []Object, kwnames []string) (Object, error) {
			k, err := argsOne("dict.__delitem__", args, kwnames)
			if err != nil {
				return nil, err
			}
			ok, err := d.DelItem(in, k)
			if err == nil && !ok {
				err = keyError(k)
			}
			return None, err
		}))
		t.AddMethod("__contains__", dictMethod(func(in *Interp, d *Dict, self Object, args []Object, kwnames []string) (Object, error) {
			k, err := argsOne("dict.__contains__", args, kwnames)
			if err != nil {
				return nil, err
			}
			_, ok, err := d.GetItem(in, k)
			return Bool(ok), err
		}))
		eqne := func(ne bool) Method {
			return dictMethod(func(in *Interp, d *Dict, self Object, args []Object, kwnames []string) (Object, error) {
				o, ok := AsDict(args[0])
				if !ok {
					return NotImplemented, nil
				}
				eq, err := dictEqual(in, d, o)
				return Bool(eq != ne), err
			})
		}
		t.AddMethod("__eq__", eqne(false))
		t.AddMethod("__ne__", eqne(true))
		t.AddMethod("__or__", dictMethod(func(in *Interp, d *Dict, self Object, args []Object, kwnames []string) (Object, error) {
			o, ok := AsDict(args[0])
			if !ok {
				return NotImplemented, nil
			}
			r := d.Copy()
			return r, r.Merge(in, o)
		}))
		t.AddMethod("__ror__", dictMethod(func(in *Interp, d *Dict, self Object, args []Object, kwnames []string) (Object, error) {
			o, ok := AsDict(args[0])
			if !ok {
				return NotImplemented, nil
			}
			r := o.Copy()
			return r, r.Merge(in, d)
		}))
		t.AddMethod("__ior__", dictMethod(func(in *Interp, d *Dict, self Object, args []Object, kwnames []string) (Object, error) {
			if err := d.UpdateFrom(in, args[0]); err != nil {
				return nil, err
			}
			return self, nil
		}))
	})
}
