package py

import (
	"sort"
	"strings"
)

// The built-in functions that need the VM: classes, attributes, identity,
// namespaces, print/input, and the refusals (exec, eval, compile).

func init() {
	for _, t := range []*Type{ObjectType, TypeType, SuperType, PropertyType, ClassMethodType, StaticMethodType} {
		RegisterBuiltinValue(t.Name, t)
	}
	RegisterBuiltinValue("None", None)
	RegisterBuiltinValue("Ellipsis", Ellipsis)
	RegisterBuiltinValue("NotImplemented", NotImplemented)
	RegisterBuiltinValue("__debug__", True)
	RegisterBuiltin("__build_class__", buildClass)
	RegisterBuiltin("__import__", builtinImport)
	RegisterBuiltin("isinstance", func(in *Interp, args []Object, kw []string) (Object, error) {
		if err := CheckArgs("isinstance", args, kw, 2, 2); err != nil {
			return nil, err
		}
		r, err := IsInstanceOf(in, args[0], args[1])
		return NewBool(r), err
	})
	RegisterBuiltin("issubclass", func(in *Interp, args []Object, kw []string) (Object, error) {
		if err := CheckArgs("issubclass", args, kw, 2, 2); err != nil {
			return nil, err
		}
		r, err := IsSubclassOf(in, args[0], args[1])
		return NewBool(r), err
	})
	RegisterBuiltin("getattr", func(in *Interp, args []Object, kw []string) (Object, error) {
		if err := CheckArgs("getattr", args, kw, 2, 3); err != nil {
			return nil, err
		}
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(args[1]))
		}
		if len(args) == 3 {
			v, err := GetAttrOpt(in, args[0], name)
			if v == nil && err == nil {
				return args[2], nil
			}
			return v, err
		}
		return GetAttr(in, args[0], name)
	})
	RegisterBuiltin("setattr", func(in *Interp, args []Object, kw []string) (Object, error) {
		if err := CheckArgs("setattr", args, kw, 3, 3); err != nil {
			return nil, err
		}
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(args[1]))
		}
		return None, SetAttr(in, args[0], name, args[2])
	})
	RegisterBuiltin("delattr", func(in *Interp, args []Object, kw []string) (Object, error) {
		if err := CheckArgs("delattr", args, kw, 2, 2); err != nil {
			return nil, err
		}
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(args[1]))
		}
		return None, DelAttr(in, args[0], name)
	})
	RegisterBuiltin("hasattr", func(in *Interp, args []Object, kw []string) (Object, error) {
		if err := CheckArgs("hasattr", args, kw, 2, 2); err != nil {
			return nil, err
		}
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(args[1]))
		}
		r, err := HasAttr(in, args[0], name)
		return NewBool(r), err
	})
	RegisterBuiltin("callable", func(in *Interp, args []Object, kw []string) (Object, error) {
		if err := CheckArgs("callable", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return NewBool(Callable(args[0])), nil
	})
	RegisterBuiltin("id", func(in *Interp, args []Object, kw []string) (Object, error) {
		if err := CheckArgs("id", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return Int(in.ID(args[0])), nil
	})
	RegisterBuiltin("vars", func(in *Interp, args []Object, kw []string) (Object, error) {
		if err := CheckArgs("vars", args, kw, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return currentLocals(in), nil
		}
		v, err := GetAttrOpt(in, args[0], sDict)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return nil, Errorf(TypeError, "vars() argument must have __dict__ attribute")
		}
		return v, nil
	})
	RegisterBuiltin("dir", func(in *Interp, args []Object, kw []string) (Object, error) {
		if err := CheckArgs("dir", args, kw, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			keys := dictKeyStrings(asDictOrNil(currentLocals(in)))
			sort.Strings(keys)
			items := make([]Object, len(keys))
			for i, k := range keys {
				items[i] = NewStr(k)
			}
			return NewList(items), nil
		}
		return Dir(in, args[0])
	})
	RegisterBuiltin("globals", func(in *Interp, args []Object, kw []string) (Object, error) {
		if err := CheckArgs("globals", args, kw, 0, 0); err != nil {
			return nil, err
		}
		if in.frame == nil {
			return NewDict(), nil
		}
		return in.frame.Globals, nil
	})
	RegisterBuiltin("locals", func(in *Interp, args []Object, kw []string) (Object, error) {
		if err := CheckArgs("locals", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return currentLocals(in), nil
	})
	RegisterBuiltin("print", builtinPrint)
	RegisterBuiltin("input", func(in *Interp, args []Object, kw []string) (Object, error) {
		if err := CheckArgs("input", args, kw, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 1 {
			s, err := ToStr(in, args[0])
			if err != nil {
				return nil, err
			}
			if err := in.writeStream("stdout", s.S); err != nil {
				return nil, err
			}
		}
		return nil, Errorf(EOFError, "EOF when reading a line")
	})
	for _, name := range []string{"exec", "eval", "compile", "breakpoint", "open", "help"} {
		n := name
		RegisterBuiltin(n, func(in *Interp, args []Object, kw []string) (Object, error) {
			return nil, Errorf(NotImplementedError, "%s() is not supported in aioplay", n)
		})
	}
}

func asDictOrNil(o Object) *Dict {
	d, _ := AsDict(o)
	return d
}

// currentLocals is locals() of the running frame.
func currentLocals(in *Interp) Object {
	if in.frame == nil {
		return NewDict()
	}
	return frameLocals(in.frame)
}

// Dir is dir(o): type(o).__dir__(o), sorted.
func Dir(in *Interp, o Object) (*List, error) {
	d := LookupType(o.Type(), sDir)
	var names []Object
	if d == nil {
		names = dirNames(in, o)
	} else {
		r, err := callUnbound(in, d, o)
		if err != nil {
			return nil, err
		}
		if names, err = Collect(in, r); err != nil {
			return nil, err
		}
	}
	items := make([]Object, len(names))
	copy(items, names)
	l := NewList(items)
	sort.SliceStable(l.Items, func(i, j int) bool {
		a, _ := l.Items[i].(*Str)
		b, _ := l.Items[j].(*Str)
		if a == nil || b == nil {
			return false
		}
		return a.S < b.S
	})
	return l, nil
}

// builtinPrint is print(*objects, sep=' ', end='\n', file=None, flush=False).
func builtinPrint(in *Interp, args []Object, kwnames []string) (Object, error) {
	npos := len(args) - len(kwnames)
	sep, end := " ", "\n"
	var file Object
	flush := false
	for i, k := range kwnames {
		v := args[npos+i]
		switch k {
		case "sep", "end":
			var s string
			if v != Object(None) {
				str, ok := v.(*Str)
				if !ok {
					return nil, Errorf(TypeError, "%s must be None or a string, not %s", k, TypeName(v))
				}
				s = str.S
			} else if k == "sep" {
				s = " "
			} else {
				s = "\n"
			}
			if k == "sep" {
				sep = s
			} else {
				end = s
			}
		case "file":
			if v != Object(None) {
				file = v
			}
		case "flush":
			t, err := Truth(in, v)
			if err != nil {
				return nil, err
			}
			flush = t
		default:
			return nil, Errorf(TypeError, "'%s' is an invalid keyword argument for print()", k)
		}
	}
	if file == nil {
		var err error
		file, err = in.sysAttr("stdout")
		if err != nil {
			return nil, err
		}
	}
	if _, std := file.(*StdStream); !std {
		// Another file object sees each piece written separately, as in CPython.
		for i, a := range args[:npos] {
			if i > 0 {
				if err := in.writeTo(file, sep); err != nil {
					return nil, err
				}
			}
			s, err := ToStr(in, a)
			if err != nil {
				return nil, err
			}
			if err := in.writeTo(file, s.S); err != nil {
				return nil, err
			}
		}
		if err := in.writeTo(file, end); err != nil {
			return nil, err
		}
		if flush {
			if _, err := CallMethod(in, file, sFlush); err != nil {
				return nil, err
			}
		}
		return None, nil
	}
	var b strings.Builder
	for i, a := range args[:npos] {
		if i > 0 {
			b.WriteString(sep)
		}
		if s, ok := a.(*Str); ok {
			b.WriteString(s.S)
			continue
		}
		s, err := ToStr(in, a)
		if err != nil {
			return nil, err
		}
		b.WriteString(s.S)
	}
	b.WriteString(end)
	return None, in.writeTo(file, b.String())
}
