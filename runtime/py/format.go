package py

// format.go: format(o, spec), the entry point behind f-strings and
// str.format: built-in numbers and str are formatted directly, anything
// else through type(o).__format__.

var nameFormat = Intern("__format__")

// Format is format(o, spec).
func Format(in *Interp, o Object, spec string) (*Str, error) {
	var s string
	var err error
	switch v := o.(type) {
	case *Str:
		if spec == "" {
			return v, nil
		}
		s, err = FormatStr(v.S, spec)
	case Int:
		s, err = FormatInt(v, spec)
	case *BigInt:
		s, err = FormatInt(v, spec)
	case Bool:
		if spec == "" {
			if v {
				return NewStr("True"), nil
			}
			return NewStr("False"), nil
		}
		s, err = formatIntTyped(Int(b2i(bool(v))), spec, "bool")
	case Float:
		s, err = FormatFloat(float64(v), spec)
	case Complex:
		s, err = FormatComplex(complex128(v), spec)
	default:
		return formatSlow(in, o, spec)
	}
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

func formatSlow(in *Interp, o Object, spec string) (*Str, error) {
	f := LookupType(o.Type(), nameFormat)
	if f == nil || isObjectDefault(f) {
		return ObjectFormat(in, o, spec)
	}
	var r Object
	var err error
	if d, ok := f.(*MethodDescriptor); ok {
		r, err = d.Meth(in, o, []Object{NewStr(spec)}, nil)
	} else {
		var bound Object
		bound, err = LookupSpecial(in, o, nameFormat)
		if err == nil {
			r, err = Call(in, bound, []Object{NewStr(spec)}, nil)
		}
	}
	if err != nil {
		return nil, err
	}
	if s, ok := r.(*Str); ok {
		return s, nil
	}
	if s, ok := AsStr(r); ok {
		return s, nil
	}
	return nil, Errorf(TypeError, "__format__ must return a str, not %s", TypeName(r))
}

// ObjectFormat is object.__format__: str(o) for an empty spec, TypeError
// otherwise.
func ObjectFormat(in *Interp, o Object, spec string) (*Str, error) {
	if spec != "" {
		return nil, Errorf(TypeError, "unsupported format string passed to %s.__format__", TypeName(o))
	}
	return ToStr(in, o)
}
