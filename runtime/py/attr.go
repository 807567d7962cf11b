package py

// The attribute protocol, as CPython's PyObject_GenericGetAttr,
// type_getattro, module_getattro and slot_tp_getattr_hook:
//
//  1. a data descriptor found on the type (property, getset, a class with
//     __set__ or __delete__) wins;
//  2. then the instance's __dict__;
//  3. then a non-data descriptor (functions bind to methods) or a plain
//     class attribute;
//  4. then __getattr__, when the class defines one.
//
// User classes overriding __getattribute__, __setattr__ or __delattr__ are
// dispatched through typeHooks, recomputed when the class's Version moves.

// DescriptorGetter is implemented by Go values that behave as descriptors
// when found in a class dict (functools.cached_property, partialmethod ...).
// obj is nil for a lookup through the class.
type DescriptorGetter interface {
	DescrGet(in *Interp, obj Object, owner *Type) (Object, error)
}

// DescriptorSetter makes a Go value a data descriptor; v == nil deletes.
type DescriptorSetter interface {
	DescrSet(in *Interp, obj Object, v Object) error
}

// DictHolder is implemented by Go values that carry an instance __dict__.
type DictHolder interface {
	InstanceDict(create bool) *Dict
}

// getHooks returns t's overridden attribute hooks (t is not built-in).
func (t *Type) getHooks() *typeHooks {
	if t.hooksVersion != t.Version || t.hooksVersion == 0 {
		t.hooks = typeHooks{}
		if v := LookupType(t, sGetattribute); v != nil {
			if _, builtin := v.(*MethodDescriptor); !builtin {
				t.hooks.getattribute = v
			}
		}
		t.hooks.getattr = LookupType(t, sGetattr)
		if v := LookupType(t, sSetattr); v != nil {
			if _, builtin := v.(*MethodDescriptor); !builtin {
				t.hooks.setattr = v
			}
		}
		if v := LookupType(t, sDelattr); v != nil {
			if _, builtin := v.(*MethodDescriptor); !builtin {
				t.hooks.delattr = v
			}
		}
		t.hooksVersion = t.Version
	}
	return &t.hooks
}

// GetAttr is getattr(o, name).
func GetAttr(in *Interp, o Object, name *Str) (Object, error) {
	v, err := lookupAttr(in, o, name)
	if v == nil && err == nil {
		err = newAttributeError(in, o, name)
	}
	return v, err
}

// GetAttrOpt is like GetAttr but returns (nil, nil) instead of raising AttributeError.
func GetAttrOpt(in *Interp, o Object, name *Str) (Object, error) {
	v, err := lookupAttr(in, o, name)
	if err != nil {
		if e, ok := err.(*Exception); ok && IsSubtype(e.Class, AttributeError) {
			return nil, nil
		}
	}
	return v, err
}

// lookupAttr finds o.name; a plain miss is (nil, nil), an AttributeError
// raised by Python code is returned as an error.
func lookupAttr(in *Interp, o Object, name *Str) (Object, error) {
	t := o.Type()
	if !t.Builtin {
		if h := t.getHooks(); h.getattribute != nil || h.getattr != nil {
			return hookGetAttr(in, o, t, h, name)
		}
	}
	return defaultGetAttr(in, o, t, name)
}

// defaultGetAttr is object.__getattribute__ (or type's, or module's,
// according to o's Go type).
func defaultGetAttr(in *Interp, o Object, t *Type, name *Str) (Object, error) {
	switch x := o.(type) {
	case *Instance:
		return genericGetAttr(in, o, t, x.Dict, name)
	case *Type:
		return typeGetAttr(in, x, name)
	case *Super:
		return x.getAttr(in, name)
	case *Module:
		v, err := genericGetAttr(in, o, t, x.Dict, name)
		if v != nil || err != nil {
			return v, err
		}
		if ga, ok := x.Dict.GetStr(sGetattr); ok {
			return Call(in, ga, []Object{name}, nil)
		}
		return nil, nil
	}
	return genericGetAttr(in, o, t, instanceDict(o, false), name)
}

