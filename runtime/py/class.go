package py

import (
	"sort"
	"strings"
)

// Classes: calling a type (__new__ then __init__), type.__new__ (class
// creation), __build_class__ (the class statement), isinstance/issubclass.

var (
	objectNewFn  *BuiltinFunction
	objectInitFn *MethodDescriptor
	typeNewFn    *BuiltinFunction
	typeCallFn   *MethodDescriptor
)

// typeCall is t(*args): __new__, then __init__ when the result is an
// instance of t.
func typeCall(in *Interp, t *Type, args []Object, kwnames []string) (Object, error) {
	if t == TypeType && len(args) == 1 && len(kwnames) == 0 {
		return args[0].Type(), nil
	}
	if meta := t.Type(); meta != TypeType && !meta.Builtin {
		if c := LookupType(meta, sCall); c != nil && c != Object(typeCallFn) {
			return callWithSelf(in, c, t, args, kwnames)
		}
	}
	return typeCallDefault(in, t, args, kwnames)
}

// typeCallDefault is type.__call__.
func typeCallDefault(in *Interp, t *Type, args []Object, kwnames []string) (Object, error) {
	newF := LookupType(t, sNew)
	var obj Object
	var err error
	switch nf := newF.(type) {
	case *BuiltinFunction:
		if nf == objectNewFn {
			obj, err = objectNew(in, t, args, kwnames)
		} else {
			obj, err = callWithSelf(in, nf, t, args, kwnames)
		}
	case *StaticMethod:
		obj, err = callWithSelf(in, nf.Func, t, args, kwnames)
	case nil:
		return nil, Errorf(TypeError, "cannot create '%s' instances", t.Name)
	default:
		obj, err = callWithSelf(in, newF, t, args, kwnames)
	}
	if err != nil {
		return nil, err
	}
	if t == TypeType && len(args) != 1 {
		// type(name, bases, dict) returns the new class, initialised by type.__init__ (a no-op).
		return obj, nil
	}
	ot := obj.Type()
	if !IsSubtype(ot, t) {
		return obj, nil
	}
	init := LookupType(ot, sInit)
	if init == Object(objectInitFn) {
		if len(args) > 0 && LookupType(ot, sNew) == Object(objectNewFn) {
			return nil, Errorf(TypeError, "%s() takes no arguments", ot.Name)
		}
		return obj, nil
	}
	var r Object
	switch f := init.(type) {
	case *MethodDescriptor:
		r, err = f.Meth(in, obj, args, kwnames)
	default:
		r, err = callWithSelf(in, init, obj, args, kwnames)
	}
	if err != nil {
		return nil, err
	}
	if r != Object(None) {
		return nil, Errorf(TypeError, "__init__() should return None, not '%s'", TypeName(r))
	}
	return obj, nil
}

