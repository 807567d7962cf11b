package py

import (
	"aioplay/runtime/compile"
)

// Helpers of the eval loop for names, attributes, calls and building values.

func nameError(name *Str) *Exception {
	e := Errorf(NameError, "name '%s' is not defined", name.S)
	e.SetSlot("name", name)
	return e
}

func unboundDeref(co *CodeObject, i int) *Exception {
	name := co.cellName(i)
	if i < co.ncells {
		return Errorf(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name)
	}
	e := Errorf(NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
	e.SetSlot("name", NewStr(name))
	return e
}

// loadName is LOAD_NAME: locals, globals, builtins.
func loadName(in *Interp, f *Frame, name *Str) (Object, error) {
	if f.locals != nil {
		if v, ok := f.locals.GetStr(name); ok {
			return v, nil
		}
	} else if f.Locals != nil {
		v, err := GetItem(in, f.Locals, name)
		if err == nil {
			return v, nil
		}
		if e, ok := err.(*Exception); !ok || !IsSubtype(e.Class, KeyError) {
			return nil, err
		}
	}
	if v, ok := f.Globals.GetStr(name); ok {
		return v, nil
	}
	if v, ok := f.Builtins.GetStr(name); ok {
		return v, nil
	}
	return nil, nameError(name)
}

// hasDocstring: a function's first constant is its docstring when it is a
// str that no instruction loads.
func (co *CodeObject) hasDocstring() bool {
	for _, ins := range co.Code.Instrs {
		if ins.Op == compile.LOAD_CONST && ins.Arg == 0 {
			return false
		}
	}
	return true
}

// kwnamesFor returns the keyword names of CALL_FUNCTION_KW at pc, whose
// tuple t was usually pushed by the LOAD_CONST just before.
func (co *CodeObject) kwnamesFor(instrs []compile.Instr, pc int, t Object) []string {
	if pc > 0 {
		if p := instrs[pc-1]; p.Op == compile.LOAD_CONST && co.kwnames[p.Arg] != nil {
			return co.kwnames[p.Arg]
		}
	}
	tt := t.(*Tuple)
	names := make([]string, len(tt.Items))
	for i, x := range tt.Items {
		names[i] = x.(*Str).S
	}
	return names
}

// callFromEval calls a non-Python (or generator) callable from the loop;
// the arguments are copied off the value stack.
func callFromEval(in *Interp, fn Object, args []Object, kwnames []string) (Object, error) {
	switch f := fn.(type) {
	case *BuiltinFunction:
		a := make([]Object, len(args))
		copy(a, args)
		if f.Fn != nil {
			return f.Fn(in, a, kwnames)
		}
		return f.Meth(in, f.Self, a, kwnames)
	case *MethodDescriptor:
		if len(args)-len(kwnames) >= 1 && IsInstance(args[0], f.Owner) {
			a := make([]Object, len(args)-1)
			copy(a, args[1:])
			return f.Meth(in, args[0], a, kwnames)
		}
	case *BoundMethod:
		if pf, ok := f.Func.(*Function); ok {
			a := make([]Object, len(args)+1)
			a[0] = f.Self
			copy(a[1:], args)
			return in.callFunction(pf, a, kwnames)
		}
	}
	a := make([]Object, len(args))
	copy(a, args)
	return Call(in, fn, a, kwnames)
}

// callEx is CALL_FUNCTION_EX: f(*args, **kwargs).
func callEx(in *Interp, fn Object, posArgs Object, kw Object) (Object, error) {
	var args []Object
	switch t := posArgs.(type) {
	case *Tuple:
		args = t.Items
	case *List:
		args = t.Items
	default:
		items, err := Collect(in, posArgs)
		if err != nil {
			if e, ok := err.(*Exception); ok && IsSubtype(e.Class, TypeError) && LookupType(posArgs.Type(), sIter) == nil {
				return nil, Errorf(TypeError, "%s argument after * must be an iterable, not %s", funcDesc(in, fn), TypeName(posArgs))
			}
			return nil, err
		}
		args = items
	}
	var kwnames []string
	if kw != nil {
		d, ok := kw.(*Dict)
		if !ok {
			return nil, Errorf(TypeError, "%s argument after ** must be a mapping, not %s", funcDesc(in, fn), TypeName(kw))
		}
		if d.Len() > 0 {
			all := make([]Object, len(args), len(args)+d.Len())
			copy(all, args)
			for _, it := range d.Items() {
				k, ok := it.Key.(*Str)
				if !ok {
					return nil, Errorf(TypeError, "keywords must be strings")
				}
				kwnames = append(kwnames, k.S)
				all = append(all, it.Value)
			}
			args = all
		}
	}
	if len(kwnames) == 0 {
		a := make([]Object, len(args))
		copy(a, args)
		args = a
	}
	return Call(in, fn, args, kwnames)
}

// funcDesc names a callable in argument errors: "f()" or "int object".
func funcDesc(in *Interp, fn Object) string {
	switch f := fn.(type) {
	case *Function:
		if m, ok := f.Module.(*Str); ok && m.S != "builtins" {
			return m.S + "." + f.Qualname.S + "()"
		}
		return f.Qualname.S + "()"
	case *BoundMethod:
		return funcDesc(in, f.Func)
	case *BuiltinFunction:
		return f.Name + "()"
	case *Type:
		return f.Name + "()"
	}
	return TypeName(fn) + " object"
}

func dictUpdate(in *Interp, d *Dict, m Object) error {
	if src, ok := AsDict(m); ok {
		for _, it := range src.Items() {
			if err := d.SetItem(in, it.Key, it.Value); err != nil {
				return err
			}
		}
		return nil
	}
	keysM, err := GetAttrOpt(in, m, Intern("keys"))
	if err != nil {
		return err
	}
	if keysM == nil {
		return Errorf(TypeError, "'%s' object is not a mapping", TypeName(m))
	}
	ks, err := Call(in, keysM, nil, nil)
	if err != nil {
		return err
	}
	keys, err := Collect(in, ks)
	if err != nil {
		return err
	}
	for _, k := range keys {
		v, err := GetItem(in, m, k)
		if err != nil {
			return err
		}
		if err := d.SetItem(in, k, v); err != nil {
			return err
		}
	}
	return nil
}

func dictMerge(in *Interp, d *Dict, m Object, fn Object) error {
	src, ok := AsDict(m)
	if !ok {
		tmp := NewDict()
		if err := dictUpdate(in, tmp, m); err != nil {
			if e, ok := err.(*Exception); ok && e.Class == TypeError {
				return Errorf(TypeError, "%s argument after ** must be a mapping, not %s", funcDesc(in, fn), TypeName(m))
			}
			return err
		}
		src = tmp
	}
	for _, it := range src.Items() {
		_, present, err := d.GetItem(in, it.Key)
		if err != nil {
			return err
		}
		if present {
			if k, ok := it.Key.(*Str); ok {
				return Errorf(TypeError, "%s got multiple values for keyword argument '%s'", funcDesc(in, fn), k.S)
			}
			return Errorf(TypeError, "%s keywords must be strings", funcDesc(in, fn))
		}
		if err := d.SetItem(in, it.Key, it.Value); err != nil {
			return err
		}
	}
	return nil
}

// unpackIterable implements UNPACK_SEQUENCE (after < 0) and UNPACK_EX.
// The result is in source order; a starred target gets a list.
func unpackIterable(in *Interp, x Object, before, after int) ([]Object, error) {
	it, err := Iter(in, x)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class == TypeError {
			return nil, Errorf(TypeError, "cannot unpack non-iterable %s object", TypeName(x))
		}
		return nil, err
	}
	var items []Object
	for len(items) < before {
		v, err := Next(in, it)
		if err != nil {
			return nil, err
		}
		if v == nil {
			if after < 0 {
				return nil, Errorf(ValueError, "not enough values to unpack (expected %d, got %d)", before, len(items))
			}
			return nil, Errorf(ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
		}
		items = append(items, v)
	}
	if after < 0 {
		v, err := Next(in, it)
		if err != nil {
			return nil, err
		}
		if v != nil {
			return nil, Errorf(ValueError, "too many values to unpack (expected %d)", before)
		}
		return items, nil
	}
	rest, err := Collect(in, it)
	if err != nil {
		return nil, err
	}
	if len(rest) < after {
		return nil, Errorf(ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, before+len(rest))
	}
	mid := rest[:len(rest)-after]
	starred := make([]Object, len(mid))
	copy(starred, mid)
	items = append(items, NewList(starred))
	items = append(items, rest[len(rest)-after:]...)
	return items, nil
}

// formatValue is FORMAT_VALUE: conversion then format(v, spec).
func formatValue(in *Interp, v Object, conv int, spec string) (Object, error) {
	switch conv {
	case compile.FormatStr:
		s, err := ToStr(in, v)
		if err != nil {
			return nil, err
		}
		v = s
	case compile.FormatRepr:
		s, err := Repr(in, v)
		if err != nil {
			return nil, err
		}
		v = s
	case compile.FormatASCII:
		s, err := Repr(in, v)
		if err != nil {
			return nil, err
		}
		v = NewStr(asciiEscape(s.S))
	}
	if s, ok := v.(*Str); ok && spec == "" {
		return s, nil
	}
	if i, ok := v.(Int); ok && spec == "" {
		return NewStr(itoa(int(i))), nil
	}
	return Format(in, v, spec)
}

func asciiEscape(s string) string {
	out := make([]byte, 0, len(s))
	const hex = "0123456789abcdef"
	for _, r := range s {
		switch {
		case r < 0x80:
			out = append(out, byte(r))
		case r < 0x100:
			out = append(out, '\\', 'x', hex[r>>4], hex[r&15])
		case r < 0x10000:
			out = append(out, '\\', 'u', hex[r>>12&15], hex[r>>8&15], hex[r>>4&15], hex[r&15])
		default:
			out = append(out, '\\', 'U', '0', '0', hex[r>>20&15], hex[r>>16&15], hex[r>>12&15], hex[r>>8&15], hex[r>>4&15], hex[r&15])
		}
	}
	return string(out)
}

// loadAttr is LOAD_ATTR with an inline cache for instances of user classes.
func loadAttr(in *Interp, co *CodeObject, pc int, obj Object, name *Str) (Object, error) {
	if inst, ok := obj.(*Instance); ok {
		t := inst.Class
		c := co.cache(pc)
		if c.t != t || c.version != t.Version {
			h := t.getHooks()
			c.t, c.version = t, t.Version
			c.descr = LookupType(t, name)
			c.kind = cacheNone
			if h.getattribute == nil && h.getattr == nil {
				if c.descr == nil || !isDataDescriptor(c.descr) {
					c.kind = cacheInstance
				}
			}
		}
		if c.kind == cacheInstance {
			if inst.Dict != nil {
				if v, ok := inst.Dict.GetStr(name); ok {
					return v, nil
				}
			}
			if c.descr != nil {
				return descrGet(in, c.descr, obj, t)
			}
			return nil, newAttributeError(in, obj, name)
		}
	}
	return GetAttr(in, obj, name)
}

// storeAttr is STORE_ATTR with a fast path for plain instance attributes.
func storeAttr(in *Interp, co *CodeObject, pc int, obj Object, name *Str, v Object) error {
	if inst, ok := obj.(*Instance); ok && inst.Class.HasDict {
		t := inst.Class
		c := co.cache(pc)
		if c.t != t || c.version != t.Version {
			h := t.getHooks()
			c.t, c.version = t, t.Version
			c.descr = LookupType(t, name)
			c.kind = cacheNone
			if h.setattr == nil && (c.descr == nil || !isDataDescriptor(c.descr)) {
				c.kind = cacheInstance
			}
		}
		if c.kind == cacheInstance {
			if inst.Dict == nil {
				inst.Dict = NewDict()
			}
			inst.Dict.SetStr(name, v)
			return nil
		}
	}
	return SetAttr(in, obj, name, v)
}

// loadMethod is LOAD_METHOD's lookup: the unbound function when obj's type
// has a plain method not shadowed by the instance, else nil.
func loadMethod(in *Interp, co *CodeObject, pc int, obj Object, name *Str) (Object, error) {
	t := obj.Type()
	switch obj.(type) {
	case *Type, *Module, *Super:
		return nil, nil
	}
	if !t.Builtin {
		c := co.cache(pc)
		if c.t != t || c.version != t.Version {
			h := t.getHooks()
			c.t, c.version = t, t.Version
			c.descr = LookupType(t, name)
			c.kind = cacheNone
			if h.getattribute == nil {
				switch c.descr.(type) {
				case *Function, *MethodDescriptor:
					c.kind = cacheMethod
				}
			}
		}
		if c.kind != cacheMethod {
			return nil, nil
		}
		if d := instanceDict(obj, false); d != nil {
			if _, shadowed := d.GetStr(name); shadowed {
				return nil, nil
			}
		}
		return c.descr, nil
	}
	d := LookupType(t, name)
	switch d.(type) {
	case *Function, *MethodDescriptor:
		if dict := instanceDict(obj, false); dict != nil {
			if _, shadowed := dict.GetStr(name); shadowed {
				return nil, nil
			}
		}
		return d, nil
	}
	return nil, nil
}

func (co *CodeObject) cache(pc int) *attrCache {
	if co.caches == nil {
		co.caches = make([]attrCache, len(co.Code.Instrs))
	}
	return &co.caches[pc]
}

// printExpr is PRINT_EXPR (interactive mode): print repr(x) unless None.
func printExpr(in *Interp, x Object) error {
	if x == Object(None) {
		return nil
	}
	r, err := Repr(in, x)
	if err != nil {
		return err
	}
	in.builtins.SetStr(Intern("_"), x)
	return in.writeStream("stdout", r.S+"\n")
}