// hookGetAttr runs a user class's __getattribute__ and/or __getattr__.
func hookGetAttr(in *Interp, o Object, t *Type, h *typeHooks, name *Str) (Object, error) {
	var v Object
	var err error
	if h.getattribute != nil {
		v, err = callUnbound(in, h.getattribute, o, name)
	} else {
		v, err = defaultGetAttr(in, o, t, name)
	}
	if h.getattr == nil {
		return v, err
	}
	if err != nil {
		e, ok := err.(*Exception)
		if !ok || !IsSubtype(e.Class, AttributeError) {
			return nil, err
		}
	} else if v != nil {
		return v, nil
	}
	return callUnbound(in, h.getattr, o, name)
}

// genericGetAttr is PyObject_GenericGetAttr with the instance dict given.
func genericGetAttr(in *Interp, o Object, t *Type, dict *Dict, name *Str) (Object, error) {
	descr := LookupType(t, name)
	if descr != nil && isDataDescriptor(descr) {
		return descrGet(in, descr, o, t)
	}
	if dict != nil {
		if v, ok := dict.GetStr(name); ok {
			return v, nil
		}
	}
	if descr != nil {
		return descrGet(in, descr, o, t)
	}
	return nil, nil
}

// typeGetAttr is type.__getattribute__: metaclass data descriptors, then
// the class's own MRO (binding with no instance), then metaclass attributes.
func typeGetAttr(in *Interp, t *Type, name *Str) (Object, error) {
	meta := t.Type()
	metaAttr := LookupType(meta, name)
	if metaAttr != nil && isDataDescriptor(metaAttr) {
		return descrGet(in, metaAttr, t, meta)
	}
	if attr := LookupType(t, name); attr != nil {
		return descrGet(in, attr, nil, t)
	}
	if metaAttr != nil {
		return descrGet(in, metaAttr, t, meta)
	}
	return nil, nil
}

// instanceDict returns o's attribute dict (creating it when create is set
// and o may have one), or nil.
func instanceDict(o Object, create bool) *Dict {
	switch x := o.(type) {
	case *Instance:
		if x.Dict == nil && create && x.Class.HasDict {
			x.Dict = NewDict()
		}
		return x.Dict
	case *Exception:
		if x.Dict == nil && create {
			x.Dict = NewDict()
		}
		return x.Dict
	case *Function:
		if x.Dict == nil && create {
			x.Dict = NewDict()
		}
		return x.Dict
	case *Module:
		return x.Dict
	case DictHolder:
		return x.InstanceDict(create)
	}
	return nil
}

// isDataDescriptor reports whether d, found on a type, takes precedence
// over the instance dict.
func isDataDescriptor(d Object) bool {
	switch x := d.(type) {
	case *Function, *MethodDescriptor, *BuiltinFunction, *StaticMethod, *ClassMethod, *ClassMethodDescriptor, *Str, Int:
		return false
	case *GetSetDescriptor, *Property:
		return true
	case *Instance:
		return LookupType(x.Class, sSet) != nil || LookupType(x.Class, sDelete) != nil
	case DescriptorSetter:
		return true
	}
	return false
}