// objectNew is object.__new__(t, *args).
func objectNew(in *Interp, t *Type, args []Object, kwnames []string) (Object, error) {
	if len(args) > 0 {
		if LookupType(t, sNew) != Object(objectNewFn) {
			return nil, Errorf(TypeError, "object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if LookupType(t, sInit) == Object(objectInitFn) {
			return nil, Errorf(TypeError, "%s() takes no arguments", t.Name)
		}
	}
	if t.Builtin && t != ObjectType {
		if t.New != nil {
			return newWithHook(in, t, t, nil, nil)
		}
		return nil, Errorf(TypeError, "object.__new__(%s) is not safe, use %s.__new__()", t.Name, t.Name)
	}
	if am, ok := t.Dict.GetStr(sAbstractMethod); ok {
		if names, err := Collect(in, am); err == nil && len(names) > 0 {
			ss := make([]string, 0, len(names))
			for _, n := range names {
				if s, ok := n.(*Str); ok {
					ss = append(ss, s.S)
				}
			}
			sort.Strings(ss)
			return nil, Errorf(TypeError, "Can't instantiate abstract class %s with abstract method%s %s", t.Name, plural(len(ss)), strings.Join(ss, ", "))
		}
	}
	if t.Solid != nil && t.Solid != ObjectType && t.Solid.New != nil {
		return newWithHook(in, t.Solid, t, nil, nil)
	}
	inst := &Instance{Class: t}
	if t.nslots > 0 {
		inst.Slots = make([]Object, t.nslots)
	}
	return inst, nil
}

// NewInstance creates a bare instance of a Python class t (object.__new__).
func NewInstance(in *Interp, t *Type) (Object, error) { return objectNew(in, t, nil, nil) }

// typeNew is type.__new__(meta, name, bases, dict, **kwds).
func typeNew(in *Interp, meta *Type, args []Object, kwnames []string) (Object, error) {
	npos := len(args) - len(kwnames)
	if npos != 3 {
		return nil, Errorf(TypeError, "type() takes 1 or 3 arguments")
	}
	name, ok := args[0].(*Str)
	if !ok {
		return nil, Errorf(TypeError, "type.__new__() argument 1 must be str, not %s", TypeName(args[0]))
	}
	basesT, ok := args[1].(*Tuple)
	if !ok {
		return nil, Errorf(TypeError, "type.__new__() argument 2 must be tuple, not %s", TypeName(args[1]))
	}
	ns, ok := AsDict(args[2])
	if !ok {
		return nil, Errorf(TypeError, "type.__new__() argument 3 must be dict, not %s", TypeName(args[2]))
	}
	bases := make([]*Type, len(basesT.Items))
	for i, b := range basesT.Items {
		bt, ok := b.(*Type)
		if !ok {
			return nil, Errorf(TypeError, "bases must be types")
		}
		bases[i] = bt
	}
	// The most derived metaclass wins; if it is not meta, it creates the class.
	winner, err := calculateMeta(meta, bases)
	if err != nil {
		return nil, err
	}
	if winner != meta {
		if nf := LookupType(winner, sNew); nf != Object(typeNewFn) {
			return callWithSelf(in, nf, winner, args, kwnames)
		}
		meta = winner
	}
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	solid := ObjectType
	for _, b := range bases {
		if b.Final {
			return nil, Errorf(TypeError, "type '%s' is not an acceptable base type", b.Name)
		}
		s := b.Solid
		if s == nil {
			s = ObjectType
		}
		if s.IsException {
			s = BaseException
		}
		if s != ObjectType {
			if solid != ObjectType && solid != s && !IsSubtype(s, solid) && !IsSubtype(solid, s) {
				return nil, Errorf(TypeError, "multiple bases have instance lay-out conflict")
			}
			if solid == ObjectType || IsSubtype(s, solid) {
				solid = s
			}
		}
	}
	t := &Type{Name: name.S, Qualname: name.S, Bases: bases, Dict: NewDict()}
	if meta != TypeType {
		t.Meta = meta
	}
	t.Solid = solid
	for _, b := range bases {
		if b.Solid != nil && b.Solid != ObjectType && !b.Builtin && b.Solid == solid {
			t.Solid = b.Solid
		}
		if b.IsException {
			t.IsException = true
		}
	}
	if t.IsException {
		t.Solid = bases[0].Solid
		for _, b := range bases {
			if b.IsException {
				t.Solid = b.Solid
				break
			}
		}
	}
	for _, it := range ns.Items() {
		t.Dict.SetItem(in, it.Key, it.Value)
	}
	if q, ok := t.Dict.GetStr(sQualname); ok {
		qs, ok := q.(*Str)
		if !ok {
			return nil, Errorf(TypeError, "type __qualname__ must be a str, not %s", TypeName(q))
		}
		t.Qualname = qs.S
		t.Dict.DelStr(sQualname)
	}
	if m, ok := t.Dict.GetStr(sModule); ok {
		if ms, ok := m.(*Str); ok {
			t.Module = ms.S
		}
	} else if f := in.frame; f != nil {
		if m, ok := f.Globals.GetStr(sName); ok {
			t.Dict.SetStr(sModule, m)
			if ms, ok := m.(*Str); ok {
				t.Module = ms.S
			}
		}
	}
	if err := setupSlots(in, t, bases); err != nil {
		return nil, err
	}
	mro, err := computeMRO(t)
	if err != nil {
		return nil, err
	}
	t.MRO = mro
	t.finished = true
	for _, b := range bases {
		// Built-in types are shared by every Interp of the process and
		// stay immutable: only Python classes record their subclasses.
		if !b.Builtin {
			b.subclasses = append(b.subclasses, t)
		}
	}
	// Implicit staticmethod / classmethod conversions.
	if f, ok := t.Dict.GetStr(sNew); ok {
		if fn, ok := f.(*Function); ok {
			t.Dict.SetStr(sNew, &StaticMethod{Func: fn})
		}
	}
	for _, n := range []*Str{sInitSubclass, sClassGetitem} {
		if f, ok := t.Dict.GetStr(n); ok {
			if fn, ok := f.(*Function); ok {
				t.Dict.SetStr(n, &ClassMethod{Func: fn})
			}
		}
	}
	if _, ok := t.Dict.GetStr(sEq); ok {
		if _, ok := t.Dict.GetStr(sHash); !ok {
			t.Dict.SetStr(sHash, None)
		}
	}
	if _, ok := t.Dict.GetStr(sDoc); !ok {
		t.Dict.SetStr(sDoc, None)
	}
	if cell, ok := t.Dict.GetStr(sClasscell); ok {
		c, isCell := cell.(*Cell)
		if !isCell {
			return nil, Errorf(TypeError, "__classcell__ must be a nonlocal cell, not %s", TypeName(cell))
		}
		c.V = t
		t.Dict.DelStr(sClasscell)
	}
	t.Version = typeVersions.Add(1)
	// __set_name__ on every attribute that has one.
	for _, it := range t.Dict.Items() {
		if sn := LookupType(it.Value.Type(), sSetName); sn != nil {
			if _, err := callUnbound(in, sn, it.Value, t, it.Key); err != nil {
				return nil, err
			}
		}
	}
	// super(t, t).__init_subclass__(**kwds)
	var initSub Object
	for _, c := range t.MRO[1:] {
		if v, ok := c.Dict.GetStr(sInitSubclass); ok {
			initSub = v
			break
		}
	}
	if initSub != nil {
		bound, err := descrGet(in, initSub, nil, t)
		if err != nil {
			return nil, err
		}
		if _, err := Call(in, bound, args[3:], kwnames); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// setupSlots handles __slots__ and decides whether instances get a __dict__.
func setupSlots(in *Interp, t *Type, bases []*Type) error {
	baseHasDict := false
	for _, b := range bases {
		if b.HasDict || (!b.Builtin && b.HasDict) {
			baseHasDict = true
		}
		if b.nslots > t.nslots {
			t.nslots = b.nslots
		}
	}
	slots, ok := t.Dict.GetStr(sSlots)
	if !ok {
		t.HasDict = true
		if !baseHasDict {
			t.Dict.SetStr(sDict, instanceDictDescr(t))
			t.Dict.SetStr(sWeakref, &GetSetDescriptor{Name: "__weakref__", Owner: t, Get: func(in *Interp, self Object) (Object, error) { return None, nil }})
		}
		return nil
	}
	var names []Object
	if s, isStr := slots.(*Str); isStr {
		names = []Object{s}
	} else {
		var err error
		if names, err = Collect(in, slots); err != nil {
			return err
		}
	}
	t.HasDict = baseHasDict
	for _, n := range names {
		s, ok := n.(*Str)
		if !ok {
			return Errorf(TypeError, "__slots__ items must be strings, not '%s'", TypeName(n))
		}
		switch s.S {
		case "__dict__":
			if !t.HasDict {
				t.HasDict = true
				t.Dict.SetStr(sDict, instanceDictDescr(t))
			}
			continue
		case "__weakref__":
			continue
		}
		if _, clash := t.Dict.GetStr(s); clash {
			return Errorf(ValueError, "'%s' in __slots__ conflicts with class variable", s.S)
		}
		idx := t.nslots
		t.nslots++
		t.slotNames = append(t.slotNames, s.S)
		name := s
		t.Dict.SetStr(Intern(s.S), &GetSetDescriptor{Name: s.S, Owner: t, member: true,
			Get: func(in *Interp, self Object) (Object, error) {
				inst, ok := self.(*Instance)
				if !ok || idx >= len(inst.Slots) || inst.Slots[idx] == nil {
					return nil, newAttributeError(in, self, name)
				}
				return inst.Slots[idx], nil
			},
			Set: func(in *Interp, self Object, v Object) error {
				inst, ok := self.(*Instance)
				if !ok {
					return Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name.S, t.Name, TypeName(self))
				}
				if idx >= len(inst.Slots) {
					grown := make([]Object, idx+1)
					copy(grown, inst.Slots)
					inst.Slots = grown
				}
				if v == nil && inst.Slots[idx] == nil {
					return newAttributeError(in, self, name)
				}
				inst.Slots[idx] = v
				return nil
			}})
	}
	return nil
}

func instanceDictDescr(t *Type) *GetSetDescriptor {
	return &GetSetDescriptor{Name: "__dict__", Owner: t,
		Get: func(in *Interp, self Object) (Object, error) {
			if d := instanceDict(self, true); d != nil {
				return d, nil
			}
			if c, ok := self.(*Type); ok {
				// A metaclass with a plain class before type in its bases
				// (class M(Mixin, type)): the class's dict is type's own.
				return descrGet(in, LookupType(TypeType, sDict), c, c.Type())
			}
			return nil, newAttributeError(in, self, sDict)
		},
		Set: func(in *Interp, self Object, v Object) error {
			if _, ok := self.(*Type); ok {
				if handled, err := descrSet(in, LookupType(TypeType, sDict), self, v); handled {
					return err
				}
				return Errorf(AttributeError, "attribute '__dict__' of 'type' objects is not writable")
			}
			d, ok := v.(*Dict)
			if !ok {
				return Errorf(TypeError, "__dict__ must be set to a dictionary, not a '%s'", TypeName(v))
			}
			if inst, ok := self.(*Instance); ok {
				inst.Dict = d
				return nil
			}
			if e, ok := self.(*Exception); ok {
				e.Dict = d
				return nil
			}
			return Errorf(TypeError, "cannot set __dict__")
		}}
}

// calculateMeta finds the most derived metaclass of meta and the bases'.
func calculateMeta(meta *Type, bases []*Type) (*Type, error) {
	winner := meta
	for _, b := range bases {
		bt := b.Type()
		if IsSubtype(winner, bt) {
			continue
		}
		if IsSubtype(bt, winner) {
			winner = bt
			continue
		}
		return nil, Errorf(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	return winner, nil
}

// buildClass is builtins.__build_class__(func, name, *bases, metaclass=, **kwds).
func buildClass(in *Interp, args []Object, kwnames []string) (Object, error) {
	npos := len(args) - len(kwnames)
	if npos < 2 {
		return nil, Errorf(TypeError, "__build_class__: not enough arguments")
	}
	body, ok := args[0].(*Function)
	if !ok {
		return nil, Errorf(TypeError, "__build_class__: func must be a function")
	}
	name, ok := args[1].(*Str)
	if !ok {
		return nil, Errorf(TypeError, "__build_class__: name is not a string")
	}
	origBases := args[2:npos]
	bases, changed, err := resolveMroEntries(in, origBases)
	if err != nil {
		return nil, err
	}
	var meta Object
	var kwVals []Object
	var kwNames []string
	for i, k := range kwnames {
		if k == "metaclass" {
			meta = args[npos+i]
			continue
		}
		kwNames = append(kwNames, k)
		kwVals = append(kwVals, args[npos+i])
	}
	isClass := false
	if meta == nil {
		if len(bases) > 0 {
			meta = bases[0].Type()
		} else {
			meta = TypeType
		}
		isClass = true
	} else if _, ok := meta.(*Type); ok {
		isClass = true
	}
	if isClass {
		bts := make([]*Type, 0, len(bases))
		for _, b := range bases {
			if bt, ok := b.(*Type); ok {
				bts = append(bts, bt)
			}
		}
		w, err := calculateMeta(meta.(*Type), bts)
		if err != nil {
			return nil, err
		}
		meta = w
	}
	basesTuple := NewTuple(bases...)
	// namespace = meta.__prepare__(name, bases, **kwds)
	var ns Object
	prep, err := GetAttrOpt(in, meta, sPrepare)
	if err != nil {
		return nil, err
	}
	if prep != nil {
		pargs := append([]Object{name, basesTuple}, kwVals...)
		if ns, err = Call(in, prep, pargs, kwNames); err != nil {
			return nil, err
		}
	} else {
		ns = NewDict()
	}
	if _, ok := AsDict(ns); !ok {
		if LookupType(ns.Type(), Intern("__getitem__")) == nil {
			mname := "<metaclass>"
			if mt, ok := meta.(*Type); ok {
				mname = mt.Name
			}
			return nil, Errorf(TypeError, "%s.__prepare__() must return a mapping, not %s", mname, TypeName(ns))
		}
	}
	// Run the class body with ns as its locals.
	fr := newFrame(body.Code, body.Globals, body.Builtins, ns)
	fr.fn = body
	copy(fr.cells[body.Code.ncells:], body.Closure)
	for i := 0; i < body.Code.ncells; i++ {
		fr.cells[i] = &Cell{}
	}
	cellV, err := in.runFrame(fr)
	if err != nil {
		return nil, err
	}
	if changed {
		if err := SetItem(in, ns, Intern("__orig_bases__"), NewTuple(origBases...)); err != nil {
			return nil, err
		}
	}
	cargs := append([]Object{name, basesTuple, ns}, kwVals...)
	cls, err := Call(in, meta, cargs, kwNames)
	if err != nil {
		return nil, err
	}
	if cell, ok := cellV.(*Cell); ok && cell.V == nil {
		if ct, ok := cls.(*Type); ok {
			cell.V = ct
		}
	}
	return cls, nil
}

// resolveMroEntries applies __mro_entries__ of non-class bases (PEP 560).
func resolveMroEntries(in *Interp, bases []Object) ([]Object, bool, error) {
	changed := false
	var out []Object
	for i, b := range bases {
		if _, ok := b.(*Type); ok {
			if changed {
				out = append(out, b)
			}
			continue
		}
		me, err := GetAttrOpt(in, b, sMroEntries)
		if err != nil {
			return nil, false, err
		}
		if me == nil {
			if changed {
				out = append(out, b)
			}
			continue
		}
		if !changed {
			out = append([]Object{}, bases[:i]...)
			changed = true
		}
		r, err := Call(in, me, []Object{NewTuple(bases...)}, nil)
		if err != nil {
			return nil, false, err
		}
		t, ok := r.(*Tuple)
		if !ok {
			return nil, false, Errorf(TypeError, "__mro_entries__ must return a tuple")
		}
		out = append(out, t.Items...)
	}
	if !changed {
		return bases, false, nil
	}
	return out, true, nil
}

// IsInstanceOf is isinstance(o, cls) with tuples and __instancecheck__.
func IsInstanceOf(in *Interp, o Object, cls Object) (bool, error) {
	switch c := cls.(type) {
	case *Type:
		if o.Type() == c {
			return true, nil
		}
		if meta := c.Type(); meta == TypeType || meta.Builtin {
			if IsSubtype(o.Type(), c) {
				return true, nil
			}
			return instanceClassCheck(in, o, c)
		}
	case *Tuple:
		for _, x := range c.Items {
			ok, err := IsInstanceOf(in, o, x)
			if ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	}
	if ic := LookupType(cls.Type(), sInstancecheck); ic != nil {
		if err := in.enter(" in __instancecheck__"); err != nil {
			return false, err
		}
		r, err := callUnbound(in, ic, cls, o)
		in.leave()
		if err != nil {
			return false, err
		}
		return Truth(in, r)
	}
	if t, ok := cls.(*Type); ok {
		return IsSubtype(o.Type(), t), nil
	}
	return false, Errorf(TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

// instanceClassCheck honours a __class__ that differs from type(o) (proxies).
func instanceClassCheck(in *Interp, o Object, c *Type) (bool, error) {
	if _, ok := o.(*Instance); !ok {
		return false, nil
	}
	if LookupType(o.Type(), sClass) == LookupType(ObjectType, sClass) {
		return false, nil
	}
	v, err := GetAttrOpt(in, o, sClass)
	if err != nil || v == nil {
		return false, err
	}
	if t, ok := v.(*Type); ok && t != o.Type() {
		return IsSubtype(t, c), nil
	}
	return false, nil
}

// IsSubclassOf is issubclass(a, cls) with tuples and __subclasscheck__.
func IsSubclassOf(in *Interp, a Object, cls Object) (bool, error) {
	switch c := cls.(type) {
	case *Type:
		if meta := c.Type(); meta == TypeType || meta.Builtin {
			at, ok := a.(*Type)
			if !ok {
				return false, Errorf(TypeError, "issubclass() arg 1 must be a class")
			}
			return IsSubtype(at, c), nil
		}
	case *Tuple:
		for _, x := range c.Items {
			ok, err := IsSubclassOf(in, a, x)
			if ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	}
	if sc := LookupType(cls.Type(), sSubclasscheck); sc != nil {
		if err := in.enter(" in __subclasscheck__"); err != nil {
			return false, err
		}
		r, err := callUnbound(in, sc, cls, a)
		in.leave()
		if err != nil {
			return false, err
		}
		return Truth(in, r)
	}
	return false, Errorf(TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
}
