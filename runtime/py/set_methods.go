package py

import "strings"

// set_methods.go: the methods and operators of set and frozenset, written
// after CPython 3.11's algorithms (which operand is iterated, which set is
// copied) so that the resulting sets iterate in CPython's order.

// setOf returns the set a (built-in or subclass) set-like argument holds.
func setOf(o Object) (*Set, bool) { return AsSet(o) }

// newSetLike makes an empty set of the kind of s (set or frozenset).
func newSetLike(s *Set) *Set { return &Set{frozen: s.frozen, hash: -1} }

// setFromIterable is set(iterable) / frozenset(iterable).
func setFromIterable(in *Interp, it Object, frozen bool) (*Set, error) {
	s := &Set{frozen: frozen, hash: -1}
	if it == nil {
		return s, nil
	}
	return s, s.Update(in, it)
}

// intersection is set_intersection: a new set like s.
func (s *Set) intersection(in *Interp, other Object) (*Set, error) {
	if o, ok := setOf(other); ok {
		if o == s {
			return s.copySet(s.frozen), nil
		}
		result := newSetLike(s)
		a, b := s, o
		if b.used > a.used {
			a, b = b, a
		}
		for pos := 0; ; {
			var k Object
			var h int64
			var ok bool
			pos, k, h, ok = b.nextHashed(pos)
			if !ok {
				break
			}
			found, err := a.containsHashed(in, k, h)
			if err != nil {
				return nil, err
			}
			if found {
				if err := result.addHashed(in, k, h); err != nil {
					return nil, err
				}
			}
		}
		return result, nil
	}
	result := newSetLike(s)
	it, err := Iter(in, other)
	if err != nil {
		return nil, err
	}
	for {
		k, err := Next(in, it)
		if err != nil {
			return nil, err
		}
		if k == nil {
			return result, nil
		}
		h, err := hashKey(in, k)
		if err != nil {
			return nil, err
		}
		found, err := s.containsHashed(in, k, h)
		if err != nil {
			return nil, err
		}
		if found {
			if err := result.addHashed(in, k, h); err != nil {
				return nil, err
			}
		}
	}
}

// differenceUpdate is set_difference_update_internal.
func (s *Set) differenceUpdate(in *Interp, other Object) error {
	if o, ok := setOf(other); ok {
		if o == s {
			s.clear()
			return nil
		}
		if o.used>>3 > s.used {
			r, err := s.intersection(in, o)
			if err != nil {
				return err
			}
			o = r
		}
		for pos := 0; ; {
			var k Object
			var h int64
			var ok bool
			pos, k, h, ok = o.nextHashed(pos)
			if !ok {
				break
			}
			if _, err := s.discardHashed(in, k, h); err != nil {
				return err
			}
		}
	} else {
		it, err := Iter(in, other)
		if err != nil {
			return err
		}
		for {
			k, err := Next(in, it)
			if err != nil {
				return err
			}
			if k == nil {
				break
			}
			if _, err := s.Discard(in, k); err != nil {
				return err
			}
		}
	}
	if s.fill-s.used <= s.mask()/4 {
		return nil
	}
	if s.used > 50000 {
		s.resize(s.used * 2)
	} else {
		s.resize(s.used * 4)
	}
	return nil
}

// difference is set_difference: a new set like s.
func (s *Set) difference(in *Interp, other Object) (*Set, error) {
	otherSize := -1
	var od *Dict
	if o, ok := setOf(other); ok {
		otherSize = o.used
	} else if d, ok := other.(*Dict); ok {
		otherSize = d.used
		od = d
	}
	if otherSize < 0 || s.used>>2 > otherSize {
		r := s.copySet(s.frozen)
		return r, r.differenceUpdate(in, other)
	}
	result := newSetLike(s)
	for pos := 0; ; {
		var k Object
		var h int64
		var ok bool
		pos, k, h, ok = s.nextHashed(pos)
		if !ok {
			break
		}
		var found bool
		var err error
		if od != nil {
			var ix int
			ix, err = od.lookup(in, k, h)
			found = ix >= 0
		} else {
			o, _ := setOf(other)
			found, err = o.containsHashed(in, k, h)
		}
		if err != nil {
			return nil, err
		}
		if !found {
			if err := result.addHashed(in, k, h); err != nil {
				return nil, err
			}
		}
	}
	return result, nil
}

