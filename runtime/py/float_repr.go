package py

import (
	"math"
	"strconv"
)

// FloatRepr is repr() of a float: CPython's shortest round-trip digits,
// printed positionally when the decimal exponent is in [-4, 16), else in
// exponent form ("1e+16", "1e-05"); integral values get ".0".
func FloatRepr(f float64) string {
	var buf [32]byte
	return string(appendFloatRepr(buf[:0], f, true))
}

// appendFloatRepr appends the repr form; addDot0 says whether an integral
// value gets ".0" (float repr) or not (the parts of a complex repr).
func appendFloatRepr(dst []byte, f float64, addDot0 bool) []byte {
	switch {
	case math.IsNaN(f):
		return append(dst, "nan"...)
	case math.IsInf(f, 1):
		return append(dst, "inf"...)
	case math.IsInf(f, -1):
		return append(dst, "-inf"...)
	}
	if f == 0 {
		if math.Signbit(f) {
			dst = append(dst, '-')
		}
		if addDot0 {
			return append(dst, "0.0"...)
		}
		return append(dst, '0')
	}
	var tmp [32]byte
	digits, decpt, neg := shortestDigits(tmp[:0], f)
	if neg {
		dst = append(dst, '-')
	}
	if decpt <= -4 || decpt > 16 {
		return appendExpForm(dst, digits, decpt, -1, false)
	}
	return appendFixedForm(dst, digits, decpt, 0, addDot0)
}

// shortestDigits returns the shortest decimal digits d1d2...dn (no
// trailing zeros) and decpt such that |f| = 0.d1d2...dn * 10**decpt.
func shortestDigits(dst []byte, f float64) (digits []byte, decpt int, neg bool) {
	b := strconv.AppendFloat(dst, f, 'e', -1, 64)
	return splitExpDigits(b)
}

// splitExpDigits parses strconv's 'e' output "-d.ddde±XX" in place.
func splitExpDigits(b []byte) (digits []byte, decpt int, neg bool) {
	if b[0] == '-' {
		neg = true
		b = b[1:]
	}
	epos := len(b) - 1
	for b[epos] != 'e' {
		epos--
	}
	exp := 0
	esign := 1
	i := epos + 1
	if b[i] == '-' {
		esign = -1
	}
	for i++; i < len(b); i++ {
		exp = exp*10 + int(b[i]-'0')
	}
	exp *= esign
	// Remove the '.'.
	digits = b[:epos]
	if len(digits) > 1 && digits[1] == '.' {
		copy(digits[1:], digits[2:])
		digits = digits[:len(digits)-1]
	}
	return digits, exp + 1, neg
}

// appendExpForm writes d.ddd e±XX. minFrac is the minimum number of
// fractional digits (zero-padded; -1: as many as digits has); alt keeps a
// '.' even with no fractional digits.
func appendExpForm(dst, digits []byte, decpt, minFrac int, alt bool) []byte {
	return appendExpFormE(dst, digits, decpt, minFrac, alt, 'e')
}

func appendExpFormE(dst, digits []byte, decpt, minFrac int, alt bool, e byte) []byte {
	dst = append(dst, digits[0])
	frac := digits[1:]
	nfrac := len(frac)
	if minFrac > nfrac {
		nfrac = minFrac
	}
	if nfrac > 0 || alt {
		dst = append(dst, '.')
	}
	dst = append(dst, frac...)
	for i := len(frac); i < nfrac; i++ {
		dst = append(dst, '0')
	}
	exp := decpt - 1
	dst = append(dst, e)
	if exp < 0 {
		dst = append(dst, '-')
		exp = -exp
	} else {
		dst = append(dst, '+')
	}
	if exp < 10 {
		dst = append(dst, '0')
	}
	return strconv.AppendInt(dst, int64(exp), 10)
}

// appendFixedForm writes the digits positionally with at least minFrac
// fractional digits; addDot0 adds ".0" when there would be none.
func appendFixedForm(dst, digits []byte, decpt, minFrac int, addDot0 bool) []byte {
	n := len(digits)
	if decpt <= 0 {
		dst = append(dst, '0')
	} else if decpt >= n {
		dst = append(dst, digits...)
		for i := n; i < decpt; i++ {
			dst = append(dst, '0')
		}
	} else {
		dst = append(dst, digits[:decpt]...)
	}
	// Fractional part.
	var nfrac int
	if decpt < n {
		if decpt < 0 {
			nfrac = -decpt + n
		} else {
			nfrac = n - decpt
		}
	}
	want := nfrac
	if minFrac > want {
		want = minFrac
	}
	if want == 0 {
		if addDot0 {
			dst = append(dst, ".0"...)
		}
		return dst
	}
	dst = append(dst, '.')
	written := 0
	if decpt < 0 {
		for i := 0; i < -decpt; i++ {
			dst = append(dst, '0')
		}
		written = -decpt
		dst = append(dst, digits...)
		written += n
	} else if decpt < n {
		dst = append(dst, digits[decpt:]...)
		written = n - decpt
	}
	for ; written < want; written++ {
		dst = append(dst, '0')
	}
	return dst
}
