package syntax

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// strLit is a STRING token taken apart.
type strLit struct {
	raw, bytes, fstr, u bool
	quoteLen            int
	body                string // between the quotes, undecoded
	bodyOff             int    // offset of body in the token text
}

func splitString(text string) strLit {
	var l strLit
	i := 0
	for text[i] != '\'' && text[i] != '"' {
		switch text[i] | 0x20 {
		case 'r':
			l.raw = true
		case 'b':
			l.bytes = true
		case 'f':
			l.fstr = true
		case 'u':
			l.u = true
		}
		i++
	}
	l.quoteLen = 1
	if len(text)-i >= 6 && text[i+1] == text[i] && text[i+2] == text[i] {
		l.quoteLen = 3
	}
	l.bodyOff = i + l.quoteLen
	l.body = text[l.bodyOff : len(text)-l.quoteLen]
	return l
}

// escapeError is an invalid escape found while decoding a literal;
// msg is the complete CPython message.
type escapeError struct{ msg string }

func unicodeEscapeError(start, end int, reason string) *escapeError {
	pos := "position " + strconv.Itoa(start)
	if end > start+1 {
		pos = "position " + strconv.Itoa(start) + "-" + strconv.Itoa(end-1)
	}
	verb := "byte"
	if end > start+1 {
		verb = "bytes"
	}
	return &escapeError{"(unicode error) 'unicodeescape' codec can't decode " + verb + " in " + pos + ": " + reason}
}

// decodeStr decodes the escapes of a str literal body. Surrogate code
// points are encoded WTF-8 style (see Constant).
func decodeStr(body string) (string, *escapeError) {
	i := strings.IndexByte(body, '\\')
	if i < 0 {
		return body, nil
	}
	b := make([]byte, 0, len(body))
	b = append(b, body[:i]...)
	for i < len(body) {
		c := body[i]
		if c != '\\' {
			b = append(b, c)
			i++
			continue
		}
		start := i
		i++
		if i >= len(body) {
			return "", unicodeEscapeError(start, i, "\\ at end of string")
		}
		c = body[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			b = append(b, c)
		case 'a':
			b = append(b, 7)
		case 'b':
			b = append(b, 8)
		case 'f':
			b = append(b, 12)
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'v':
			b = append(b, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := rune(c - '0')
			for k := 0; k < 2 && i < len(body) && body[i] >= '0' && body[i] <= '7'; k++ {
				v = v*8 + rune(body[i]-'0')
				i++
			}
			b = AppendRune(b, v)
		case 'x', 'u', 'U':
			n := 2
			if c == 'u' {
				n = 4
			} else if c == 'U' {
				n = 8
			}
			v, ok := hexValue(body, i, n)
			if !ok {
				end := i
				for end < len(body) && end < i+n && isHexDigit(body[end]) {
					end++
				}
				return "", unicodeEscapeError(start, end, "truncated \\"+string(c)+strings.Repeat("X", n)+" escape")
			}
			if v > utf8.MaxRune {
				return "", unicodeEscapeError(start, i+n, "illegal Unicode character")
			}
			i += n
			b = AppendRune(b, v)
		case 'N':
			r, end, ok := unicodeNameEscape(body, i)
			if !ok {
				if end < 0 {
					return "", unicodeEscapeError(start, len(body), "malformed \\N character escape")
				}
				return "", unicodeEscapeError(start, end, "unknown Unicode character name")
			}
			i = end
			b = AppendRune(b, r)
		default:
			// Unknown escapes keep the backslash (CPython warns).
			b = append(b, '\\', c)
		}
	}
	return string(b), nil
}

func hexValue(s string, i, n int) (rune, bool) {
	if i+n > len(s) {
		return 0, false
	}
	var v rune
	for k := i; k < i+n; k++ {
		c := s[k]
		if !isHexDigit(c) {
			return 0, false
		}
		d := c - '0'
		if c > '9' {
			d = (c | 0x20) - 'a' + 10
		}
		v = v*16 + rune(d)
	}
	return v, true
}

// unicodeNameEscape decodes the {NAME} of a \N escape starting at s[i].
// It returns the rune and the offset after '}'; end is -1 when the escape
// is malformed.
func unicodeNameEscape(s string, i int) (r rune, end int, ok bool) {
	if i >= len(s) || s[i] != '{' {
		return 0, -1, false
	}
	close := strings.IndexByte(s[i:], '}')
	if close <= 1 {
		return 0, -1, false
	}
	end = i + close + 1
	r, ok = lookupUnicodeName(s[i+1 : i+close])
	return r, end, ok
}

// lookupUnicodeName finds a character name (case-insensitively) in the
// embedded table.
func lookupUnicodeName(name string) (rune, bool) {
	name = strings.ToUpper(name)
	if strings.IndexByte(name, '\n') >= 0 {
		return 0, false
	}
	k := strings.Index(unicodeNameList, "\n"+name+"\n")
	if k < 0 {
		return 0, false
	}
	return unicodeNameRunes[strings.Count(unicodeNameList[:k], "\n")], true
}

// decodeBytes decodes a bytes literal body (raw or not). Only ASCII
// characters may appear literally.
func decodeBytes(body string, raw bool) ([]byte, *escapeError) {
	for i := 0; i < len(body); i++ {
		if body[i] >= utf8.RuneSelf {
			return nil, &escapeError{"bytes can only contain ASCII literal characters"}
		}
	}
	if raw {
		return []byte(body), nil
	}
	b := make([]byte, 0, len(body))
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			b = append(b, c)
			i++
			continue
		}
		start := i
		i++
		if i >= len(body) {
			return nil, &escapeError{"(value error) Trailing \\ in string"}
		}
		c = body[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			b = append(b, c)
		case 'a':
			b = append(b, 7)
		case 'b':
			b = append(b, 8)
		case 'f':
			b = append(b, 12)
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'v':
			b = append(b, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for k := 0; k < 2 && i < len(body) && body[i] >= '0' && body[i] <= '7'; k++ {
				v = v*8 + int(body[i]-'0')
				i++
			}
			b = append(b, byte(v))
		case 'x':
			v, ok := hexValue(body, i, 2)
			if !ok {
				return nil, &escapeError{"(value error) invalid \\x escape at position " + strconv.Itoa(start)}
			}
			i += 2
			b = append(b, byte(v))
		default:
			b = append(b, '\\', c)
		}
	}
	return b, nil
}

// AppendRune appends the UTF-8 encoding of r to b. Unlike utf8.AppendRune
// it encodes surrogate code points (U+D800..U+DFFF) as three bytes
// (WTF-8), which is how str constants hold lone surrogates.
func AppendRune(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xE0|byte(r>>12), 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F)
	}
	return utf8.AppendRune(b, r)
}

// DecodeRune decodes the first code point of s, accepting WTF-8 encoded
// surrogates. It returns (utf8.RuneError, 1) for invalid input, like
// utf8.DecodeRuneInString.
func DecodeRune(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}
