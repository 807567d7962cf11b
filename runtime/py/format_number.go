package py

import (
	"math"
	"strconv"
	"strings"
)

// format_number.go: format() of int, float and complex per FormatSpec.

// floatBody formats |x| (finite) per type/precision without sign. typ is
// one of 'e','f','g','%','r' (repr digits) or 0 (str(float) with a
// precision: like 'g' but keeping a ".0"); upper applies to the caller.
func floatBody(x float64, typ byte, prec int, alt bool) string {
	x = math.Abs(x)
	if math.IsInf(x, 0) || math.IsNaN(x) {
		s := "inf"
		if math.IsNaN(x) {
			s = "nan"
		}
		if typ == '%' {
			s += "%"
		}
		return s
	}
	var buf [64]byte
	switch typ {
	case 'f':
		b := strconv.AppendFloat(buf[:0], x, 'f', prec, 64)
		if alt && prec == 0 {
			b = append(b, '.')
		}
		return string(b)
	case '%':
		if y := x * 100; math.IsInf(y, 0) {
			return "inf%"
		}
		b := strconv.AppendFloat(buf[:0], x*100, 'f', prec, 64)
		if alt && prec == 0 {
			b = append(b, '.')
		}
		return string(append(b, '%'))
	case 'e':
		b := strconv.AppendFloat(buf[:0], x, 'e', prec, 64)
		if alt && prec == 0 {
			// "1e+02" -> "1.e+02"
			s := string(b)
			return s[:1] + "." + s[1:]
		}
		return string(b)
	case 'r':
		if x == 0 {
			return "0.0"
		}
		var tmp [32]byte
		digits, decpt, _ := shortestDigits(tmp[:0], x)
		if decpt <= -4 || decpt > 16 {
			return string(appendExpForm(buf[:0], digits, decpt, -1, alt))
		}
		return string(appendFixedForm(buf[:0], digits, decpt, 0, true))
	}
	// 'g' and the precision form of no type.
	p := prec
	if p < 0 {
		p = 6
	}
	if p == 0 {
		p = 1
	}
	var digits []byte
	var decpt int
	if x == 0 {
		digits, decpt = []byte{'0'}, 1
	} else {
		var tmp [40]byte
		digits, decpt, _ = splitExpDigits(strconv.AppendFloat(tmp[:0], x, 'e', p-1, 64))
	}
	if !alt {
		// Strip trailing zeros.
		for len(digits) > 1 && digits[len(digits)-1] == '0' {
			digits = digits[:len(digits)-1]
		}
	}
	exp := decpt - 1
	expLimit := p
	if typ == 0 {
		// Adding ".0" must not show more digits than the precision.
		expLimit = p - 1
	}
	if exp < -4 || exp >= expLimit {
		minFrac := -1
		if alt {
			minFrac = p - 1
		}
		return string(appendExpForm(buf[:0], digits, decpt, minFrac, alt))
	}
	minFrac := 0
	if alt {
		minFrac = p - decpt
	}
	b := appendFixedForm(buf[:0], digits, decpt, minFrac, typ == 0)
	if alt && minFrac <= 0 && !strings.Contains(string(b), ".") {
		b = append(b, '.')
	}
	return string(b)
}

// formatFloatSpec formats a float per a parsed spec.
func formatFloatSpec(x float64, f *FormatSpec, typeName string) (string, error) {
	typ := f.Type
	prec := f.Precision
	upper := false
	switch typ {
	case 'E', 'F', 'G':
		upper = true
		typ += 'a' - 'A'
	case 'n':
		if f.Grouping != 0 {
			return "", Errorf(ValueError, "Cannot specify '%c' with 'n'.", f.Grouping)
		}
		typ = 'g'
	case 0:
		if prec < 0 {
			typ = 'r'
		}
	case 'e', 'f', 'g', '%':
	default:
		return "", Errorf(ValueError, "Unknown format code '%c' for object of type '%s'", f.Type, typeName)
	}
	if prec < 0 && (typ == 'e' || typ == 'f' || typ == '%') {
		prec = 6
	}
	body := floatBody(x, typ, prec, f.Alt)
	if upper {
		body = strings.ToUpper(body)
	}
	neg := math.Signbit(x) && !math.IsNaN(x)
	if neg && f.NoNegZero && isZeroBody(body) {
		neg = false
	}
	sign := signString(neg, f.Sign)
	digits, rest := splitIntPart(body)
	finite := !math.IsInf(x, 0) && !math.IsNaN(x)
	return f.assembleNumber(sign, "", digits, rest, finite, 3), nil
}

// isZeroBody reports whether a formatted number has only zero digits.
func isZeroBody(s string) bool {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 'e' || c == 'E' {
			break
		}
		if c >= '1' && c <= '9' {
			return false
		}
	}
	return true
}

func signString(neg bool, sign byte) string {
	switch {
	case neg:
		return "-"
	case sign == '+':
		return "+"
	case sign == ' ':
		return " "
	}
	return ""
}

// splitIntPart splits "1234.5e+06" into "1234" and ".5e+06".
func splitIntPart(s string) (string, string) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i], s[i:]
}

// FormatFloat is float.__format__.
func FormatFloat(x float64, spec string) (string, error) {
	return formatFloatTyped(x, spec, "float")
}

// formatFloatTyped formats a float whose type is named typeName (a
// subclass name appears in error messages).
func formatFloatTyped(x float64, spec, typeName string) (string, error) {
	if spec == "" {
		return FloatRepr(x), nil
	}
	f, err := ParseFormatSpec(spec, typeName, '>')
	if err != nil {
		return "", err
	}
	return formatFloatSpec(x, &f, typeName)
}

