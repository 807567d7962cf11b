package py

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// number_parse.go: int(str, base) and float(str) parsing with Python's
// literal rules: surrounding whitespace, a sign, base prefixes, single
// underscores between digits, Unicode decimal digits.

// normalizeNumberText strips Unicode whitespace and maps Unicode decimal
// digits to ASCII; ok is false for any other non-ASCII character.
func normalizeNumberText(s string) (string, bool) {
	s = strings.TrimFunc(s, isPySpace)
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s, true
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case unicode.Is(unicode.Nd, r):
			b.WriteByte(byte('0' + digitValue(r)))
		default:
			return "", false
		}
	}
	return b.String(), true
}

// isPySpace is str.isspace() for one code point.
func isPySpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x1f, 0x85:
		return true
	}
	return r > 0x7f && unicode.IsSpace(r)
}

// digitValue is the value of a Unicode decimal digit (the Nd blocks are
// runs of ten starting at zero).
func digitValue(r rune) int {
	k := 0
	for k < 9 && unicode.Is(unicode.Nd, r-rune(k)-1) {
		k++
	}
	return k % 10
}

func errIntDigitLimit(n int) error {
	return Errorf(ValueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", IntMaxStrDigits, n)
}

// parseIntText parses s as int(s, base); ok false means "invalid literal"
// (the caller formats the message with the original object's repr).
func parseIntText(s string, base int) (Object, bool, error) {
	s, ok := normalizeNumberText(s)
	if !ok || s == "" {
		return nil, false, nil
	}
	neg := false
	if s[0] == '+' || s[0] == '-' {
		neg = s[0] == '-'
		s = s[1:]
	}
	hasPrefix := func(p byte) bool {
		return len(s) >= 2 && s[0] == '0' && (s[1]|0x20) == p
	}
	prefixed := false
	switch {
	case (base == 0 || base == 16) && hasPrefix('x'):
		base, prefixed = 16, true
	case (base == 0 || base == 8) && hasPrefix('o'):
		base, prefixed = 8, true
	case (base == 0 || base == 2) && hasPrefix('b'):
		base, prefixed = 2, true
	}
	if prefixed {
		s = s[2:]
		if len(s) > 0 && s[0] == '_' {
			s = s[1:]
		}
	}
	leadingZeroCheck := false
	if base == 0 {
		base = 10
		leadingZeroCheck = true
	}
	// Validate digits and underscores.
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' {
		return nil, false, nil
	}
	ndigits := 0
	clean := s
	if strings.IndexByte(s, '_') >= 0 {
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			if s[i] == '_' {
				if s[i+1] == '_' {
					return nil, false, nil
				}
				continue
			}
			b.WriteByte(s[i])
		}
		clean = b.String()
	}
	for i := 0; i < len(clean); i++ {
		c := clean[i]
		var d int
		switch {
		case c >= '0' && c <= '9':
			d = int(c - '0')
		case c >= 'a' && c <= 'z':
			d = int(c-'a') + 10
		case c >= 'A' && c <= 'Z':
			d = int(c-'A') + 10
		default:
			return nil, false, nil
		}
		if d >= base {
			return nil, false, nil
		}
		ndigits++
	}
	if leadingZeroCheck && clean[0] == '0' && strings.Trim(clean, "0") != "" {
		return nil, false, nil
	}
	if base&(base-1) != 0 && ndigits > IntMaxStrDigits {
		return nil, true, errIntDigitLimit(ndigits)
	}
	if len(clean) <= 18 || (base <= 16 && len(clean) <= 15) {
		v, err := strconv.ParseInt(clean, base, 64)
		if err == nil {
			if neg {
				v = -v
			}
			return Int(v), true, nil
		}
	}
	b, ok := new(big.Int).SetString(clean, base)
	if !ok {
		return nil, false, nil
	}
	if neg {
		b.Neg(b)
	}
	return bigOwn(b), true, nil
}

// parseFloatText parses s as float(s); ok false for invalid text.
func parseFloatText(s string) (float64, bool) {
	s, ok := normalizeNumberText(s)
	if !ok || s == "" {
		return 0, false
	}
	body := s
	neg := false
	if body[0] == '+' || body[0] == '-' {
		neg = body[0] == '-'
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		if neg {
			return math.Copysign(math.NaN(), -1), true
		}
		return math.NaN(), true
	}
	// digits [. digits] [e [sign] digits], underscores only between digits.
	i := 0
	scanDigits := func() (int, bool) {
		n := 0
		for i < len(body) {
			c := body[i]
			if c >= '0' && c <= '9' {
				n++
				i++
				continue
			}
			if c == '_' && n > 0 && i+1 < len(body) && body[i+1] >= '0' && body[i+1] <= '9' {
				i++
				continue
			}
			break
		}
		return n, true
	}
	intDigits, _ := scanDigits()
	fracDigits := 0
	if i < len(body) && body[i] == '.' {
		i++
		fracDigits, _ = scanDigits()
	}
	if intDigits+fracDigits == 0 {
		return 0, false
	}
	if i < len(body) && (body[i] == 'e' || body[i] == 'E') {
		i++
		if i < len(body) && (body[i] == '+' || body[i] == '-') {
			i++
		}
		if n, _ := scanDigits(); n == 0 {
			return 0, false
		}
	}
	if i != len(body) {
		return 0, false
	}
	clean := strings.ReplaceAll(s, "_", "")
	f, err := strconv.ParseFloat(clean, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, true
		}
		return 0, false
	}
	return f, true
}

// textOf returns the text of a str, bytes or bytearray (or subclass).
func textOf(o Object) (string, bool) {
	if s, ok := AsStr(o); ok {
		return s.S, true
	}
	switch v := o.(type) {
	case *Bytes:
		return string(v.B), true
	case *ByteArray:
		return string(v.B), true
	case *Instance:
		if v.Base != nil {
			return textOf(v.Base)
		}
	}
	return "", false
}

// IntFromText is int(text, base) for a str/bytes object o.
func IntFromText(in *Interp, o Object, base int) (Object, error) {
	s, _ := textOf(o)
	v, ok, err := parseIntText(s, base)
	if err != nil {
		return nil, err
	}
	if !ok {
		r, err := Repr(in, o)
		if err != nil {
			return nil, err
		}
		return nil, Errorf(ValueError, "invalid literal for int() with base %d: %s", base, r.S)
	}
	return v, nil
}

// FloatFromText is float(text) for a str/bytes object o.
func FloatFromText(in *Interp, o Object) (float64, error) {
	s, _ := textOf(o)
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	f, ok := parseFloatText(s)
	if !ok {
		r, err := Repr(in, o)
		if err != nil {
			return 0, err
		}
		return 0, Errorf(ValueError, "could not convert string to float: %s", r.S)
	}
	return f, nil
}

// FloatToInt is int(f): truncation, exact for huge values.
func FloatToInt(f float64) (Object, error) {
	if math.IsInf(f, 0) {
		return nil, Errorf(OverflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, Errorf(ValueError, "cannot convert float NaN to integer")
	}
	t := math.Trunc(f)
	if t >= -9.223372036854775808e18 && t < 9.223372036854775808e18 {
		return Int(int64(t)), nil
	}
	b, _ := new(big.Float).SetFloat64(t).Int(nil)
	return bigOwn(b), nil
}
