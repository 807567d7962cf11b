package py

import (
	"strconv"
	"strings"
)

// codecs.go: str.encode and bytes.decode for the codecs aioplay ships
// (utf-8, ascii, latin-1) with the error handlers strict, ignore, replace,
// backslashreplace, xmlcharrefreplace (encoding), surrogateescape and
// surrogatepass, producing CPython's UnicodeError texts.
//
// A UnicodeDecodeError/UnicodeEncodeError carries its message as its single
// argument (so str(e) is CPython's text) and the attributes encoding,
// object, start, end and reason in its attribute dict.

type codec uint8

const (
	codecUTF8 codec = iota
	codecASCII
	codecLatin1
)

var codecNames = [...]string{"utf-8", "ascii", "latin-1"}

func normalizeCodecName(name string) string {
	return strings.ToLower(strings.NewReplacer("_", "-", " ", "-").Replace(name))
}

// lookupCodec resolves an encoding name (case, '_' and ' ' insensitive).
func lookupCodec(name string) (codec, error) {
	switch normalizeCodecName(name) {
	case "utf-8", "utf8", "u8", "utf", "cp65001":
		return codecUTF8, nil
	case "ascii", "us-ascii", "646", "us":
		return codecASCII, nil
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "latin", "iso-ir-100", "csisolatin1":
		return codecLatin1, nil
	}
	return 0, Errorf(LookupError, "unknown encoding: %s", name)
}

func knownErrorHandler(h string) bool {
	switch h {
	case "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass", "namereplace":
		return true
	}
	return false
}

func unicodeError(t *Type, msg, enc string, obj Object, start, end int, reason string) *Exception {
	e := NewException(t, NewStr(msg))
	e.Dict = NewDict()
	e.Dict.SetStr(Intern("encoding"), NewStr(enc))
	e.Dict.SetStr(Intern("object"), obj)
	e.Dict.SetStr(Intern("start"), Int(start))
	e.Dict.SetStr(Intern("end"), Int(end))
	e.Dict.SetStr(Intern("reason"), NewStr(reason))
	return e
}

func decodeError(enc string, data []byte, start, end int, reason string) *Exception {
	var msg string
	if end-start == 1 {
		msg = "'" + enc + "' codec can't decode byte 0x" + hex2(data[start]) + " in position " + strconv.Itoa(start) + ": " + reason
	} else {
		msg = "'" + enc + "' codec can't decode bytes in position " + strconv.Itoa(start) + "-" + strconv.Itoa(end-1) + ": " + reason
	}
	return unicodeError(UnicodeDecodeError, msg, enc, &Bytes{B: data}, start, end, reason)
}

func hex2(c byte) string { return string([]byte{hexDigits[c>>4], hexDigits[c&15]}) }

// charEscape is how encode errors show a code point: '\xe9', '\u20ac'.
func charEscape(r rune) string {
	var b strings.Builder
	switch {
	case r < 0x100:
		writeHexEscape(&b, 'x', uint32(r), 2)
	case r < 0x10000:
		writeHexEscape(&b, 'u', uint32(r), 4)
	default:
		writeHexEscape(&b, 'U', uint32(r), 8)
	}
	return b.String()
}

// utf8Invalid examines an invalid or truncated sequence at data[i]: the
// length of the bad range and the reason.
func utf8Invalid(data []byte, i int) (int, string) {
	c := data[i]
	n := len(data)
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c >= 0xE0 && c <= 0xEF:
		need = 2
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	case c >= 0xF0 && c <= 0xF4:
		need = 3
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	default:
		return 1, "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if i+k >= n {
			return n - i, "unexpected end of data"
		}
		b := data[i+k]
		if k == 1 && (b < lo || b > hi) || k > 1 && (b < 0x80 || b > 0xBF) {
			return k, "invalid continuation byte"
		}
	}
	return 0, "" // valid
}

// Decode decodes data (bytes.decode / str(bytes, encoding, errors)).
func Decode(data []byte, encoding, errors string) (*Str, error) {
	if w, ok := lookupWideCodec(encoding); ok {
		return w.decode(data, errors)
	}
	if n := normalizeCodecName(encoding); n == "utf-8-sig" || n == "utf8-sig" {
		if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
			data = data[3:]
		}
		encoding = "utf-8"
	}
	c, err := lookupCodec(encoding)
	if err != nil {
		return nil, err
	}
	enc := codecNames[c]
	ascii := true
	for _, b := range data {
		if b >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return newASCIIStr(string(data)), nil
	}
	var out []byte
	bad := func(start, end int, reason string) error {
		switch errors {
		case "strict":
			return decodeError(enc, data, start, end, reason)
		case "ignore":
		case "replace":
			if c == codecUTF8 {
				out = appendRune(out, 0xFFFD)
			} else {
				for k := start; k < end; k++ {
					out = appendRune(out, 0xFFFD)
				}
			}
		case "backslashreplace":
			for k := start; k < end; k++ {
				out = append(out, '\\', 'x', hexDigits[data[k]>>4], hexDigits[data[k]&15])
			}
		case "surrogateescape":
			for k := start; k < end; k++ {
				out = appendRune(out, 0xDC00+rune(data[k]))
			}
		default:
			if !knownErrorHandler(errors) {
				return Errorf(LookupError, "unknown error handler name '%s'", errors)
			}
			return decodeError(enc, data, start, end, reason)
		}
		return nil
	}
	switch c {
	case codecLatin1:
		out = make([]byte, 0, len(data)*2)
		for _, b := range data {
			out = appendRune(out, rune(b))
		}
	case codecASCII:
		for i := 0; i < len(data); i++ {
			if data[i] < 0x80 {
				out = append(out, data[i])
				continue
			}
			if err := bad(i, i+1, "ordinal not in range(128)"); err != nil {
				return nil, err
			}
		}
	default:
		out = make([]byte, 0, len(data))
		for i := 0; i < len(data); {
			if data[i] < 0x80 {
				out = append(out, data[i])
				i++
				continue
			}
			n, reason := utf8Invalid(data, i)
			if n == 0 {
				w := 2
				switch {
				case data[i] >= 0xF0:
					w = 4
				case data[i] >= 0xE0:
					w = 3
				}
				out = append(out, data[i:i+w]...)
				i += w
				continue
			}
			if errors == "surrogatepass" && data[i] == 0xED && i+2 < len(data) && data[i+1] >= 0xA0 && data[i+1] <= 0xBF && data[i+2]&0xC0 == 0x80 {
				out = append(out, data[i:i+3]...)
				i += 3
				continue
			}
			if err := bad(i, i+n, reason); err != nil {
				return nil, err
			}
			i += n
		}
	}
	return NewStr(string(out)), nil
}