// FormatInt is int.__format__ for an Int or *BigInt.
func FormatInt(i Object, spec string) (string, error) {
	return formatIntTyped(i, spec, "int")
}

// formatIntTyped formats an int whose type is named typeName.
func formatIntTyped(i Object, spec, typeName string) (string, error) {
	if spec == "" {
		return IntDecimalString(i)
	}
	f, err := ParseFormatSpec(spec, typeName, '>')
	if err != nil {
		return "", err
	}
	switch f.Type {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		x, err := intObjToFloat(i)
		if err != nil {
			return "", err
		}
		return formatFloatSpec(x, &f, typeName)
	case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
	default:
		return "", Errorf(ValueError, "Unknown format code '%c' for object of type '%s'", f.Type, typeName)
	}
	if f.Precision >= 0 {
		return "", Errorf(ValueError, "Precision not allowed in integer format specifier")
	}
	if f.NoNegZero {
		return "", Errorf(ValueError, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	neg := IntSign(i) < 0
	abs := intAbs(i)
	var digits, prefix string
	groupSize := 3
	switch f.Type {
	case 'c':
		if f.Sign != 0 {
			return "", Errorf(ValueError, "Sign not allowed with integer format specifier 'c'")
		}
		if f.Alt {
			return "", Errorf(ValueError, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		v, ok := i.(Int)
		if !ok {
			return "", Errorf(OverflowError, "Python int too large to convert to C long")
		}
		if v < 0 || v >= 0x110000 {
			return "", Errorf(OverflowError, "%%c arg not in range(0x110000)")
		}
		s := string(appendRune(nil, rune(v)))
		g := f
		g.Type = 's'
		if g.Align == '=' {
			g.Align = '>'
		}
		return g.assembleNumber("", "", "", s, false, 3), nil
	case 'b', 'o', 'x', 'X':
		base := map[byte]int{'b': 2, 'o': 8, 'x': 16, 'X': 16}[f.Type]
		digits = toBig(abs).Text(base)
		if v, ok := abs.(Int); ok {
			digits = strconv.FormatInt(int64(v), base)
		}
		if f.Type == 'X' {
			digits = strings.ToUpper(digits)
		}
		if f.Alt {
			prefix = "0" + string(f.Type)
			if f.Type == 'X' {
				prefix = "0X"
			}
		}
		groupSize = 4
	case 'n':
		if f.Grouping != 0 {
			return "", Errorf(ValueError, "Cannot specify '%c' with 'n'.", f.Grouping)
		}
		fallthrough
	default:
		var err error
		digits, err = IntDecimalString(abs)
		if err != nil {
			return "", err
		}
	}
	return f.assembleNumber(signString(neg, f.Sign), prefix, digits, "", true, groupSize), nil
}

// FormatComplex is complex.__format__.
func FormatComplex(c complex128, spec string) (string, error) {
	if spec == "" {
		return ComplexRepr(c), nil
	}
	f, err := ParseFormatSpec(spec, "complex", '>')
	if err != nil {
		return "", err
	}
	switch f.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return "", Errorf(ValueError, "Unknown format code '%c' for object of type 'complex'", f.Type)
	}
	if f.Fill == '0' {
		return "", Errorf(ValueError, "Zero padding is not allowed in complex format specifier")
	}
	if f.Align == '=' {
		return "", Errorf(ValueError, "'=' alignment flag is not allowed in complex format specifier")
	}
	re, im := real(c), imag(c)
	parts := FormatSpec{Fill: ' ', Width: -1, Precision: f.Precision, Type: f.Type, Alt: f.Alt, Grouping: f.Grouping, NoNegZero: f.NoNegZero, Sign: f.Sign}
	var s strings.Builder
	bare := f.Type == 0
	if bare && f.Precision < 0 {
		// repr digits without ".0"
		parts.Type = 0
	}
	skipRe := bare && re == 0 && !math.Signbit(re)
	if bare {
		if !skipRe {
			s.WriteByte('(')
		}
	}
	if !skipRe {
		r, err := complexPart(re, &parts)
		if err != nil {
			return "", err
		}
		s.WriteString(r)
	}
	imParts := parts
	if !skipRe {
		imParts.Sign = '+'
	}
	r, err := complexPart(im, &imParts)
	if err != nil {
		return "", err
	}
	s.WriteString(r)
	s.WriteByte('j')
	if bare && !skipRe {
		s.WriteByte(')')
	}
	out := s.String()
	if n := len([]rune(out)); f.Width > n {
		align := f.Align
		if align == 0 {
			align = '>'
		}
		out = padAligned(out, f.Fill, align, f.Width-n)
	}
	return out, nil
}

// complexPart formats one part of a complex (no ".0" in the bare form).
func complexPart(x float64, f *FormatSpec) (string, error) {
	if f.Type == 0 {
		neg := math.Signbit(x) && !math.IsNaN(x)
		var body string
		if f.Precision < 0 {
			body = string(appendFloatRepr(nil, math.Abs(x), false))
			if f.Alt && !strings.Contains(body, ".") && !math.IsInf(x, 0) && !math.IsNaN(x) {
				d, rest := splitIntPart(body)
				body = d + "." + rest
			}
		} else {
			body = floatBody(x, 'g', f.Precision, f.Alt)
		}
		if neg && f.NoNegZero && isZeroBody(body) {
			neg = false
		}
		digits, rest := splitIntPart(body)
		finite := !math.IsInf(x, 0) && !math.IsNaN(x)
		return f.assembleNumber(signString(neg, f.Sign), "", digits, rest, finite, 3), nil
	}
	return formatFloatSpec(x, f, "complex")
}
