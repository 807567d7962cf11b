package py

import "math"

// convert.go: unwrapping and converting numbers (operator.index, the
// __index__/__int__/__float__ protocols).

var (
	nameIndex   = Intern("__index__")
	nameInt     = Intern("__int__")
	nameFloat   = Intern("__float__")
	nameComplex = Intern("__complex__")
	nameTrunc   = Intern("__trunc__")
)

// AsInt unwraps an Int, Bool or int subclass instance to Int/*BigInt.
func AsInt(o Object) (Object, bool) {
	switch v := o.(type) {
	case Int:
		return v, true
	case *BigInt:
		return v, true
	case Bool:
		if v {
			return Int(1), true
		}
		return Int(0), true
	case *Instance:
		if v.Base != nil {
			return AsInt(v.Base)
		}
	}
	return nil, false
}

// AsFloatValue unwraps a float or float subclass instance.
func AsFloatValue(o Object) (float64, bool) {
	switch v := o.(type) {
	case Float:
		return float64(v), true
	case *Instance:
		if v.Base != nil {
			return AsFloatValue(v.Base)
		}
	}
	return 0, false
}

// AsComplexValue unwraps a complex or complex subclass instance.
func AsComplexValue(o Object) (complex128, bool) {
	switch v := o.(type) {
	case Complex:
		return complex128(v), true
	case *Instance:
		if v.Base != nil {
			return AsComplexValue(v.Base)
		}
	}
	return 0, false
}

// IndexObject is operator.index(o): an Int or *BigInt.
func IndexObject(in *Interp, o Object) (Object, error) {
	if i, ok := AsInt(o); ok {
		return i, nil
	}
	f, err := LookupSpecial(in, o, nameIndex)
	if err != nil {
		return nil, err
	}
	if f == nil || f == None {
		return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(o))
	}
	r, err := Call(in, f, nil, nil)
	if err != nil {
		return nil, err
	}
	if i, ok := AsInt(r); ok {
		return i, nil
	}
	return nil, Errorf(TypeError, "__index__ returned non-int (type %s)", TypeName(r))
}

// Index is operator.index(o) as a Go int (OverflowError if it does not fit).
func Index(in *Interp, o Object) (int, error) {
	if i, ok := o.(Int); ok {
		return int(i), nil
	}
	i, err := IndexObject(in, o)
	if err != nil {
		return 0, err
	}
	if v, ok := i.(Int); ok && int64(int(v)) == int64(v) {
		return int(v), nil
	}
	return 0, Errorf(OverflowError, "cannot fit 'int' into an index-sized integer")
}

// IndexClamped is operator.index(o) clamped to the Go int range (as
// CPython's slice indices).
func IndexClamped(in *Interp, o Object) (int, error) {
	i, err := IndexObject(in, o)
	if err != nil {
		return 0, err
	}
	if v, ok := i.(Int); ok && int64(int(v)) == int64(v) {
		return int(v), nil
	}
	if IntSign(i) < 0 {
		return math.MinInt, nil
	}
	return math.MaxInt, nil
}

// AsFloat converts o to a Go float64 as float(o) does for numbers
// (float, int, __float__, __index__); TypeError "must be real number, not
// str" otherwise. Strings are not parsed.
func AsFloat(in *Interp, o Object) (float64, error) {
	switch v := o.(type) {
	case Float:
		return float64(v), nil
	case Int:
		return float64(v), nil
	case Bool, *BigInt:
		return intObjToFloat(v)
	}
	if f, ok := AsFloatValue(o); ok {
		return f, nil
	}
	if i, ok := AsInt(o); ok {
		return intObjToFloat(i)
	}
	fl, err := LookupSpecial(in, o, nameFloat)
	if err != nil {
		return 0, err
	}
	if fl != nil && fl != None {
		r, err := Call(in, fl, nil, nil)
		if err != nil {
			return 0, err
		}
		if f, ok := r.(Float); ok {
			return float64(f), nil
		}
		if f, ok := AsFloatValue(r); ok {
			return f, nil
		}
		return 0, Errorf(TypeError, "%s.__float__ returned non-float (type %s)", TypeName(o), TypeName(r))
	}
	ix, err := LookupSpecial(in, o, nameIndex)
	if err != nil {
		return 0, err
	}
	if ix != nil && ix != None {
		i, err := IndexObject(in, o)
		if err != nil {
			return 0, err
		}
		return intObjToFloat(i)
	}
	return 0, Errorf(TypeError, "must be real number, not %s", TypeName(o))
}

// AsIntExact converts o to a Go int64 via __index__, with ok false (and no
// error) when the value does not fit.
func AsIntExact(in *Interp, o Object) (int64, bool, error) {
	i, err := IndexObject(in, o)
	if err != nil {
		return 0, false, err
	}
	if v, ok := i.(Int); ok {
		return int64(v), true, nil
	}
	return 0, false, nil
}