// Encode encodes s (str.encode).
func Encode(s *Str, encoding, errors string) ([]byte, error) {
	if w, ok := lookupWideCodec(encoding); ok {
		return w.encode(s, errors)
	}
	if n := normalizeCodecName(encoding); n == "utf-8-sig" || n == "utf8-sig" {
		b, err := Encode(s, "utf-8", errors)
		if err != nil {
			return nil, err
		}
		return append([]byte{0xEF, 0xBB, 0xBF}, b...), nil
	}
	c, err := lookupCodec(encoding)
	if err != nil {
		return nil, err
	}
	if s.isASCII() {
		return []byte(s.S), nil
	}
	enc := codecNames[c]
	limit := rune(0x110000)
	reason := "surrogates not allowed"
	switch c {
	case codecASCII:
		limit, reason = 0x80, "ordinal not in range(128)"
	case codecLatin1:
		limit, reason = 0x100, "ordinal not in range(256)"
	}
	encodable := func(r rune) bool {
		if r >= 0xD800 && r <= 0xDFFF && c == codecUTF8 {
			return false
		}
		return r < limit
	}
	rs := s.runeIndex()
	out := make([]byte, 0, len(s.S))
	for i := 0; i < len(rs); {
		r := rs[i]
		if encodable(r) {
			if c == codecUTF8 {
				out = appendRune(out, r)
			} else {
				out = append(out, byte(r))
			}
			i++
			continue
		}
		j := i + 1
		for j < len(rs) && !encodable(rs[j]) {
			j++
		}
		switch errors {
		case "strict":
			return nil, encodeError(enc, s, rs, i, j, reason)
		case "ignore":
		case "replace":
			for k := i; k < j; k++ {
				out = append(out, '?')
			}
		case "backslashreplace":
			for k := i; k < j; k++ {
				out = append(out, charEscape(rs[k])...)
			}
		case "xmlcharrefreplace":
			for k := i; k < j; k++ {
				out = append(out, "&#"+strconv.Itoa(int(rs[k]))+";"...)
			}
		case "surrogateescape", "surrogatepass":
			for k := i; k < j; k++ {
				r := rs[k]
				switch {
				case errors == "surrogateescape" && r >= 0xDC80 && r <= 0xDCFF:
					out = append(out, byte(r-0xDC00))
				case errors == "surrogatepass" && c == codecUTF8 && r >= 0xD800 && r <= 0xDFFF:
					out = appendRune(out, r)
				default:
					return nil, encodeError(enc, s, rs, k, k+1, reason)
				}
			}
		default:
			if !knownErrorHandler(errors) {
				return nil, Errorf(LookupError, "unknown error handler name '%s'", errors)
			}
			return nil, encodeError(enc, s, rs, i, j, reason)
		}
		i = j
	}
	return out, nil
}

func encodeError(enc string, s *Str, rs []rune, start, end int, reason string) *Exception {
	var msg string
	if end-start == 1 {
		msg = "'" + enc + "' codec can't encode character '" + charEscape(rs[start]) + "' in position " + strconv.Itoa(start) + ": " + reason
	} else {
		msg = "'" + enc + "' codec can't encode characters in position " + strconv.Itoa(start) + "-" + strconv.Itoa(end-1) + ": " + reason
	}
	return unicodeError(UnicodeEncodeError, msg, enc, s, start, end, reason)
}

// codecArgs binds (encoding='utf-8', errors='strict') for encode/decode.
func codecArgs(fname string, args []Object, kwnames []string) (string, string, error) {
	var a [2]Object
	if err := bindArgs(fname, args, kwnames, 0, []string{"encoding", "errors"}, a[:]); err != nil {
		return "", "", err
	}
	encoding, errors := "utf-8", "strict"
	for i, name := range []string{"encoding", "errors"} {
		if a[i] == nil {
			continue
		}
		s, ok := AsStr(a[i])
		if !ok {
			return "", "", Errorf(TypeError, "%s() argument '%s' must be str, not %s", fname, name, TypeName(a[i]))
		}
		if i == 0 {
			encoding = s.S
		} else {
			errors = s.S
		}
	}
	return encoding, errors, nil
}
