package py

import (
	"math"
	"strings"
)

// complex_methods.go: the Python-visible methods of complex and complex().

func init() { OnSetup(setupComplexType) }

func selfComplex(self Object, name string) (complex128, error) {
	if c, ok := AsComplexValue(self); ok {
		return c, nil
	}
	return 0, Errorf(TypeError, "descriptor '%s' requires a 'complex' object but received a '%s'", name, TypeName(self))
}

// complexOperand converts the other operand: complex, float or int.
func complexOperand(o Object) (complex128, bool, error) {
	if c, ok := AsComplexValue(o); ok {
		return c, true, nil
	}
	f, ok, err := floatOperand(o)
	return complex(f, 0), ok, err
}

func complexBinaryMethod(name string, op BinOp, reflected bool) Method {
	return func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		if op == OpPow && len(args) == 2 && len(kwnames) == 0 {
			if args[1] != None {
				return nil, Errorf(ValueError, "complex modulo")
			}
			args = args[:1]
		}
		if err := numWrapperArgs(name, args, kwnames, 1); err != nil {
			return nil, err
		}
		a, err := selfComplex(self, name)
		if err != nil {
			return nil, err
		}
		b, ok, err := complexOperand(args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			return NotImplemented, nil
		}
		if reflected {
			a, b = b, a
		}
		return complexBinary(op, a, b)
	}
}

func complexUnaryMethod(name string, f func(c complex128) (Object, error)) Method {
	return func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		if err := numWrapperArgs(name, args, kwnames, 0); err != nil {
			return nil, err
		}
		c, err := selfComplex(self, name)
		if err != nil {
			return nil, err
		}
		return f(c)
	}
}

func setupComplexType() {
	t := ComplexType
	for _, op := range []BinOp{OpAdd, OpSub, OpMul, OpTrueDiv, OpPow} {
		info := binOps[op]
		t.AddMethod(info.name.S, complexBinaryMethod(info.name.S, op, false))
		t.AddMethod(info.rname.S, complexBinaryMethod(info.rname.S, op, true))
	}
	for op := CmpLT; op <= CmpGE; op++ {
		op := op
		name := cmpInfo[op].name.S
		t.AddMethod(name, func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
			if err := numWrapperArgs(name, args, kwnames, 1); err != nil {
				return nil, err
			}
			a, err := selfComplex(self, name)
			if err != nil {
				return nil, err
			}
			if op != CmpEQ && op != CmpNE {
				return NotImplemented, nil
			}
			var other Object
			if c, ok := AsComplexValue(args[0]); ok {
				other = Complex(c)
			} else if f, ok := AsFloatValue(args[0]); ok {
				other = Float(f)
			} else if i, ok := AsInt(args[0]); ok {
				other = i
			} else {
				return NotImplemented, nil
			}
			return numCompare(Complex(a), other, op), nil
		})
	}
	t.AddMethod("__neg__", complexUnaryMethod("__neg__", func(c complex128) (Object, error) { return Complex(-c), nil }))
	t.AddMethod("__pos__", complexUnaryMethod("__pos__", func(c complex128) (Object, error) { return Complex(c), nil }))
	t.AddMethod("__abs__", complexUnaryMethod("__abs__", complexAbs))
	t.AddMethod("__bool__", complexUnaryMethod("__bool__", func(c complex128) (Object, error) { return Bool(c != 0), nil }))
	t.AddMethod("__hash__", complexUnaryMethod("__hash__", func(c complex128) (Object, error) { return Int(complexHash(c)), nil }))
	t.AddMethod("__repr__", complexUnaryMethod("__repr__", func(c complex128) (Object, error) { return NewStr(ComplexRepr(c)), nil }))
	t.AddMethod("__getnewargs__", complexUnaryMethod("__getnewargs__", func(c complex128) (Object, error) {
		return NewTuple(Float(real(c)), Float(imag(c))), nil
	}))
	t.AddMethod("conjugate", complexUnaryMethod("conjugate", func(c complex128) (Object, error) {
		return Complex(complex(real(c), -imag(c))), nil
	}))
	t.AddMethod("__format__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		if err := numWrapperArgs("__format__", args, kwnames, 1); err != nil {
			return nil, err
		}
		c, err := selfComplex(self, "__format__")
		if err != nil {
			return nil, err
		}
		spec, ok := AsStr(args[0])
		if !ok {
			return nil, Errorf(TypeError, "__format__() argument must be str, not %s", TypeName(args[0]))
		}
		if spec.S == "" {
			if _, sub := self.(*Instance); sub {
				return ToStr(in, self)
			}
		}
		s, err := FormatComplex(c, spec.S)
		if err != nil {
			return nil, err
		}
		return NewStr(s), nil
	})
	t.AddGetSet("real", func(in *Interp, self Object) (Object, error) {
		c, err := selfComplex(self, "real")
		return Float(real(c)), err
	}, nil)
	t.AddGetSet("imag", func(in *Interp, self Object) (Object, error) {
		c, err := selfComplex(self, "imag")
		return Float(imag(c)), err
	}, nil)
	t.New = complexNew
}