// symmetricDifferenceUpdate is set_symmetric_difference_update.
func (s *Set) symmetricDifferenceUpdate(in *Interp, other Object) error {
	if o, ok := setOf(other); ok && o == s {
		s.clear()
		return nil
	}
	if d, ok := other.(*Dict); ok {
		for pos := 0; pos < len(d.entries); pos++ {
			e := d.entries[pos]
			if e.key == nil {
				continue
			}
			removed, err := s.discardHashed(in, e.key, e.hash)
			if err != nil {
				return err
			}
			if !removed {
				if err := s.addHashed(in, e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	o, ok := setOf(other)
	if !ok {
		var err error
		if o, err = setFromIterable(in, other, false); err != nil {
			return err
		}
	}
	for pos := 0; ; {
		var k Object
		var h int64
		var ok bool
		pos, k, h, ok = o.nextHashed(pos)
		if !ok {
			break
		}
		removed, err := s.discardHashed(in, k, h)
		if err != nil {
			return err
		}
		if !removed {
			if err := s.addHashed(in, k, h); err != nil {
				return err
			}
		}
	}
	return nil
}

// symmetricDifference is set_symmetric_difference.
func (s *Set) symmetricDifference(in *Interp, other Object) (*Set, error) {
	r, err := setFromIterable(in, other, s.frozen)
	if err != nil {
		return nil, err
	}
	return r, r.symmetricDifferenceUpdate(in, s)
}

// isSubset reports whether every element of s is in o.
func (s *Set) isSubset(in *Interp, o *Set) (bool, error) {
	if s.used > o.used {
		return false, nil
	}
	for pos := 0; ; {
		var k Object
		var h int64
		var ok bool
		pos, k, h, ok = s.nextHashed(pos)
		if !ok {
			return true, nil
		}
		found, err := o.containsHashed(in, k, h)
		if err != nil || !found {
			return false, err
		}
	}
}

// setCompare is the rich comparison of two sets (subset order).
func setCompare(in *Interp, a, b *Set, op CompareOp) (Object, error) {
	switch op {
	case CmpEQ, CmpNE:
		eq := a.used == b.used
		if eq {
			if a.frozen && b.frozen && a.hash != -1 && b.hash != -1 && a.hash != b.hash {
				eq = false
			} else {
				var err error
				if eq, err = a.isSubset(in, b); err != nil {
					return nil, err
				}
			}
		}
		return Bool(eq == (op == CmpEQ)), nil
	case CmpLE:
		r, err := a.isSubset(in, b)
		return Bool(r), err
	case CmpGE:
		r, err := b.isSubset(in, a)
		return Bool(r), err
	case CmpLT:
		if a.used >= b.used {
			return False, nil
		}
		r, err := a.isSubset(in, b)
		return Bool(r), err
	}
	if b.used >= a.used {
		return False, nil
	}
	r, err := b.isSubset(in, a)
	return Bool(r), err
}

func setRepr(in *Interp, s *Set, t *Type) (*Str, error) {
	name := t.Name
	if s.used == 0 {
		return NewStr(name + "()"), nil
	}
	if !reprEnter(in, s) {
		return NewStr(name + "(...)"), nil
	}
	defer reprLeave(in, s)
	if err := reprDepthEnter(in); err != nil {
		return nil, err
	}
	defer reprDepthLeave(in)
	var b strings.Builder
	wrap := t != SetType
	if wrap {
		b.WriteString(name)
		b.WriteByte('(')
	}
	b.WriteByte('{')
	first := true
	for pos := 0; ; {
		var k Object
		var ok bool
		pos, k, ok = s.NextEntry(pos)
		if !ok {
			break
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		if err := appendRepr(in, &b, k); err != nil {
			return nil, err
		}
	}
	b.WriteByte('}')
	if wrap {
		b.WriteByte(')')
	}
	return NewStr(b.String()), nil
}

// setMethod adapts a func over the unwrapped *Set to a Method.
func setMethod(f func(in *Interp, s *Set, self Object, args []Object, kwnames []string) (Object, error)) Method {
	return func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		s, ok := AsSet(self)
		if !ok {
			return nil, Errorf(TypeError, "descriptor requires a 'set' object but received a '%s'", TypeName(self))
		}
		return f(in, s, self, args, kwnames)
	}
}

// wrapLike returns r as an instance like self: the built-in set/frozenset
// for built-in receivers (CPython returns the base type for subclasses too).
func wrapLike(r *Set) Object { return r }

func setNew(in *Interp, t *Type, args []Object, kwnames []string) (Object, error) {
	if t == SetType && len(kwnames) > 0 {
		return nil, Errorf(TypeError, "set() takes no keyword arguments")
	}
	return newBuiltinInstance(t, SetType, NewSet()), nil
}

func setInit(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
	s, _ := AsSet(self)
	if len(kwnames) > 0 && self.Type() == SetType {
		return nil, Errorf(TypeError, "set() takes no keyword arguments")
	}
	if err := argsRange("set", "set", args, nil, 0, 1); err != nil {
		return nil, err
	}
	if s.used > 0 {
		s.clear()
	}
	if len(args) == 1 {
		return None, s.Update(in, args[0])
	}
	return None, nil
}

var emptyFrozenSet = NewFrozenSet()

func frozenSetNew(in *Interp, t *Type, args []Object, kwnames []string) (Object, error) {
	if t == FrozenSetType && len(kwnames) > 0 {
		return nil, Errorf(TypeError, "frozenset() takes no keyword arguments")
	}
	if err := argsRange("frozenset", "frozenset", args, nil, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		if t == FrozenSetType {
			return emptyFrozenSet, nil
		}
		return newBuiltinInstance(t, FrozenSetType, NewFrozenSet()), nil
	}
	if fs, ok := args[0].(*Set); ok && fs.frozen && t == FrozenSetType {
		return fs, nil
	}
	s, err := setFromIterable(in, args[0], true)
	if err != nil {
		return nil, err
	}
	return newBuiltinInstance(t, FrozenSetType, s), nil
}

func init() {
	OnSetup(func() {
		SetType.New = setNew
		SetType.AddMethod("__init__", setInit)
		SetType.AddAttr("__hash__", None)
		FrozenSetType.New = frozenSetNew
		FrozenSetType.AddMethod("__hash__", setMethod(func(in *Interp, s *Set, self Object, args []Object, kwnames []string) (Object, error) {
			return Int(s.FrozenSetHash()), nil
		}))
		for _, t := range []*Type{SetType, FrozenSetType} {
			addSetCommonMethods(t)
		}
		addSetMutators(SetType)
	})
}

func addSetCommonMethods(t *Type) {
	tn := t.Name
	t.AddClassMethod("__class_getitem__", classGetItem)
	t.AddMethod("__len__", setMethod(func(in *Interp, s *Set, self Object, args []Object, kwnames []string) (Object, error) {
		return Int(s.used), nil
	}))
	t.AddMethod("__iter__", setMethod(func(in *Interp, s *Set, self Object, args []Object, kwnames []string) (Object, error) {
		return &setIterator{s: s, used: s.used}, nil
	}))
	t.AddMethod("__repr__", setMethod(func(in *Interp, s *Set, self Object, args []Object, kwnames []string) (Object, error) {
		return setRepr(in, s, self.Type())
	}))
	t.AddMethod("__contains__", setMethod(func(in *Interp, s *Set, self Object, args []Object, kwnames []string) (Object, error) {
		k, err := argsOne(tn+".__contains__", args, kwnames)
		if err != nil {
			return nil, err
		}
		ok, err := s.Contains(in, k)
		return Bool(ok), err
	}))
	t.AddMethod("copy", setMethod(func(in *Interp, s *Set, self Object, args []Object, kwnames []string) (Object, error) {
		if err := argsNone(tn+".copy", args, kwnames); err != nil {
			return nil, err
		}
		if s.frozen && self == Object(s) {
			return s, nil
		}
		return s.copySet(s.frozen), nil
	}))
	multi := func(name string, f func(in *Interp, s *Set, others []Object) (*Set, error)) {
		t.AddMethod(name, setMethod(func(in *Interp, s *Set, self Object, args []Object, kwnames []string) (Object, error) {
			if err := noKwargs(tn+"."+name, kwnames); err != nil {
				return nil, err
			}
			return f(in, s, args)
		}))
	}
	multi("union", func(in *Interp, s *Set, others []Object) (*Set, error) {
		r := s.copySet(s.frozen)
		for _, o := range others {
			if err := r.Update(in, o); err != nil {
				return nil, err
			}
		}
		return r, nil
	})
	multi("intersection", func(in *Interp, s *Set, others []Object) (*Set, error) {
		if len(others) == 0 {
			return s.copySet(s.frozen), nil
		}
		r := s
		for _, o := range others {
			var err error
			if r, err = r.intersection(in, o); err != nil {
				return nil, err
			}
		}
		return r, nil
	})
	multi("difference", func(in *Interp, s *Set, others []Object) (*Set, error) {
		if len(others) == 0 {
			return s.copySet(s.frozen), nil
		}
		r, err := s.difference(in, others[0])
		if err != nil {
			return nil, err
		}
		for _, o := range others[1:] {
			if err := r.differenceUpdate(in, o); err != nil {
				return nil, err
			}
		}
		return r, nil
	})
	t.AddMethod("symmetric_difference", setMethod(func(in *Interp, s *Set, self Object, args []Object, kwnames []string) (Object, error) {
		o, err := argsOne(tn+".symmetric_difference", args, kwnames)
		if err != nil {
			return nil, err
		}
		return s.symmetricDifference(in, o)
	}))
	t.AddMethod("issubset", setMethod(func(in *Interp, s *Set, self Object, args []Object, kwnames []string) (Object, error) {
		o, err := argsOne(tn+".issubset", args, kwnames)
		if err != nil {
			return nil, err
		}
		os, ok := setOf(o)
		if !ok {
			if os, err = setFromIterable(in, o, false); err != nil {
				return nil, err
			}
		}
		r, err := s.isSubset(in, os)
		return Bool(r), err
	}))
	t.AddMethod("issuperset", setMethod(func(in *Interp, s *Set, self Object, args []Object, kwnames []string) (Object, error) {
		o, err := argsOne(tn+".issuperset", args, kwnames)
		if err != nil {
			return nil, err
		}
		if os, ok := setOf(o); ok {
			r, err := os.isSubset(in, s)
			return Bool(r), err
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
			found, err := s.Contains(in, x)
			if err != nil {
				return nil, err
			}
			if !found {
				return False, nil
			}
		}
	}))
	t.AddMethod("isdisjoint", setMethod(func(in *Interp, s *Set, self Object, args []Object, kwnames []string) (Object, error) {
		o, err := argsOne(tn+".isdisjoint", args, kwnames)
		if err != nil {
			return nil, err
		}
		var items []Object
		if os, ok := setOf(o); ok {
			a, b := s, os
			if a.used > b.used {
				a, b = b, a
			}
			for _, x := range a.Items() {
				found, err := b.Contains(in, x)
				if err != nil || found {
					return Bool(!found), err
				}
			}
			return True, nil
		}
		if items, err = Collect(in, o); err != nil {
			return nil, err
		}
		for _, x := range items {
			found, err := s.Contains(in, x)
			if err != nil || found {
				return Bool(!found), err
			}
		}
		return True, nil
	}))
	binop := func(name string, f func(in *Interp, s *Set, o *Set) (*Set, error)) {
		t.AddMethod(name, setMethod(func(in *Interp, s *Set, self Object, args []Object, kwnames []string) (Object, error) {
			o, ok := setOf(args[0])
			if !ok {
				return NotImplemented, nil
			}
			return f(in, s, o)
		}))
	}
	binop("__or__", func(in *Interp, s, o *Set) (*Set, error) {
		r := s.copySet(s.frozen)
		if o == s {
			return r, nil
		}
		return r, r.Update(in, o)
	})
	binop("__and__", func(in *Interp, s, o *Set) (*Set, error) { return s.intersection(in, o) })
	binop("__sub__", func(in *Interp, s, o *Set) (*Set, error) { return s.difference(in, o) })
	binop("__xor__", func(in *Interp, s, o *Set) (*Set, error) { return s.symmetricDifference(in, o) })
	rbinop := func(name string, f func(in *Interp, s *Set, o *Set) (*Set, error)) {
		t.AddMethod(name, setMethod(func(in *Interp, s *Set, self Object, args []Object, kwnames []string) (Object, error) {
			o, ok := setOf(args[0])
			if !ok {
				return NotImplemented, nil
			}
			return f(in, o, s)
		}))
	}
	rbinop("__ror__", func(in *Interp, s, o *Set) (*Set, error) {
		r := s.copySet(s.frozen)
		return r, r.Update(in, o)
	})
	rbinop("__rand__", func(in *Interp, s, o *Set) (*Set, error) { return s.intersection(in, o) })
	rbinop("__rsub__", func(in *Interp, s, o *Set) (*Set, error) { return s.difference(in, o) })
	rbinop("__rxor__", func(in *Interp, s, o *Set) (*Set, error) { return s.symmetricDifference(in, o) })
	for _, c := range []struct {
		name string
		op   CompareOp
	}{{"__eq__", CmpEQ}, {"__ne__", CmpNE}, {"__lt__", CmpLT}, {"__le__", CmpLE}, {"__gt__", CmpGT}, {"__ge__", CmpGE}} {
		op := c.op
		t.AddMethod(c.name, setMethod(func(in *Interp, s *Set, self Object, args []Object, kwnames []string) (Object, error) {
			o, ok := setOf(args[0])
			if !ok {
				return NotImplemented, nil
			}
			return setCompare(in, s, o, op)
		}))
	}
}

func addSetMutators(t *Type) {
	t.AddMethod("add", setMethod(func(in *Interp, s *Set, self Object, args []Object, kwnames []string) (Object, error) {
		k, err := argsOne("set.add", args, kwnames)
		if err != nil {
			return nil, err
		}
		return None, s.Add(in, k)
	}))
	t.AddMethod("discard", setMethod(func(in *Interp, s *Set, self Object, args []Object, kwnames []string) (Object, error) {
		k, err := argsOne("set.discard", args, kwnames)
		if err != nil {
			return nil, err
		}
		_, err = s.discardKey(in, k)
		return None, err
	}))
	t.AddMethod("remove", setMethod(func(in *Interp, s *Set, self Object, args []Object, kwnames []string) (Object, error) {
		k, err := argsOne("set.remove", args, kwnames)
		if err != nil {
			return nil, err
		}
		found, err := s.discardKey(in, k)
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, keyError(k)
		}
		return None, nil
	}))
	t.AddMethod("pop", setMethod(func(in *Interp, s *Set, self Object, args []Object, kwnames []string) (Object, error) {
		if err := argsNone("set.pop", args, kwnames); err != nil {
			return nil, err
		}
		k, ok := s.pop()
		if !ok {
			return nil, NewException(KeyError, NewStr("pop from an empty set"))
		}
		return k, nil
	}))
	t.AddMethod("clear", setMethod(func(in *Interp, s *Set, self Object, args []Object, kwnames []string) (Object, error) {
		if err := argsNone("set.clear", args, kwnames); err != nil {
			return nil, err
		}
		s.clear()
		return None, nil
	}))
	t.AddMethod("update", setMethod(func(in *Interp, s *Set, self Object, args []Object, kwnames []string) (Object, error) {
		if err := noKwargs("set.update", kwnames); err != nil {
			return nil, err
		}
		for _, o := range args {
			if err := s.Update(in, o); err != nil {
				return nil, err
			}
		}
		return None, nil
	}))
	t.AddMethod("intersection_update", setMethod(func(in *Interp, s *Set, self Object, args []Object, kwnames []string) (Object, error) {
		if err := noKwargs("set.intersection_update", kwnames); err != nil {
			return nil, err
		}
		r := s
		for _, o := range args {
			var err error
			if r, err = r.intersection(in, o); err != nil {
				return nil, err
			}
		}
		if r != s {
			s.swapBodies(r)
		}
		return None, nil
	}))
	t.AddMethod("difference_update", setMethod(func(in *Interp, s *Set, self Object, args []Object, kwnames []string) (Object, error) {
		if err := noKwargs("set.difference_update", kwnames); err != nil {
			return nil, err
		}
		for _, o := range args {
			if err := s.differenceUpdate(in, o); err != nil {
				return nil, err
			}
		}
		return None, nil
	}))
	t.AddMethod("symmetric_difference_update", setMethod(func(in *Interp, s *Set, self Object, args []Object, kwnames []string) (Object, error) {
		o, err := argsOne("set.symmetric_difference_update", args, kwnames)
		if err != nil {
			return nil, err
		}
		return None, s.symmetricDifferenceUpdate(in, o)
	}))
	inplace := func(name string, f func(in *Interp, s *Set, o *Set) error) {
		t.AddMethod(name, setMethod(func(in *Interp, s *Set, self Object, args []Object, kwnames []string) (Object, error) {
			o, ok := setOf(args[0])
			if !ok {
				return NotImplemented, nil
			}
			if err := f(in, s, o); err != nil {
				return nil, err
			}
			return self, nil
		}))
	}
	inplace("__ior__", func(in *Interp, s, o *Set) error { return s.Update(in, o) })
	inplace("__iand__", func(in *Interp, s, o *Set) error {
		r, err := s.intersection(in, o)
		if err == nil {
			s.swapBodies(r)
		}
		return err
	})
	inplace("__isub__", func(in *Interp, s, o *Set) error { return s.differenceUpdate(in, o) })
	inplace("__ixor__", func(in *Interp, s, o *Set) error { return s.symmetricDifferenceUpdate(in, o) })
}

// discardKey is discard with CPython's retry for unhashable sets: a set
// argument is looked up as the equivalent frozenset.
func (s *Set) discardKey(in *Interp, k Object) (bool, error) {
	if ks, ok := k.(*Set); ok && !ks.frozen {
		fs := ks.copySet(true)
		return s.Discard(in, fs)
	}
	return s.Discard(in, k)
}

// swapBodies replaces s's contents with r's (set_swap_bodies).
func (s *Set) swapBodies(r *Set) {
	frozen := s.frozen
	s.table, s.fill, s.used, s.finger = r.table, r.fill, r.used, 0
	s.frozen = frozen
	s.hash = -1
}

// pop removes and returns an arbitrary element (CPython's finger walk).
func (s *Set) pop() (Object, bool) {
	if s.used == 0 {
		return nil, false
	}
	mask := len(s.table) - 1
	i := s.finger & mask
	for {
		k := s.table[i].key
		if k != nil && k != setDummy {
			break
		}
		i++
		if i > mask {
			i = 0
		}
	}
	k := s.table[i].key
	s.table[i] = setEntry{-1, setDummy}
	s.used--
	s.finger = i + 1
	return k, true
}
