package py

import (
	"strings"
	"unicode"
)

// str_repr.go: repr() of str and bytes, and ascii(), exactly as CPython
// writes them: single quotes unless the text contains a single quote and no
// double quote; \t \n \r \\ and the quote escaped; other characters that
// are not printable (Unicode categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs
// except the space) as \xhh, \uhhhh or \Uhhhhhhhh.

const hexDigits = "0123456789abcdef"

// isPrintable is CPython's Py_UNICODE_ISPRINTABLE.
func isPrintable(r rune) bool {
	if r < 0x80 {
		return r >= 0x20 && r < 0x7f
	}
	return unicode.IsPrint(r)
}

// strRepr is repr() of the str s.
func strRepr(s string) string {
	return quoteStr(s, false)
}

// quoteStr writes the repr; asciiOnly escapes every non-ASCII code point
// (ascii()).
func quoteStr(s string, asciiOnly bool) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	// Fast path: printable ASCII without quote or backslash.
	plain := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || c == quote || c == '\\' {
			plain = false
			break
		}
	}
	if plain {
		return string(quote) + s + string(quote)
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, n := decodeRune(s, i)
		i += n
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteByte(byte(r))
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			writeHexEscape(&b, 'x', uint32(r), 2)
		case r < 0x7f:
			b.WriteByte(byte(r))
		case !asciiOnly && isPrintable(r):
			b.WriteString(s[i-n : i])
		case r < 0x100:
			writeHexEscape(&b, 'x', uint32(r), 2)
		case r < 0x10000:
			writeHexEscape(&b, 'u', uint32(r), 4)
		default:
			writeHexEscape(&b, 'U', uint32(r), 8)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

func writeHexEscape(b *strings.Builder, kind byte, v uint32, digits int) {
	b.WriteByte('\\')
	b.WriteByte(kind)
	for i := digits - 1; i >= 0; i-- {
		b.WriteByte(hexDigits[(v>>(4*uint(i)))&0xf])
	}
}

// bytesRepr is repr() of bytes: b'...'.
func bytesRepr(data []byte) string {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	for _, c := range data {
		if c == '\'' {
			hasSingle = true
		} else if c == '"' {
			hasDouble = true
		}
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(data) + 3)
	b.WriteByte('b')
	b.WriteByte(quote)
	for _, c := range data {
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < 0x20 || c >= 0x7f:
			writeHexEscape(&b, 'x', uint32(c), 2)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// Ascii is ascii(o): repr with non-ASCII characters escaped.
func Ascii(in *Interp, o Object) (*Str, error) {
	r, err := Repr(in, o)
	if err != nil {
		return nil, err
	}
	if r.isASCII() {
		return r, nil
	}
	var b strings.Builder
	for i := 0; i < len(r.S); {
		c, n := decodeRune(r.S, i)
		i += n
		switch {
		case c < 0x80:
			b.WriteByte(byte(c))
		case c < 0x100:
			writeHexEscape(&b, 'x', uint32(c), 2)
		case c < 0x10000:
			writeHexEscape(&b, 'u', uint32(c), 4)
		default:
			writeHexEscape(&b, 'U', uint32(c), 8)
		}
	}
	return newASCIIStr(b.String()), nil
}