// complexNew is complex(real=0, imag=0).
func complexNew(in *Interp, t *Type, args []Object, kwnames []string) (Object, error) {
	var out [2]Object
	if err := numBindArgs("complex", args, kwnames, []string{"real", "imag"}, 0, 0, out[:]); err != nil {
		return nil, err
	}
	c, err := ComplexFromObjects(in, out[0], out[1])
	if err != nil {
		return nil, err
	}
	return newNumberInstance(t, ComplexType, Complex(c)), nil
}

// ComplexFromObjects is complex(re, im) (nil: not given).
func ComplexFromObjects(in *Interp, re, im Object) (complex128, error) {
	if re == nil {
		re = Int(0)
	}
	if s, ok := AsStr(re); ok {
		if im != nil {
			return 0, Errorf(TypeError, "complex() can't take second arg if first is a string")
		}
		c, ok := parseComplexText(s.S)
		if !ok {
			return 0, Errorf(ValueError, "complex() arg is a malformed string")
		}
		return c, nil
	}
	if im != nil {
		if _, ok := AsStr(im); ok {
			return 0, Errorf(TypeError, "complex() second arg can't be a string")
		}
	}
	r, err := complexArg(in, re, "first")
	if err != nil {
		return 0, err
	}
	if im == nil {
		return r, nil
	}
	i, err := complexArg(in, im, "second")
	if err != nil {
		return 0, err
	}
	// As CPython: the parts are combined only where an argument really is
	// complex, so complex(2, -0.0) keeps the negative zero.
	rr, ri := real(r), real(i)
	if isComplexArg(im) {
		rr -= imag(i)
	}
	if isComplexArg(re) {
		ri += imag(r)
	}
	return complex(rr, ri), nil
}

// isComplexArg reports whether a complex() argument is a complex number
// (a complex, a subclass, or an object with __complex__).
func isComplexArg(o Object) bool {
	if _, ok := AsComplexValue(o); ok {
		return true
	}
	return numKind(o) < 0 && LookupType(o.Type(), nameComplex) != nil
}

func complexArg(in *Interp, o Object, which string) (complex128, error) {
	if c, ok := AsComplexValue(o); ok {
		return c, nil
	}
	if f, err := LookupSpecial(in, o, nameComplex); err != nil {
		return 0, err
	} else if f != nil && f != None {
		r, err := Call(in, f, nil, nil)
		if err != nil {
			return 0, err
		}
		if c, ok := AsComplexValue(r); ok {
			return c, nil
		}
		return 0, Errorf(TypeError, "__complex__ returned non-complex (type %s)", TypeName(r))
	}
	f, err := AsFloat(in, o)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class == TypeError {
			return 0, Errorf(TypeError, "complex() %s argument must be a string or a number, not '%s'", which, TypeName(o))
		}
		return 0, err
	}
	return complex(f, 0), nil
}

// parseComplexText parses "1+2j", "(3-4.5e1J)", "2j", "-j", "1.5".
func parseComplexText(s string) (complex128, bool) {
	s = strings.TrimFunc(s, isPySpace)
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = strings.TrimFunc(s[1:len(s)-1], isPySpace)
	}
	if s == "" {
		return 0, false
	}
	if c := s[len(s)-1]; c != 'j' && c != 'J' {
		f, ok := parseFloatText(s)
		if !ok || strings.ContainsAny(s, " \t") {
			return 0, false
		}
		return complex(f, 0), true
	}
	body := s[:len(s)-1]
	// Split at the last sign that is not part of an exponent.
	split := -1
	for i := len(body) - 1; i > 0; i-- {
		if (body[i] == '+' || body[i] == '-') && body[i-1] != 'e' && body[i-1] != 'E' {
			split = i
			break
		}
	}
	imagPart := func(t string) (float64, bool) {
		switch t {
		case "", "+":
			return 1, true
		case "-":
			return -1, true
		}
		if strings.ContainsAny(t, " \t") {
			return 0, false
		}
		return parseFloatText(t)
	}
	if split < 0 {
		im, ok := imagPart(body)
		return complex(0, im), ok
	}
	re, ok := parseFloatText(body[:split])
	if !ok || strings.ContainsAny(body[:split], " \t") {
		return 0, false
	}
	im, ok := imagPart(body[split:])
	if !ok || math.IsNaN(re) && false {
		return 0, false
	}
	return complex(re, im), true
}
