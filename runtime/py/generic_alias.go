package py

import "strings"

// generic_alias.go: types.GenericAlias, the result of list[int] or
// dict[str, int] (needed because annotations are evaluated at definition
// time). Calling the alias calls its origin.

var GenericAliasType = NewBuiltinType("GenericAlias", ObjectType)

// GenericAlias is origin[args].
type GenericAlias struct {
	Origin Object
	Args   *Tuple
}

func (*GenericAlias) Type() *Type { return GenericAliasType }

// classGetItem is the __class_getitem__ of the built-in containers.
func classGetItem(in *Interp, cls Object, args []Object, kwnames []string) (Object, error) {
	if len(args) != 1 {
		return nil, Errorf(TypeError, "__class_getitem__ expected 1 argument, got %d", len(args))
	}
	a, ok := args[0].(*Tuple)
	if !ok {
		a = NewTuple(args[0])
	}
	return &GenericAlias{Origin: cls, Args: a}, nil
}

// typeReprName is how a type appears inside a GenericAlias repr.
func typeReprName(in *Interp, o Object) (string, error) {
	switch v := o.(type) {
	case *Type:
		if v.Module == "builtins" || v.Module == "" {
			return v.Qualname, nil
		}
		return v.Module + "." + v.Qualname, nil
	case *EllipsisType:
		return "...", nil
	case *GenericAlias:
		return genericAliasRepr(in, v)
	}
	r, err := Repr(in, o)
	if err != nil {
		return "", err
	}
	return r.S, nil
}

func genericAliasRepr(in *Interp, g *GenericAlias) (string, error) {
	var b strings.Builder
	name, err := typeReprName(in, g.Origin)
	if err != nil {
		return "", err
	}
	b.WriteString(name)
	b.WriteByte('[')
	if len(g.Args.Items) == 0 {
		b.WriteString("()")
	}
	for i, a := range g.Args.Items {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := typeReprName(in, a)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteByte(']')
	return b.String(), nil
}

func init() {
	OnSetup(func() {
		t := GenericAliasType
		t.Module = "types"
		t.New = func(in *Interp, _ *Type, args []Object, kw []string) (Object, error) {
			if len(kw) > 0 {
				return nil, Errorf(TypeError, "GenericAlias() takes no keyword arguments")
			}
			if len(args) != 2 {
				return nil, Errorf(TypeError, "GenericAlias expected 2 arguments, got %d", len(args))
			}
			return classGetItem(in, args[0], args[1:], nil)
		}
		t.AddMethod("__repr__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
			s, err := genericAliasRepr(in, self.(*GenericAlias))
			return NewStr(s), err
		})
		t.AddMethod("__call__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
			return Call(in, self.(*GenericAlias).Origin, args, kwnames)
		})
		t.AddMethod("__eq__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
			o, ok := args[0].(*GenericAlias)
			if !ok {
				return NotImplemented, nil
			}
			g := self.(*GenericAlias)
			if g.Origin != o.Origin {
				return False, nil
			}
			eq, err := seqCompare(in, g.Args.Items, o.Args.Items, CmpEQ)
			return eq, err
		})
		t.AddMethod("__hash__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
			g := self.(*GenericAlias)
			h, err := TupleHash(in, g.Args)
			if err != nil {
				return nil, err
			}
			oh, err := Hash(in, g.Origin)
			return Int(h ^ oh), err
		})
		t.AddGetSet("__origin__", func(in *Interp, self Object) (Object, error) { return self.(*GenericAlias).Origin, nil }, nil)
		t.AddGetSet("__args__", func(in *Interp, self Object) (Object, error) { return self.(*GenericAlias).Args, nil }, nil)
	})
}
