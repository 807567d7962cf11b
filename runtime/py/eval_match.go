package py

// Helpers of the eval loop for structural pattern matching.

func mroHasABC(t *Type, names ...string) bool {
	for _, c := range t.MRO {
		if c.Module == "collections.abc" || c.Module == "_collections_abc" || c.Module == "typing" {
			for _, n := range names {
				if c.Name == n {
					return true
				}
			}
		}
	}
	return false
}

func isMappingForMatch(x Object) bool {
	if _, ok := AsDict(x); ok {
		return true
	}
	return mroHasABC(x.Type(), "Mapping", "MutableMapping")
}

func isSequenceForMatch(x Object) bool {
	switch x.(type) {
	case *List, *Tuple, *Range:
		return true
	case *Str, *Bytes, *ByteArray:
		return false
	}
	t := x.Type()
	for _, c := range t.MRO {
		switch c {
		case ListType, TupleType, RangeType:
			return true
		case StrType, BytesType, ByteArrayType:
			return false
		}
		if c.Name == "deque" && c.Module == "collections" {
			return true
		}
	}
	return mroHasABC(t, "Sequence", "MutableSequence")
}

// matchKeys is MATCH_KEYS: the values of keys in x, or ok == false.
func matchKeys(in *Interp, x Object, keysObj Object) (Object, bool, error) {
	keys := keysObj.(*Tuple).Items
	if len(keys) == 0 {
		return NewTuple(), true, nil
	}
	seen := NewSet()
	vals := make([]Object, 0, len(keys))
	d, isDict := AsDict(x)
	var get Object
	if !isDict {
		var err error
		if get, err = GetAttr(in, x, Intern("get")); err != nil {
			return nil, false, err
		}
	}
	sentinel := &Instance{Class: ObjectType}
	for _, k := range keys {
		dup, err := seen.Contains(in, k)
		if err != nil {
			return nil, false, err
		}
		if dup {
			r, _ := Repr(in, k)
			return nil, false, Errorf(ValueError, "mapping pattern checks duplicate key (%s)", r.S)
		}
		if err := seen.Add(in, k); err != nil {
			return nil, false, err
		}
		var v Object
		if isDict && d.Type() == DictType {
			var ok bool
			if v, ok, err = d.GetItem(in, k); err != nil {
				return nil, false, err
			}
			if !ok {
				return nil, false, nil
			}
		} else {
			if get == nil {
				if get, err = GetAttr(in, x, Intern("get")); err != nil {
					return nil, false, err
				}
			}
			if v, err = Call(in, get, []Object{k, sentinel}, nil); err != nil {
				return nil, false, err
			}
			if v == Object(sentinel) {
				return nil, false, nil
			}
		}
		vals = append(vals, v)
	}
	return NewTuple(vals...), true, nil
}

// selfMatching are the built-in classes whose single positional
// sub-pattern matches the subject itself.
func selfMatching(t *Type) bool {
	for _, c := range []*Type{BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, SetType, StrType, TupleType} {
		if t == c {
			return true
		}
	}
	return false
}

// matchClass is MATCH_CLASS: the tuple of sub-pattern values, or nil.
func matchClass(in *Interp, subject, clsObj, namesObj Object, count int) (Object, error) {
	cls, ok := clsObj.(*Type)
	if !ok {
		return nil, Errorf(TypeError, "called match pattern must be a class")
	}
	okInst, err := IsInstanceOf(in, subject, cls)
	if err != nil || !okInst {
		return nil, err
	}
	names := namesObj.(*Tuple).Items
	var vals []Object
	var seen []string
	if count > 0 {
		ma, err := GetAttrOpt(in, cls, Intern("__match_args__"))
		if err != nil {
			return nil, err
		}
		if ma == nil {
			if selfMatching(cls) || (cls.Builtin && selfMatching(cls.Solid)) {
				if count > 1 {
					return nil, Errorf(TypeError, "%s() accepts 1 positional sub-pattern (%d given)", cls.Name, count)
				}
				vals = append(vals, subject)
			} else {
				return nil, Errorf(TypeError, "%s() accepts 0 positional sub-patterns (%d given)", cls.Name, count)
			}
		} else {
			mt, ok := ma.(*Tuple)
			if !ok {
				return nil, Errorf(TypeError, "%s.__match_args__ must be a tuple (got %s)", cls.Name, TypeName(ma))
			}
			if count > len(mt.Items) {
				return nil, Errorf(TypeError, "%s() accepts %d positional sub-pattern%s (%d given)", cls.Name, len(mt.Items), plural(len(mt.Items)), count)
			}
			for _, n := range mt.Items[:count] {
				s, ok := n.(*Str)
				if !ok {
					return nil, Errorf(TypeError, "__match_args__ elements must be strings (got %s)", TypeName(n))
				}
				seen = append(seen, s.S)
				v, err := GetAttrOpt(in, subject, s)
				if err != nil || v == nil {
					return nil, err
				}
				vals = append(vals, v)
			}
		}
	}
	for _, n := range names {
		s := n.(*Str)
		for _, p := range seen {
			if p == s.S {
				return nil, Errorf(TypeError, "%s() got multiple sub-patterns for attribute '%s'", cls.Name, s.S)
			}
		}
		seen = append(seen, s.S)
		v, err := GetAttrOpt(in, subject, s)
		if err != nil || v == nil {
			return nil, err
		}
		vals = append(vals, v)
	}
	return NewTuple(vals...), nil
}

func copyDictWithoutKeys(in *Interp, x, keysObj Object) (Object, error) {
	d := NewDict()
	if err := dictUpdate(in, d, x); err != nil {
		return nil, err
	}
	for _, k := range keysObj.(*Tuple).Items {
		if _, err := d.DelItem(in, k); err != nil {
			return nil, err
		}
	}
	return d, nil
}
