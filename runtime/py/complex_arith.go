package py

import "math"

// Complex arithmetic with CPython's algorithms (Smith's division, integer
// powers by repeated squaring), written with explicit float64 rounding so
// that no fused multiply-add changes the last bit.

func complexMul(a, b complex128) complex128 {
	re := float64(real(a)*real(b)) - float64(imag(a)*imag(b))
	im := float64(real(a)*imag(b)) + float64(imag(a)*real(b))
	return complex(re, im)
}

// complexQuot is a / b; ok is false for division by zero.
func complexQuot(a, b complex128) (complex128, bool) {
	br, bi := real(b), imag(b)
	abr, abi := math.Abs(br), math.Abs(bi)
	switch {
	case abr >= abi:
		if abr == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + float64(bi*ratio)
		return complex((real(a)+float64(imag(a)*ratio))/denom, (imag(a)-float64(real(a)*ratio))/denom), true
	case abi >= abr:
		ratio := br / bi
		denom := float64(br*ratio) + bi
		return complex((float64(real(a)*ratio)+imag(a))/denom, (float64(imag(a)*ratio)-real(a))/denom), true
	}
	nan := math.NaN()
	return complex(nan, nan), true
}

func complexTrueDiv(a, b complex128) (Object, error) {
	r, ok := complexQuot(a, b)
	if !ok {
		return nil, Errorf(ZeroDivisionError, "complex division by zero")
	}
	return Complex(r), nil
}

func complexPowU(x complex128, n int) complex128 {
	r := complex(1, 0)
	p := x
	for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = complexMul(r, p)
		}
		p = complexMul(p, p)
	}
	return r
}

// complexPow is a ** b.
func complexPow(a, b complex128) (complex128, error) {
	var r complex128
	if imag(b) == 0 && real(b) == math.Floor(real(b)) && math.Abs(real(b)) <= 100 {
		n := int(real(b))
		if n >= 0 {
			r = complexPowU(a, n)
		} else {
			if a == 0 {
				return 0, Errorf(ZeroDivisionError, "0.0 to a negative or complex power")
			}
			r, _ = complexQuot(1, complexPowU(a, -n))
		}
	} else if b == 0 {
		r = 1
	} else if a == 0 {
		if imag(b) != 0 || real(b) < 0 {
			return 0, Errorf(ZeroDivisionError, "0.0 to a negative or complex power")
		}
		r = 0
	} else {
		vabs := math.Hypot(real(a), imag(a))
		length := powPositive(vabs, real(b))
		at := Atan2(imag(a), real(a))
		phase := at * real(b)
		if imag(b) != 0 {
			length /= AccurateExp(at * imag(b))
			phase += imag(b) * AccurateLog(vabs)
		}
		r = complex(length*Cos(phase), length*Sin(phase))
	}
	if (math.IsNaN(real(r)) || math.IsNaN(imag(r))) && !isNaNComplex(a) && !isNaNComplex(b) {
		// The C library reports EDOM (e.g. cos(inf)); CPython maps it so.
		return 0, Errorf(ZeroDivisionError, "0.0 to a negative or complex power")
	}
	if (math.IsInf(real(r), 0) || math.IsInf(imag(r), 0)) && !isInfComplex(a) && !isInfComplex(b) {
		return 0, Errorf(OverflowError, "complex exponentiation")
	}
	return r, nil
}

func isNaNComplex(c complex128) bool { return math.IsNaN(real(c)) || math.IsNaN(imag(c)) }

func isInfComplex(c complex128) bool { return math.IsInf(real(c), 0) || math.IsInf(imag(c), 0) }

// complexAbs is abs(c) (OverflowError when finite parts overflow).
func complexAbs(c complex128) (Object, error) {
	r := math.Hypot(real(c), imag(c))
	if math.IsInf(r, 0) && !isInfComplex(c) {
		return nil, Errorf(OverflowError, "absolute value too large")
	}
	if isInfComplex(c) {
		return Float(math.Inf(1)), nil
	}
	return Float(r), nil
}

// ComplexRepr is repr() of a complex: "(1+2j)", "2j", "(-0-1j)".
func ComplexRepr(c complex128) string {
	re, im := real(c), imag(c)
	var buf []byte
	if re == 0 && !math.Signbit(re) {
		buf = appendFloatRepr(buf, im, false)
		return string(append(buf, 'j'))
	}
	buf = append(buf, '(')
	buf = appendFloatRepr(buf, re, false)
	if !(im < 0 || (im == 0 && math.Signbit(im))) {
		buf = append(buf, '+')
	}
	buf = appendFloatRepr(buf, im, false)
	return string(append(buf, "j)"...))
}
