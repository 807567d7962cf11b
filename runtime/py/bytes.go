package py

import (
	"bytes"
	"strings"
)

// bytes.go: bytes and the methods bytes and bytearray share. Shared
// methods work on the []byte and build their results with the receiver's
// kind (a bytearray method returns a bytearray). ASCII-only semantics, as
// in CPython: upper/lower/isalpha ... only touch ASCII letters.

// AsBytes unwraps bytes or an instance of a bytes subclass.
func AsBytes(o Object) (*Bytes, bool) {
	switch o := o.(type) {
	case *Bytes:
		return o, true
	case *Instance:
		if b, ok := o.Base.(*Bytes); ok {
			return b, true
		}
	}
	return nil, false
}

// bytesData returns the bytes of a bytes-like object (bytes, bytearray or
// subclasses).
func bytesData(o Object) ([]byte, bool) {
	switch v := o.(type) {
	case *Bytes:
		return v.B, true
	case *ByteArray:
		return v.B, true
	case *Instance:
		switch b := v.Base.(type) {
		case *Bytes:
			return b.B, true
		case *ByteArray:
			return b.B, true
		}
	}
	return nil, false
}

// bytesLikeArg is a bytes-like argument or the "a bytes-like object is
// required, not 'str'" error.
func bytesLikeArg(o Object) ([]byte, error) {
	if b, ok := bytesData(o); ok {
		return b, nil
	}
	return nil, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(o))
}

// byteValue converts an int argument to a byte.
func byteValue(in *Interp, o Object) (byte, error) {
	n, err := argIndexMsg(in, o)
	if err != nil {
		return 0, err
	}
	if n < 0 || n > 255 {
		return 0, Errorf(ValueError, "byte must be in range(0, 256)")
	}
	return byte(n), nil
}

// subArg is the needle of find/count/index/in: bytes-like or an int.
func subArg(in *Interp, o Object) ([]byte, error) {
	if b, ok := bytesData(o); ok {
		return b, nil
	}
	if isIndexable(in, o) {
		c, err := byteValue(in, o)
		if err != nil {
			return nil, err
		}
		return []byte{c}, nil
	}
	return nil, Errorf(TypeError, "argument should be integer or bytes-like object, not '%s'", TypeName(o))
}

func bytesContains(in *Interp, b []byte, k Object) (bool, error) {
	if v, ok := k.(Int); ok {
		if v < 0 || v > 255 {
			return false, Errorf(ValueError, "byte must be in range(0, 256)")
		}
		return bytes.IndexByte(b, byte(v)) >= 0, nil
	}
	if _, ok := AsStr(k); ok {
		return false, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(k))
	}
	sub, err := subArg(in, k)
	if err != nil {
		return false, err
	}
	return bytes.Contains(b, sub), nil
}

func bytesGetItem(in *Interp, b []byte, k Object, mutable bool) (Object, error) {
	if s, ok := k.(*Slice); ok {
		start, _, step, n, err := s.Indices(in, len(b))
		if err != nil {
			return nil, err
		}
		out := make([]byte, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[i] = b[j]
		}
		if mutable {
			return &ByteArray{B: out}, nil
		}
		return &Bytes{B: out}, nil
	}
	what := "byte"
	if mutable {
		what = "bytearray"
	}
	i, err := itemIndex(in, k, what)
	if err != nil {
		return nil, err
	}
	j, ok := seqIndex(i, len(b))
	if !ok {
		if mutable {
			return nil, Errorf(IndexError, "bytearray index out of range")
		}
		return nil, Errorf(IndexError, "index out of range")
	}
	return Int(b[j]), nil
}

// bytesFromObject is bytes(o) for one argument (also bytearray(o)).
func bytesFromObject(in *Interp, o Object, what string) ([]byte, error) {
	if b, ok := bytesData(o); ok {
		return append([]byte(nil), b...), nil
	}
	if _, ok := AsStr(o); ok {
		return nil, Errorf(TypeError, "string argument without an encoding")
	}
	if isIndexable(in, o) {
		n, err := argIndexMsg(in, o)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, Errorf(ValueError, "negative count")
		}
		return make([]byte, n), nil
	}
	if what == "bytes" {
		m, err := LookupSpecial(in, o, Intern("__bytes__"))
		if err != nil {
			return nil, err
		}
		if m != nil {
			r, err := Call(in, m, nil, nil)
			if err != nil {
				return nil, err
			}
			b, ok := bytesData(r)
			if !ok {
				return nil, Errorf(TypeError, "__bytes__ returned non-bytes (type %s)", TypeName(r))
			}
			return b, nil
		}
	}
	if _, err := Iter(in, o); err != nil {
		return nil, Errorf(TypeError, "cannot convert '%s' object to %s", TypeName(o), what)
	}
	items, err := Collect(in, o)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(items))
	for i, x := range items {
		n, err := argIndexMsg(in, x)
		if err != nil {
			return nil, err
		}
		if n < 0 || n > 255 {
			return nil, Errorf(ValueError, "bytes must be in range(0, 256)")
		}
		out[i] = byte(n)
	}
	return out, nil
}

