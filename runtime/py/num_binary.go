package py

// num_binary.go: arithmetic between the built-in numbers (int, bool,
// float, complex) with CPython's coercion: int op int stays int (bool op
// bool stays bool for & | ^), int op float is float, anything op complex
// is complex.

// numKind classifies a built-in number: 0 int/bool, 1 float, 2 complex,
// -1 anything else (including subclass instances).
func numKind(o Object) int {
	switch o.(type) {
	case Int, *BigInt, Bool:
		return 0
	case Float:
		return 1
	case Complex:
		return 2
	}
	return -1
}

// numBinary computes a <op> b when both are built-in numbers; it returns
// NotImplemented otherwise (or when the operator does not apply).
func numBinary(op BinOp, a, b Object) (Object, error) {
	ka, kb := numKind(a), numKind(b)
	if ka < 0 || kb < 0 {
		return NotImplemented, nil
	}
	k := ka
	if kb > k {
		k = kb
	}
	switch k {
	case 0:
		if x, ok := a.(Bool); ok {
			if y, ok := b.(Bool); ok {
				switch op {
				case OpAnd:
					return x && y, nil
				case OpOr:
					return x || y, nil
				case OpXor:
					return Bool(x != y), nil
				}
			}
		}
		x, _ := intOf(a)
		y, _ := intOf(b)
		return intBinary(op, x, y)
	case 1:
		x, err := toFloat64(a)
		if err != nil {
			return nil, err
		}
		y, err := toFloat64(b)
		if err != nil {
			return nil, err
		}
		return floatBinary(op, x, y)
	}
	x, err := toComplex128(a)
	if err != nil {
		return nil, err
	}
	y, err := toComplex128(b)
	if err != nil {
		return nil, err
	}
	return complexBinary(op, x, y)
}

// toFloat64 converts a built-in int/bool/float.
func toFloat64(o Object) (float64, error) {
	if f, ok := o.(Float); ok {
		return float64(f), nil
	}
	return intObjToFloat(o)
}

func toComplex128(o Object) (complex128, error) {
	if c, ok := o.(Complex); ok {
		return complex128(c), nil
	}
	f, err := toFloat64(o)
	return complex(f, 0), err
}

// intBinary is a <op> b for int objects (Int or *BigInt).
func intBinary(op BinOp, a, b Object) (Object, error) {
	switch op {
	case OpAdd:
		return intAdd(a, b), nil
	case OpSub:
		return intSub(a, b), nil
	case OpMul:
		return intMul(a, b), nil
	case OpTrueDiv:
		return intTrueDiv(a, b)
	case OpFloorDiv:
		return intFloorDiv(a, b)
	case OpMod:
		return intMod(a, b)
	case OpPow:
		return intPow(a, b)
	case OpLShift:
		return intLShift(a, b)
	case OpRShift:
		return intRShift(a, b)
	case OpAnd:
		return intAnd(a, b), nil
	case OpOr:
		return intOr(a, b), nil
	case OpXor:
		return intXor(a, b), nil
	}
	return NotImplemented, nil
}

// floatBinary is a <op> b for floats.
func floatBinary(op BinOp, x, y float64) (Object, error) {
	switch op {
	case OpAdd:
		return Float(x + y), nil
	case OpSub:
		return Float(x - y), nil
	case OpMul:
		return Float(x * y), nil
	case OpTrueDiv:
		return floatTrueDiv(x, y)
	case OpFloorDiv:
		return floatFloorDiv(x, y)
	case OpMod:
		return floatMod(x, y)
	case OpPow:
		return floatPow(x, y)
	}
	return NotImplemented, nil
}

// complexBinary is a <op> b for complex numbers.
func complexBinary(op BinOp, x, y complex128) (Object, error) {
	switch op {
	case OpAdd:
		return Complex(x + y), nil
	case OpSub:
		return Complex(x - y), nil
	case OpMul:
		return Complex(complexMul(x, y)), nil
	case OpTrueDiv:
		return complexTrueDiv(x, y)
	case OpPow:
		r, err := complexPow(x, y)
		if err != nil {
			return nil, err
		}
		return Complex(r), nil
	}
	return NotImplemented, nil
}

// numDivMod is divmod(a, b) for built-in numbers; NotImplemented otherwise.
func numDivMod(a, b Object) (Object, error) {
	ka, kb := numKind(a), numKind(b)
	if ka < 0 || kb < 0 || ka == 2 || kb == 2 {
		return NotImplemented, nil
	}
	if ka == 0 && kb == 0 {
		x, _ := intOf(a)
		y, _ := intOf(b)
		q, r, err := intDivMod(x, y)
		if err != nil {
			return nil, err
		}
		return NewTuple(q, r), nil
	}
	x, err := toFloat64(a)
	if err != nil {
		return nil, err
	}
	y, err := toFloat64(b)
	if err != nil {
		return nil, err
	}
	return floatDivModObj(x, y)
}

var (
	nameDivMod  = Intern("__divmod__")
	nameRDivMod = Intern("__rdivmod__")
)

// DivMod is divmod(a, b).
func DivMod(in *Interp, a, b Object) (Object, error) {
	if r, err := numDivMod(a, b); r != NotImplemented || err != nil {
		return r, err
	}
	ta, tb := a.Type(), b.Type()
	fa := lookupSlot(ta, nameDivMod)
	var fb Object
	if tb != ta {
		fb = lookupSlot(tb, nameRDivMod)
	}
	if fa != nil && fb != nil && IsSubtype(tb, ta) {
		r, err := callBinarySlot(in, fb, nameRDivMod, b, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
		fb = nil
	}
	if fa != nil {
		r, err := callBinarySlot(in, fa, nameDivMod, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if fb != nil {
		r, err := callBinarySlot(in, fb, nameRDivMod, b, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return nil, Errorf(TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", TypeName(a), TypeName(b))
}
