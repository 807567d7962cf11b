package py

import (
	"strings"
	"unicode/utf8"
)

// format_spec.go: the format-spec mini-language shared by format(),
// f-strings and str.format:
//
//	[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//
// ParseFormatSpec reads it; padFormatted applies fill, alignment and
// width to an already formatted value.

// FormatSpec is a parsed format specification.
type FormatSpec struct {
	Fill      rune // ' ' unless given
	Align     byte // 0 (type's default), '<', '>', '^', '='
	Sign      byte // 0, '+', '-', ' '
	NoNegZero bool // 'z'
	Alt       bool // '#'
	Width     int  // -1: none
	Grouping  byte // 0, ',', '_'
	Precision int  // -1: none
	Type      byte // 0: none

	fillGiven bool
}

// ParseFormatSpec parses spec for a value of type typeName, whose default
// alignment is defaultAlign ('<' for str, '>' for numbers).
func ParseFormatSpec(spec string, typeName string, defaultAlign byte) (FormatSpec, error) {
	f := FormatSpec{Fill: ' ', Width: -1, Precision: -1}
	s := spec
	pos := 0
	isAlign := func(c byte) bool { return c == '<' || c == '>' || c == '^' || c == '=' }
	// [[fill]align]
	if len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if n < len(s) && isAlign(s[n]) {
			f.Fill, f.fillGiven, f.Align = r, true, s[n]
			pos = n + 1
		} else if isAlign(s[0]) {
			f.Align = s[0]
			pos = 1
		}
	}
	alignGiven := f.Align != 0
	if pos < len(s) && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ') {
		f.Sign = s[pos]
		pos++
	}
	if pos < len(s) && s[pos] == 'z' {
		f.NoNegZero = true
		pos++
	}
	if pos < len(s) && s[pos] == '#' {
		f.Alt = true
		pos++
	}
	if !f.fillGiven && pos < len(s) && s[pos] == '0' {
		f.Fill = '0'
		if !alignGiven && defaultAlign == '>' {
			f.Align = '='
		}
		pos++
	}
	// width
	start := pos
	n, pos, ok := parseSpecInt(s, pos)
	if !ok {
		return f, Errorf(ValueError, "Too many decimal digits in format string")
	}
	if pos > start {
		f.Width = n
	}
	// grouping
	if pos < len(s) && (s[pos] == ',' || s[pos] == '_') {
		f.Grouping = s[pos]
		pos++
		if pos < len(s) && (s[pos] == ',' || s[pos] == '_') {
			if s[pos] != f.Grouping {
				return f, Errorf(ValueError, "Cannot specify both ',' and '_'.")
			}
			return f, Errorf(ValueError, "Cannot specify '%c' with '%c'.", f.Grouping, s[pos])
		}
	}
	// precision
	if pos < len(s) && s[pos] == '.' {
		pos++
		start := pos
		n, pos, ok = parseSpecInt(s, pos)
		if !ok {
			return f, Errorf(ValueError, "Too many decimal digits in format string")
		}
		if pos == start {
			return f, Errorf(ValueError, "Format specifier missing precision")
		}
		f.Precision = n
	}
	// type
	if len(s)-pos > 1 {
		return f, Errorf(ValueError, "Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	if pos < len(s) {
		f.Type = s[pos]
	}
	if f.Grouping != 0 {
		switch f.Type {
		case 0, 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F':
		case 'b', 'o', 'x', 'X':
			if f.Grouping == '_' {
				break
			}
			fallthrough
		default:
			return f, Errorf(ValueError, "Cannot specify '%c' with '%c'.", f.Grouping, f.Type)
		}
	}
	return f, nil
}

func parseSpecInt(s string, pos int) (int, int, bool) {
	n := 0
	for pos < len(s) && s[pos] >= '0' && s[pos] <= '9' {
		if n > (1<<62)/10 {
			return 0, pos, false
		}
		n = n*10 + int(s[pos]-'0')
		pos++
	}
	return n, pos, true
}