// bytesConstruct is the shared body of bytes(...) and bytearray(...).
func bytesConstruct(in *Interp, what string, args []Object, kwnames []string) ([]byte, error) {
	var a [3]Object
	if err := bindArgs(what, args, kwnames, 0, []string{"source", "encoding", "errors"}, a[:]); err != nil {
		return nil, err
	}
	if a[1] == nil && a[2] == nil {
		if a[0] == nil {
			return nil, nil
		}
		return bytesFromObject(in, a[0], what)
	}
	encoding, errors := "utf-8", "strict"
	for i, name := range []string{"encoding", "errors"} {
		if a[i+1] == nil {
			continue
		}
		v, ok := AsStr(a[i+1])
		if !ok {
			return nil, Errorf(TypeError, "%s() argument '%s' must be str, not %s", what, name, TypeName(a[i+1]))
		}
		if i == 0 {
			encoding = v.S
		} else {
			errors = v.S
		}
	}
	s, ok := AsStr(a[0])
	if !ok {
		if a[1] != nil {
			return nil, Errorf(TypeError, "encoding without a string argument")
		}
		return nil, Errorf(TypeError, "errors without a string argument")
	}
	return Encode(s, encoding, errors)
}

func bytesNew(in *Interp, t *Type, args []Object, kwnames []string) (Object, error) {
	b, err := bytesConstruct(in, "bytes", args, kwnames)
	if err != nil {
		return nil, err
	}
	if b == nil {
		b = []byte{}
	}
	return newBuiltinInstance(t, BytesType, &Bytes{B: b}), nil
}

func bytesHex(data []byte, args []Object, kwnames []string, in *Interp) (Object, error) {
	var a [2]Object
	if err := bindArgs("hex", args, kwnames, 0, []string{"sep", "bytes_per_sep"}, a[:]); err != nil {
		return nil, err
	}
	sep := ""
	if a[0] != nil {
		if s, ok := AsStr(a[0]); ok {
			sep = s.S
		} else if b, ok := bytesData(a[0]); ok {
			sep = string(b)
		} else {
			return nil, Errorf(TypeError, "sep must be str or bytes.")
		}
		if len(sep) != 1 {
			return nil, Errorf(ValueError, "sep must be length 1.")
		}
	}
	per := 1
	if a[1] != nil {
		n, err := argIndexMsg(in, a[1])
		if err != nil {
			return nil, err
		}
		per = n
	}
	var b strings.Builder
	if sep == "" || per == 0 || len(data) == 0 {
		for _, c := range data {
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
		}
		return newASCIIStr(b.String()), nil
	}
	abs := per
	if abs < 0 {
		abs = -abs
	}
	for i, c := range data {
		if i > 0 {
			// Groups are counted from the right for per > 0, from the left otherwise.
			var boundary bool
			if per > 0 {
				boundary = (len(data)-i)%abs == 0
			} else {
				boundary = i%abs == 0
			}
			if boundary {
				b.WriteString(sep)
			}
		}
		b.WriteByte(hexDigits[c>>4])
		b.WriteByte(hexDigits[c&15])
	}
	return newASCIIStr(b.String()), nil
}

func bytesFromHex(s string) ([]byte, error) {
	var out []byte
	val := func(c byte) int {
		switch {
		case c >= '0' && c <= '9':
			return int(c - '0')
		case c >= 'a' && c <= 'f':
			return int(c-'a') + 10
		case c >= 'A' && c <= 'F':
			return int(c-'A') + 10
		}
		return -1
	}
	for i := 0; i < len(s); {
		if s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\v' || s[i] == '\f' {
			i++
			continue
		}
		hi := val(s[i])
		if hi < 0 {
			return nil, Errorf(ValueError, "non-hexadecimal number found in fromhex() arg at position %d", i)
		}
		if i+1 >= len(s) || val(s[i+1]) < 0 {
			return nil, Errorf(ValueError, "non-hexadecimal number found in fromhex() arg at position %d", i+1)
		}
		out = append(out, byte(hi<<4|val(s[i+1])))
		i += 2
	}
	return out, nil
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func bytesSplitWhitespace(b []byte, maxsplit int, reverse bool) [][]byte {
	var out [][]byte
	if !reverse {
		i := 0
		for {
			for i < len(b) && isASCIISpace(b[i]) {
				i++
			}
			if i >= len(b) {
				return out
			}
			if maxsplit == 0 {
				return append(out, b[i:])
			}
			j := i
			for j < len(b) && !isASCIISpace(b[j]) {
				j++
			}
			out = append(out, b[i:j])
			i = j
			if maxsplit > 0 {
				maxsplit--
			}
		}
	}
	j := len(b)
	for {
		for j > 0 && isASCIISpace(b[j-1]) {
			j--
		}
		if j <= 0 {
			break
		}
		if maxsplit == 0 {
			out = append(out, b[:j])
			break
		}
		i := j
		for i > 0 && !isASCIISpace(b[i-1]) {
			i--
		}
		out = append(out, b[i:j])
		j = i
		if maxsplit > 0 {
			maxsplit--
		}
	}
	for i, k := 0, len(out)-1; i < k; i, k = i+1, k-1 {
		out[i], out[k] = out[k], out[i]
	}
	return out
}

// asciiMap applies f to every byte.
func asciiMap(b []byte, f func(c byte) byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		out[i] = f(c)
	}
	return out
}

func asciiUpper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}

func asciiLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

func init() {
	OnSetup(func() {
		BytesType.New = bytesNew
		addBytesCommonMethods(BytesType, false)
		BytesType.AddMethod("__hash__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
			b, _ := bytesData(self)
			return Int(hashBytesData(b)), nil
		})
		BytesType.AddMethod("__bytes__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
			b, _ := AsBytes(self)
			return b, nil
		})
	})
}
