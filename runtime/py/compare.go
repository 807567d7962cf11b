package py

import (
	"math"
	"math/big"
)

// compare.go: rich comparison. Built-in numbers compare exactly (an int
// and a float are compared as the mathematical values, never by rounding
// the int); other objects go through CPython's protocol: the reflected
// method of a proper subclass first, then a.__op__(b), then
// b.__reflected__(a); == and != fall back to identity; ordering raises
// "'<' not supported between instances of 'A' and 'B'".

var cmpInfo = [...]struct {
	sym     string
	name    *Str
	swapped CompareOp
}{
	CmpLT: {"<", Intern("__lt__"), CmpGT},
	CmpLE: {"<=", Intern("__le__"), CmpGE},
	CmpEQ: {"==", Intern("__eq__"), CmpEQ},
	CmpNE: {"!=", Intern("__ne__"), CmpNE},
	CmpGT: {">", Intern("__gt__"), CmpLT},
	CmpGE: {">=", Intern("__ge__"), CmpLE},
}

// String is the operator's symbol.
func (op CompareOp) String() string { return cmpInfo[op].sym }

// cmpResult turns a three-way result into the answer for op.
func cmpResult(c int, op CompareOp) bool {
	switch op {
	case CmpLT:
		return c < 0
	case CmpLE:
		return c <= 0
	case CmpEQ:
		return c == 0
	case CmpNE:
		return c != 0
	case CmpGT:
		return c > 0
	}
	return c >= 0
}

// RichCompare is a <op> b.
func RichCompare(in *Interp, a, b Object, op CompareOp) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			switch op {
			case CmpLT:
				return Bool(x < y), nil
			case CmpLE:
				return Bool(x <= y), nil
			case CmpEQ:
				return Bool(x == y), nil
			case CmpNE:
				return Bool(x != y), nil
			case CmpGT:
				return Bool(x > y), nil
			}
			return Bool(x >= y), nil
		}
	}
	if r := numCompare(a, b, op); r != NotImplemented {
		return r, nil
	}
	if x, ok := a.(*Str); ok {
		if y, ok := b.(*Str); ok {
			// UTF-8 (and WTF-8) byte order is code point order.
			c := 0
			if x.S < y.S {
				c = -1
			} else if x.S > y.S {
				c = 1
			}
			return Bool(cmpResult(c, op)), nil
		}
	}
	return richCompareSlow(in, a, b, op)
}

// Eq is a == b as containers compare: identity first.
func Eq(in *Interp, a, b Object) (bool, error) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return x == y, nil
		}
	case *Str:
		if y, ok := b.(*Str); ok {
			return x == y || x.S == y.S, nil
		}
	}
	if a == b {
		return true, nil
	}
	r, err := RichCompare(in, a, b, CmpEQ)
	if err != nil {
		return false, err
	}
	if v, ok := r.(Bool); ok {
		return bool(v), nil
	}
	return Truth(in, r)
}

// numCompare compares built-in numbers exactly; NotImplemented when one
// operand is not a built-in number, or for ordering complex numbers.
func numCompare(a, b Object, op CompareOp) Object {
	ka, kb := numKind(a), numKind(b)
	if ka < 0 || kb < 0 {
		return NotImplemented
	}
	if ka == 2 || kb == 2 {
		if op != CmpEQ && op != CmpNE {
			return NotImplemented
		}
		eq := complexEqual(a, b)
		return Bool(eq == (op == CmpEQ))
	}
	if ka == 0 && kb == 0 {
		x, _ := intOf(a)
		y, _ := intOf(b)
		return Bool(cmpResult(intCompare(x, y), op))
	}
	if ka == 1 && kb == 1 {
		return Bool(floatCompare(float64(a.(Float)), float64(b.(Float)), op))
	}
	if ka == 1 {
		f := float64(a.(Float))
		if math.IsNaN(f) {
			return Bool(op == CmpNE)
		}
		y, _ := intOf(b)
		return Bool(cmpResult(-compareIntFloat(y, f), op))
	}
	f := float64(b.(Float))
	if math.IsNaN(f) {
		return Bool(op == CmpNE)
	}
	x, _ := intOf(a)
	return Bool(cmpResult(compareIntFloat(x, f), op))
}

// compareIntFloat compares an int object with a non-NaN float exactly.
func compareIntFloat(i Object, f float64) int {
	if math.IsInf(f, 1) {
		return -1
	}
	if math.IsInf(f, -1) {
		return 1
	}
	if x, ok := i.(Int); ok && x >= -(1<<53) && x <= 1<<53 {
		g := float64(x)
		switch {
		case g < f:
			return -1
		case g > f:
			return 1
		}
		return 0
	}
	return new(big.Float).SetInt(toBig(i)).Cmp(big.NewFloat(f))
}

// complexEqual is a == b where at least one is complex.
func complexEqual(a, b Object) bool {
	if x, ok := a.(Complex); ok {
		if y, ok := b.(Complex); ok {
			return x == y
		}
		if imag(x) != 0 {
			return false
		}
		return numCompare(Float(real(x)), b, CmpEQ) == True
	}
	return complexEqual(b, a)
}

// richCompareSlow is the Python-level protocol.
func richCompareSlow(in *Interp, a, b Object, op CompareOp) (Object, error) {
	ta, tb := a.Type(), b.Type()
	swapped := cmpInfo[op].swapped
	checkedReverse := false
	if ta != tb && IsSubtype(tb, ta) {
		checkedReverse = true
		r, err := callCompareSlot(in, b, a, swapped)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	r, err := callCompareSlot(in, a, b, op)
	if err != nil || r != NotImplemented {
		return r, err
	}
	if !checkedReverse {
		r, err := callCompareSlot(in, b, a, swapped)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	switch op {
	case CmpEQ:
		return Bool(a == b), nil
	case CmpNE:
		return Bool(a != b), nil
	}
	return nil, Errorf(TypeError, "'%s' not supported between instances of '%s' and '%s'", cmpInfo[op].sym, TypeName(a), TypeName(b))
}

// callCompareSlot calls type(self).__op__(self, other); object's defaults
// (identity for ==, "not __eq__" for !=, NotImplemented for ordering) are
// applied here without a call.
func callCompareSlot(in *Interp, self, other Object, op CompareOp) (Object, error) {
	name := cmpInfo[op].name
	f := LookupType(self.Type(), name)
	if f == nil || f == None || isObjectDefault(f) {
		switch op {
		case CmpEQ:
			if self == other {
				return True, nil
			}
			return NotImplemented, nil
		case CmpNE:
			r, err := callCompareSlot(in, self, other, CmpEQ)
			if err != nil || r == NotImplemented {
				return r, err
			}
			t, err := Truth(in, r)
			if err != nil {
				return nil, err
			}
			return Bool(!t), nil
		}
		return NotImplemented, nil
	}
	return callBinarySlot(in, f, name, self, other)
}

// isObjectDefault reports whether f is one of object's own methods.
func isObjectDefault(f Object) bool {
	d, ok := f.(*MethodDescriptor)
	return ok && d.Owner == ObjectType
}