// descrGet binds a class attribute d to obj (nil: looked up on the class
// owner itself). Values that are not descriptors are returned unchanged.
func descrGet(in *Interp, d Object, obj Object, owner *Type) (Object, error) {
	switch x := d.(type) {
	case *Function:
		if obj == nil {
			return x, nil
		}
		return &BoundMethod{Func: x, Self: obj}, nil
	case *MethodDescriptor:
		if obj == nil {
			return x, nil
		}
		return &BuiltinFunction{Name: x.Name, Qualname: x.Owner.Name + "." + x.Name, Meth: x.Meth, Self: obj}, nil
	case *ClassMethodDescriptor:
		if obj != nil && owner == nil {
			owner = obj.Type()
		}
		return &BuiltinFunction{Name: x.Name, Qualname: x.Owner.Name + "." + x.Name, Meth: x.Meth, Self: owner}, nil
	case *GetSetDescriptor:
		if obj == nil {
			return x, nil
		}
		return x.Get(in, obj)
	case *StaticMethod:
		return x.Func, nil
	case *ClassMethod:
		if owner == nil {
			if obj == nil {
				return x, nil
			}
			owner = obj.Type()
		}
		if g, ok := x.Func.(*Function); ok {
			return &BoundMethod{Func: g, Self: owner}, nil
		}
		return descrGet(in, x.Func, owner, owner.Type())
	case *Property:
		if obj == nil {
			return x, nil
		}
		if isAbsent(x.Fget) {
			return nil, x.accessorError(obj, "getter")
		}
		return Call(in, x.Fget, []Object{obj}, nil)
	case *Instance:
		get := LookupType(x.Class, sGet)
		if get == nil {
			return x, nil
		}
		var o Object = None
		if obj != nil {
			o = obj
		}
		var ow Object = None
		if owner != nil {
			ow = owner
		}
		return callUnbound(in, get, x, o, ow)
	case DescriptorGetter:
		return x.DescrGet(in, obj, owner)
	}
	return d, nil
}

// SetAttr is setattr(o, name, v).
func SetAttr(in *Interp, o Object, name *Str, v Object) error {
	t := o.Type()
	if !t.Builtin {
		if h := t.getHooks(); h.setattr != nil {
			_, err := callUnbound(in, h.setattr, o, name, v)
			return err
		}
	}
	return defaultSetAttr(in, o, t, name, v)
}

// DelAttr is delattr(o, name).
func DelAttr(in *Interp, o Object, name *Str) error {
	t := o.Type()
	if !t.Builtin {
		if h := t.getHooks(); h.delattr != nil {
			_, err := callUnbound(in, h.delattr, o, name)
			return err
		}
	}
	return defaultSetAttr(in, o, t, name, nil)
}

// defaultSetAttr is object.__setattr__ / __delattr__ (v == nil deletes).
func defaultSetAttr(in *Interp, o Object, t *Type, name *Str, v Object) error {
	if x, ok := o.(*Type); ok {
		return typeSetAttr(in, x, name, v)
	}
	descr := LookupType(t, name)
	if descr != nil {
		if handled, err := descrSet(in, descr, o, v); handled {
			return err
		}
	}
	dict := instanceDict(o, v != nil)
	if dict == nil {
		if _, isMod := o.(*Module); !isMod {
			if descr != nil && v != nil {
				return Errorf(AttributeError, "'%s' object attribute '%s' is read-only", t.Name, name.S)
			}
			return newAttributeError(in, o, name)
		}
	}
	if v == nil {
		if dict == nil || !dict.DelStr(name) {
			return newAttributeError(in, o, name)
		}
		return nil
	}
	dict.SetStr(name, v)
	return nil
}

// descrSet stores through a data descriptor; handled is false when d is
// not one (the instance dict is used instead).
func descrSet(in *Interp, d Object, o Object, v Object) (bool, error) {
	switch x := d.(type) {
	case *Function, *MethodDescriptor, *BuiltinFunction, *StaticMethod, *ClassMethod:
		return false, nil
	case *GetSetDescriptor:
		if x.Set == nil {
			if v == nil {
				return true, Errorf(AttributeError, "attribute '%s' of '%s' objects is not writable", x.Name, x.Owner.Name)
			}
			return true, Errorf(AttributeError, "attribute '%s' of '%s' objects is not writable", x.Name, x.Owner.Name)
		}
		return true, x.Set(in, o, v)
	case *Property:
		if v == nil {
			if isAbsent(x.Fdel) {
				return true, x.accessorError(o, "deleter")
			}
			_, err := Call(in, x.Fdel, []Object{o}, nil)
			return true, err
		}
		if isAbsent(x.Fset) {
			return true, x.accessorError(o, "setter")
		}
		_, err := Call(in, x.Fset, []Object{o, v}, nil)
		return true, err
	case *Instance:
		if v == nil {
			if del := LookupType(x.Class, sDelete); del != nil {
				_, err := callUnbound(in, del, x, o)
				return true, err
			}
			if LookupType(x.Class, sSet) != nil {
				return true, Errorf(AttributeError, "__delete__")
			}
			return false, nil
		}
		if set := LookupType(x.Class, sSet); set != nil {
			_, err := callUnbound(in, set, x, o, v)
			return true, err
		}
		if LookupType(x.Class, sDelete) != nil {
			return true, Errorf(AttributeError, "__set__")
		}
		return false, nil
	case DescriptorSetter:
		return true, x.DescrSet(in, o, v)
	}
	return false, nil
}

