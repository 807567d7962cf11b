package py

import (
	"math"
	"math/big"
)

// Arithmetic on floats with CPython's special cases and error texts.

func floatTrueDiv(a, b float64) (Object, error) {
	if b == 0 {
		return nil, Errorf(ZeroDivisionError, "float division by zero")
	}
	return Float(a / b), nil
}

// floatDivMod is Python's divmod for floats (floor quotient, modulo with
// the divisor's sign), b != 0.
func floatDivMod(a, b float64) (float64, float64) {
	mod := math.Mod(a, b)
	div := (a - mod) / b
	if mod != 0 {
		if (b < 0) != (mod < 0) {
			mod += b
			div -= 1
		}
	} else {
		mod = math.Copysign(0, b)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1
		}
	} else {
		floordiv = math.Copysign(0, a/b)
	}
	return floordiv, mod
}

func floatFloorDiv(a, b float64) (Object, error) {
	if b == 0 {
		return nil, Errorf(ZeroDivisionError, "float floor division by zero")
	}
	q, _ := floatDivMod(a, b)
	return Float(q), nil
}

func floatMod(a, b float64) (Object, error) {
	if b == 0 {
		return nil, Errorf(ZeroDivisionError, "float modulo")
	}
	mod := math.Mod(a, b)
	if mod != 0 {
		if (b < 0) != (mod < 0) {
			mod += b
		}
	} else {
		mod = math.Copysign(0, b)
	}
	return Float(mod), nil
}

func floatDivModObj(a, b float64) (Object, error) {
	if b == 0 {
		return nil, Errorf(ZeroDivisionError, "float divmod()")
	}
	q, r := floatDivMod(a, b)
	return NewTuple(Float(q), Float(r)), nil
}

// errNumericalRange is the OverflowError that C's ERANGE produces.
func errNumericalRange() error {
	return NewException(OverflowError, Int(34), NewStr("Numerical result out of range"))
}

func isOddInteger(y float64) bool {
	return math.Mod(y, 2) == 1 || math.Mod(y, 2) == -1
}

// floatPow is x ** y for floats (complex for a negative base raised to a
// non-integer power).
func floatPow(x, y float64) (Object, error) {
	if y == 0 {
		return Float(1), nil
	}
	if math.IsNaN(x) {
		return Float(x), nil
	}
	if math.IsNaN(y) {
		if x == 1 {
			return Float(1), nil
		}
		return Float(y), nil
	}
	if math.IsInf(y, 0) {
		ax := math.Abs(x)
		switch {
		case ax == 1:
			return Float(1), nil
		case (y > 0) == (ax > 1):
			return Float(math.Abs(y)), nil
		}
		return Float(0), nil
	}
	if math.IsInf(x, 0) {
		odd := isOddInteger(y)
		if x > 0 {
			if y > 0 {
				return Float(x), nil
			}
			return Float(0), nil
		}
		if y > 0 {
			if odd {
				return Float(x), nil
			}
			return Float(-x), nil
		}
		if odd {
			return Float(math.Copysign(0, x)), nil
		}
		return Float(0), nil
	}
	if x == 0 {
		if y < 0 {
			return nil, Errorf(ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
		if isOddInteger(y) {
			return Float(x), nil
		}
		return Float(0), nil
	}
	negate := false
	if x < 0 {
		if y != math.Floor(y) {
			r, err := complexPow(complex(x, 0), complex(y, 0))
			if err != nil {
				return nil, err
			}
			return Complex(r), nil
		}
		negate = isOddInteger(y)
		x = -x
	}
	if x == 1 {
		if negate {
			return Float(-1), nil
		}
		return Float(1), nil
	}
	r := powPositive(x, y)
	if math.IsInf(r, 0) {
		return nil, errNumericalRange()
	}
	if negate {
		r = -r
	}
	return Float(r), nil
}

// floatCompare compares two floats for op (NaN compares false except !=).
func floatCompare(a, b float64, op CompareOp) bool {
	switch op {
	case CmpLT:
		return a < b
	case CmpLE:
		return a <= b
	case CmpEQ:
		return a == b
	case CmpNE:
		return a != b
	case CmpGT:
		return a > b
	}
	return a >= b
}

// powPositive is x**y for finite x > 0 and finite y, correctly rounded for
// integral exponents up to 1100 in magnitude (as C's pow is, where Go's
// math.Pow is off by an ulp or more), and for y == 0.5.
func powPositive(x, y float64) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) || math.IsInf(y, 0) || math.IsNaN(y) || x <= 0 {
		return math.Pow(x, y)
	}
	if y == 0.5 {
		return math.Sqrt(x)
	}
	if y != math.Trunc(y) || math.Abs(y) > 1100 {
		return accuratePow(x, y)
	}
	n := int64(y)
	frac, e := math.Frexp(x)
	m := int64(frac * (1 << 53))
	e -= 53
	for m&1 == 0 {
		m >>= 1
		e++
	}
	// x == m * 2**e exactly; x**n == m**|n| * 2**(e*n) (inverted for n < 0).
	k := n
	if k < 0 {
		k = -k
	}
	if float64(e)*float64(n) > 1e5 || float64(e)*float64(n) < -1e5 {
		return accuratePow(x, y)
	}
	p := new(big.Int).Exp(big.NewInt(m), big.NewInt(k), nil)
	shift := e * int(n)
	num, den := new(big.Int), new(big.Int)
	if n > 0 {
		num.Set(p)
		den.SetInt64(1)
	} else {
		num.SetInt64(1)
		den.Set(p)
	}
	if shift > 0 {
		num.Lsh(num, uint(shift))
	} else if shift < 0 {
		den.Lsh(den, uint(-shift))
	}
	r, _ := new(big.Rat).SetFrac(num, den).Float64()
	return r
}
