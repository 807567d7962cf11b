package py

// Super is super(type, obj): attribute lookups start after Class in the MRO
// of ObjType.
type Super struct {
	Class   *Type
	Obj     Object // nil for an unbound super
	ObjType *Type
}

func (*Super) Type() *Type { return SuperType }

func setupSuper() {
	SuperType.New = func(in *Interp, t *Type, args []Object, kw []string) (Object, error) {
		if len(kw) > 0 {
			return nil, Errorf(TypeError, "super() takes no keyword arguments")
		}
		switch len(args) {
		case 0:
			return zeroArgSuper(in)
		case 1:
			c, ok := args[0].(*Type)
			if !ok {
				return nil, Errorf(TypeError, "super() argument 1 must be a type, not %s", TypeName(args[0]))
			}
			return &Super{Class: c}, nil
		case 2:
			c, ok := args[0].(*Type)
			if !ok {
				return nil, Errorf(TypeError, "super() argument 1 must be a type, not %s", TypeName(args[0]))
			}
			return newSuper(c, args[1])
		}
		return nil, Errorf(TypeError, "super() takes at most 2 arguments (%d given)", len(args))
	}
	SuperType.AddMethod("__init__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) { return None, nil })
	SuperType.AddMethod("__getattribute__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "expected 1 argument, got %d", len(args))
		}
		name, ok := args[0].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(args[0]))
		}
		return self.(*Super).getAttr(in, name)
	})
	SuperType.AddMethod("__repr__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		s := self.(*Super)
		if s.ObjType != nil {
			return NewStr("<super: <class '" + s.Class.Name + "'>, <" + s.ObjType.Name + " object>>"), nil
		}
		return NewStr("<super: <class '" + s.Class.Name + "'>, NULL>"), nil
	})
	SuperType.AddGetSet("__thisclass__", func(in *Interp, self Object) (Object, error) { return self.(*Super).Class, nil }, nil)
	SuperType.AddGetSet("__self__", func(in *Interp, self Object) (Object, error) {
		if o := self.(*Super).Obj; o != nil {
			return o, nil
		}
		return None, nil
	}, nil)
	SuperType.AddGetSet("__self_class__", func(in *Interp, self Object) (Object, error) {
		if o := self.(*Super).ObjType; o != nil {
			return o, nil
		}
		return None, nil
	}, nil)
}

func newSuper(c *Type, obj Object) (*Super, error) {
	if t, ok := obj.(*Type); ok && IsSubtype(t, c) {
		return &Super{Class: c, Obj: obj, ObjType: t}, nil
	}
	if IsSubtype(obj.Type(), c) {
		return &Super{Class: c, Obj: obj, ObjType: obj.Type()}, nil
	}
	return nil, Errorf(TypeError, "super(type, obj): obj must be an instance or subtype of type")
}

// zeroArgSuper is super() in a method: __class__ from the cell, the first
// argument from the frame.
func zeroArgSuper(in *Interp) (Object, error) {
	f := in.frame
	if f == nil {
		return nil, Errorf(RuntimeError, "super(): no current frame")
	}
	co := f.Code
	c := co.Code
	if c.ArgCount == 0 && c.Flags&0x04 == 0 {
		return nil, Errorf(RuntimeError, "super(): no arguments")
	}
	var first Object
	if c.Cell2Arg != nil {
		for i, a := range c.Cell2Arg {
			if a == 0 {
				first = f.cells[i].V
			}
		}
	}
	if first == nil && len(f.fast) > 0 {
		first = f.fast[0]
	}
	if first == nil {
		return nil, Errorf(RuntimeError, "super(): arg[0] deleted")
	}
	for i, name := range c.Freevars {
		if name == "__class__" {
			cell := f.cells[co.ncells+i]
			if cell.V == nil {
				return nil, Errorf(RuntimeError, "super(): empty __class__ cell")
			}
			cls, ok := cell.V.(*Type)
			if !ok {
				return nil, Errorf(RuntimeError, "super(): __class__ is not a type (%s)", TypeName(cell.V))
			}
			return newSuper(cls, first)
		}
	}
	return nil, Errorf(RuntimeError, "super(): __class__ cell not found")
}

// getAttr looks name up in the MRO of ObjType after Class.
func (s *Super) getAttr(in *Interp, name *Str) (Object, error) {
	if s.ObjType != nil && name.S != "__class__" {
		mro := s.ObjType.MRO
		i := 0
		for i < len(mro) && mro[i] != s.Class {
			i++
		}
		for i++; i < len(mro); i++ {
			if v, ok := mro[i].Dict.GetStr(name); ok {
				var obj Object = s.Obj
				if obj == Object(s.ObjType) {
					obj = nil
				}
				return descrGet(in, v, obj, s.ObjType)
			}
		}
	}
	v, err := genericGetAttr(in, s, SuperType, nil, name)
	if v == nil && err == nil {
		err = Errorf(AttributeError, "'super' object has no attribute '%s'", name.S)
	}
	return v, err
}