// typeSetAttr is type.__setattr__: built-in types are immutable.
func typeSetAttr(in *Interp, t *Type, name *Str, v Object) error {
	if t.Builtin {
		if v == nil {
			return Errorf(TypeError, "cannot delete '%s' attribute of immutable type '%s'", name.S, t.Name)
		}
		return Errorf(TypeError, "cannot set '%s' attribute of immutable type '%s'", name.S, t.Name)
	}
	meta := t.Type()
	if metaAttr := LookupType(meta, name); metaAttr != nil {
		if handled, err := descrSet(in, metaAttr, t, v); handled {
			return err
		}
	}
	defer t.Modified()
	if v == nil {
		if !t.Dict.DelStr(name) {
			return newAttributeError(in, t, name)
		}
		return nil
	}
	t.Dict.SetStr(name, v)
	if name.S == "__module__" {
		// The metaclass's own __module__ string shadowed type's descriptor:
		// keep the cached name that repr() uses in step with the dict.
		if s, ok := v.(*Str); ok {
			t.Module = s.S
		}
	}
	return nil
}

// newAttributeError builds CPython's AttributeError for a missing o.name,
// with .name and .obj set (the traceback printer adds "Did you mean").
func newAttributeError(in *Interp, o Object, name *Str) *Exception {
	var e *Exception
	switch x := o.(type) {
	case *Type:
		e = Errorf(AttributeError, "type object '%s' has no attribute '%s'", x.Name, name.S)
	case *Module:
		e = Errorf(AttributeError, "module '%s' has no attribute '%s'", moduleName(x), name.S)
	default:
		e = Errorf(AttributeError, "'%s' object has no attribute '%s'", TypeName(o), name.S)
	}
	e.SetSlot("name", name)
	e.SetSlot("obj", o)
	return e
}

func moduleName(m *Module) string {
	if v, ok := m.Dict.GetStr(sName); ok {
		if s, ok := v.(*Str); ok {
			return s.S
		}
	}
	return m.Name
}

// LookupSpecial finds a dunder method on type(o) (not on the instance) and
// returns it bound to o, or nil if the type has none. This is how every
// protocol (__add__, __len__, __iter__ ...) is dispatched for user classes.
func LookupSpecial(in *Interp, o Object, name *Str) (Object, error) {
	d := LookupType(o.Type(), name)
	if d == nil {
		return nil, nil
	}
	return descrGet(in, d, o, o.Type())
}

// CallSpecial calls the dunder method name of type(o) with o as self;
// found is false (and nothing is called) when the type has none.
func CallSpecial(in *Interp, o Object, name *Str, args ...Object) (v Object, found bool, err error) {
	d := LookupType(o.Type(), name)
	if d == nil {
		return nil, false, nil
	}
	v, err = callUnbound(in, d, o, args...)
	return v, true, err
}

// HasAttr is hasattr(o, name).
func HasAttr(in *Interp, o Object, name *Str) (bool, error) {
	v, err := GetAttrOpt(in, o, name)
	return v != nil, err
}