// groupDigits inserts sep every size digits of the ASCII digit string d,
// first left-padding it with zeros so that the grouped result is at least
// minWidth long (minWidth <= 0: no padding).
func groupDigits(d string, sep byte, size int, minWidth int) string {
	n := len(d)
	if minWidth > 0 {
		for n+(n-1)/size < minWidth {
			n++
		}
	}
	var b strings.Builder
	b.Grow(n + n/size)
	for i := 0; i < n; i++ {
		if i > 0 && (n-i)%size == 0 {
			b.WriteByte(sep)
		}
		if j := i - (n - len(d)); j >= 0 {
			b.WriteByte(d[j])
		} else {
			b.WriteByte('0')
		}
	}
	return b.String()
}

// assembleNumber joins sign, prefix ("0x"), integer digits (grouped per
// spec; digitsAreDigits false for "inf"/"nan") and the rest (fraction,
// exponent, "%"), then pads to the width.
func (f *FormatSpec) assembleNumber(sign, prefix, digits, rest string, digitsAreDigits bool, groupSize int) string {
	zeroPad := f.Fill == '0' && f.Align == '=' && f.Width > 0
	if f.Grouping != 0 && digitsAreDigits {
		minw := 0
		if zeroPad {
			minw = f.Width - len(sign) - len(prefix) - utf8.RuneCountInString(rest)
		}
		digits = groupDigits(digits, f.Grouping, groupSize, minw)
	}
	body := sign + prefix + digits + rest
	n := utf8.RuneCountInString(body)
	if f.Width <= n {
		return body
	}
	pad := f.Width - n
	align := f.Align
	if align == 0 {
		align = '>'
	}
	if align == '=' {
		return sign + prefix + strings.Repeat(string(f.Fill), pad) + digits + rest
	}
	return padAligned(body, f.Fill, align, pad)
}

// padAligned adds pad fill characters around s for align '<', '>', '^'.
func padAligned(s string, fill rune, align byte, pad int) string {
	fs := string(fill)
	switch align {
	case '<':
		return s + strings.Repeat(fs, pad)
	case '^':
		left := pad / 2
		return strings.Repeat(fs, left) + s + strings.Repeat(fs, pad-left)
	}
	return strings.Repeat(fs, pad) + s
}

// FormatStr formats a str value per spec (str.__format__).
func FormatStr(s string, spec string) (string, error) {
	if spec == "" {
		return s, nil
	}
	f, err := ParseFormatSpec(spec, "str", '<')
	if err != nil {
		return "", err
	}
	switch f.Type {
	case 0, 's':
	default:
		return "", Errorf(ValueError, "Unknown format code '%c' for object of type 'str'", f.Type)
	}
	switch {
	case f.Sign != 0:
		return "", Errorf(ValueError, "Sign not allowed in string format specifier")
	case f.NoNegZero:
		return "", Errorf(ValueError, "Negative zero coercion (z) not allowed in string format specifier")
	case f.Alt:
		return "", Errorf(ValueError, "Alternate form (#) not allowed in string format specifier")
	case f.Align == '=':
		return "", Errorf(ValueError, "'=' alignment not allowed in string format specifier")
	case f.Grouping != 0:
		return "", Errorf(ValueError, "Cannot specify '%c' with 's'.", f.Grouping)
	}
	if f.Precision >= 0 {
		s = truncateRunes(s, f.Precision)
	}
	if f.Width > 0 {
		if n := utf8.RuneCountInString(s); n < f.Width {
			align := f.Align
			if align == 0 {
				align = '<'
			}
			s = padAligned(s, f.Fill, align, f.Width-n)
		}
	}
	return s, nil
}

// truncateRunes keeps the first n code points of s.
func truncateRunes(s string, n int) string {
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos]
		}
		i++
	}
	return s
}
