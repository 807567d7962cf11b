package py

import (
	"strings"
	"sync/atomic"
)

// typeVersions hands out Type.Version values; it is only a counter, so
// sharing it between Interps is harmless.
var typeVersions atomic.Uint64

// Modified must be called after t's Dict or Bases changed: it invalidates
// the attribute caches of t and of every subclass.
func (t *Type) Modified() {
	t.Version = typeVersions.Add(1)
	for _, s := range t.subclasses {
		s.Modified()
	}
}

// computeMRO is CPython's C3 linearisation of t (t.Bases must be final).
func computeMRO(t *Type) ([]*Type, error) {
	for i, b := range t.Bases {
		for _, c := range t.Bases[:i] {
			if c == b {
				return nil, Errorf(TypeError, "duplicate base class %s", b.Name)
			}
		}
	}
	seqs := make([][]*Type, 0, len(t.Bases)+1)
	for _, b := range t.Bases {
		if b.MRO == nil {
			finishType(b)
		}
		seqs = append(seqs, b.MRO)
	}
	seqs = append(seqs, t.Bases)
	result := []*Type{t}
	for {
		empty := true
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			empty = false
			c := s[0]
			if !inTail(c, seqs) {
				cand = c
				break
			}
		}
		if empty {
			return result, nil
		}
		if cand == nil {
			var names []string
			seen := map[*Type]bool{}
			for _, s := range seqs[:len(seqs)-1] {
				if len(s) > 0 && !seen[s[0]] {
					seen[s[0]] = true
					names = append(names, s[0].Name)
				}
			}
			return nil, Errorf(TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
		}
		result = append(result, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

func inTail(c *Type, seqs [][]*Type) bool {
	for _, s := range seqs {
		for _, x := range s[min(1, len(s)):] {
			if x == c {
				return true
			}
		}
	}
	return false
}

// finishBuiltinTypes computes MROs of the built-in types (C3) after setup
// and freezes their attribute tables.
func finishBuiltinTypes() {
	for _, t := range builtinTypes {
		finishType(t)
	}
	for _, t := range builtinTypes {
		t.flatten()
	}
}

// FinishType completes a built-in type created after package setup (a
// module's own type built at run time): bases, MRO, Solid. Types created
// with NewBuiltinType at init time are finished automatically.
func FinishType(t *Type) {
	finishType(t)
	t.flatten()
}

func finishType(t *Type) {
	if t.finished {
		return
	}
	t.finished = true
	if len(t.Bases) == 0 && t != ObjectType {
		t.Bases = []*Type{ObjectType}
	}
	for _, b := range t.Bases {
		finishType(b)
		b.subclasses = append(b.subclasses, t)
	}
	mro, err := computeMRO(t)
	if err != nil {
		panic("py: bad built-in type " + t.Name + ": " + err.Error())
	}
	t.MRO = mro
	if t.Solid == nil {
		t.Solid = t
	}
	if t.New == nil && len(t.Bases) > 0 && t.Bases[0].New != nil {
		// Inherit the constructor hook from the primary base.
		t.New = t.Bases[0].New
	}
	if t.New != nil {
		if _, ok := t.Dict.GetStr(Intern("__new__")); !ok {
			t.Dict.SetStr(Intern("__new__"), builtinNewWrapper(t))
		}
	}
	t.Version = typeVersions.Add(1)
}

// flatten freezes a built-in type's attribute table: every name found along
// the MRO, first one wins.
func (t *Type) flatten() {
	flat := map[string]Object{}
	for i := len(t.MRO) - 1; i >= 0; i-- {
		for _, it := range t.MRO[i].Dict.Items() {
			if k, ok := it.Key.(*Str); ok {
				flat[k.S] = it.Value
			}
		}
	}
	t.flat = flat
}

// LookupType finds name along t's MRO (no descriptor binding); nil if absent.
func LookupType(t *Type, name *Str) Object {
	if t.flat != nil {
		return t.flat[name.S]
	}
	if t.Builtin {
		return lookupMRO(t, name)
	}
	if t.cache == nil || t.cacheVersion != t.Version {
		t.cache = make(map[string]Object, 8)
		t.cacheVersion = t.Version
	} else if v, ok := t.cache[name.S]; ok {
		return v
	}
	v := lookupMRO(t, name)
	t.cache[name.S] = v
	return v
}

func lookupMRO(t *Type, name *Str) Object {
	if t.MRO == nil {
		finishType(t)
	}
	for _, c := range t.MRO {
		if v, ok := c.Dict.GetStr(name); ok {
			return v
		}
	}
	return nil
}

// IsSubtype reports whether a is b or derives from it.
func IsSubtype(a, b *Type) bool {
	if a == b || b == ObjectType {
		return true
	}
	if a.MRO == nil {
		for _, x := range a.Bases {
			if IsSubtype(x, b) {
				return true
			}
		}
		return false
	}
	for _, x := range a.MRO[1:] {
		if x == b {
			return true
		}
	}
	return false
}

// IsInstance is isinstance(o, t) for a single type (no __instancecheck__).
func IsInstance(o Object, t *Type) bool { return IsSubtype(o.Type(), t) }

// builtinNewWrapper is the __new__ entry of a built-in type with a New
// hook: T.__new__(cls, *args) checks cls and calls the hook.
func builtinNewWrapper(t *Type) *BuiltinFunction {
	return &BuiltinFunction{Name: "__new__", Qualname: t.Name + ".__new__", Fn: func(in *Interp, args []Object, kwnames []string) (Object, error) {
		if len(args)-len(kwnames) < 1 {
			return nil, Errorf(TypeError, "%s.__new__(): not enough arguments", t.Name)
		}
		cls, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeError, "%s.__new__(X): X is not a type object (%s)", t.Name, TypeName(args[0]))
		}
		if !IsSubtype(cls, t) {
			return nil, Errorf(TypeError, "%s.__new__(%s): %s is not a subtype of %s", t.Name, cls.Name, cls.Name, t.Name)
		}
		return newWithHook(in, t, cls, args[1:], kwnames)
	}}
}

// newWithHook runs the New hook of built-in type t for class cls, wrapping
// the built-in value in an *Instance when cls is a Python subclass.
func newWithHook(in *Interp, t, cls *Type, args []Object, kwnames []string) (Object, error) {
	v, err := t.New(in, cls, args, kwnames)
	if err != nil {
		return nil, err
	}
	if !cls.Builtin && v.Type() != cls {
		if _, isInst := v.(*Instance); !isInst {
			if _, isExc := v.(*Exception); !isExc {
				return &Instance{Class: cls, Base: v}, nil
			}
		}
	}
	return v, nil
}
