package py

import (
	"bytes"
	"strings"
)

// bytes_methods.go: the methods shared by bytes and bytearray.

// bytesMethod adapts a func over the receiver's []byte.
func bytesMethod(f func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error)) Method {
	return func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		b, ok := bytesData(self)
		if !ok {
			return nil, Errorf(TypeError, "descriptor requires a bytes-like object but received a '%s'", TypeName(self))
		}
		return f(in, b, args, kwnames)
	}
}

// bytesFindArgs parses (sub[, start[, end]]) for find/count/index.
func bytesFindArgs(in *Interp, b []byte, name string, args []Object, kwnames []string) (sub []byte, start, end int, err error) {
	if err = argsRangeOld(name, name, args, kwnames, 1, 3); err != nil {
		return
	}
	if sub, err = subArg(in, args[0]); err != nil {
		return
	}
	var a, c Object
	if len(args) > 1 {
		a = args[1]
	}
	if len(args) > 2 {
		c = args[2]
	}
	if start, err = clampStart(in, a, len(b)); err != nil {
		return
	}
	end, err = clampEnd(in, c, len(b))
	return
}

func addBytesCommonMethods(t *Type, mutable bool) {
	tn := t.Name
	mk := func(b []byte) Object {
		if mutable {
			return &ByteArray{B: b}
		}
		return &Bytes{B: b}
	}
	list := func(parts [][]byte) Object {
		out := make([]Object, len(parts))
		for i, p := range parts {
			out[i] = mk(append([]byte(nil), p...))
		}
		return &List{Items: out}
	}
	t.AddClassMethod("fromhex", func(in *Interp, cls Object, args []Object, kwnames []string) (Object, error) {
		a, err := argsOne(tn+".fromhex", args, kwnames)
		if err != nil {
			return nil, err
		}
		s, ok := AsStr(a)
		if !ok {
			return nil, Errorf(TypeError, "fromhex() argument must be str, not %s", TypeName(a))
		}
		b, err := bytesFromHex(s.S)
		if err != nil {
			return nil, err
		}
		if cls == t {
			return mk(b), nil
		}
		return Call(in, cls, []Object{mk(b)}, nil)
	})
	t.AddMethod("hex", bytesMethod(func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error) {
		return bytesHex(b, args, kwnames, in)
	}))
	t.AddMethod("decode", bytesMethod(func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error) {
		enc, errs, err := codecArgs("decode", args, kwnames)
		if err != nil {
			return nil, err
		}
		return Decode(b, enc, errs)
	}))
	for _, c := range []struct {
		name        string
		reverse, ix bool
	}{{"find", false, false}, {"rfind", true, false}, {"index", false, true}, {"rindex", true, true}} {
		c := c
		t.AddMethod(c.name, bytesMethod(func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error) {
			sub, start, end, err := bytesFindArgs(in, b, c.name, args, kwnames)
			if err != nil {
				return nil, err
			}
			i := -1
			if start <= end {
				if c.reverse {
					i = bytes.LastIndex(b[start:end], sub)
				} else {
					i = bytes.Index(b[start:end], sub)
				}
				if i >= 0 {
					i += start
				}
			}
			if i < 0 && c.ix {
				return nil, Errorf(ValueError, "subsection not found")
			}
			return Int(i), nil
		}))
	}
	t.AddMethod("count", bytesMethod(func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error) {
		sub, start, end, err := bytesFindArgs(in, b, "count", args, kwnames)
		if err != nil {
			return nil, err
		}
		if start > end {
			return Int(0), nil
		}
		return Int(bytes.Count(b[start:end], sub)), nil
	}))
	for _, c := range []struct {
		name string
		ends bool
	}{{"startswith", false}, {"endswith", true}} {
		c := c
		t.AddMethod(c.name, bytesMethod(func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error) {
			if err := argsRangeOld(c.name, c.name, args, kwnames, 1, 3); err != nil {
				return nil, err
			}
			var a, e Object
			if len(args) > 1 {
				a = args[1]
			}
			if len(args) > 2 {
				e = args[2]
			}
			start, err := clampStart(in, a, len(b))
			if err != nil {
				return nil, err
			}
			end, err := clampEnd(in, e, len(b))
			if err != nil {
				return nil, err
			}
			check := func(p []byte) bool {
				if start > end {
					return false
				}
				if c.ends {
					return bytes.HasSuffix(b[start:end], p)
				}
				return bytes.HasPrefix(b[start:end], p)
			}
			if tup, ok := args[0].(*Tuple); ok {
				for _, x := range tup.Items {
					p, ok := bytesData(x)
					if !ok {
						return nil, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(x))
					}
					if check(p) {
						return True, nil
					}
				}
				return False, nil
			}
			p, ok := bytesData(args[0])
			if !ok {
				return nil, Errorf(TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", c.name, TypeName(args[0]))
			}
			return Bool(check(p)), nil
		}))
	}
	t.AddMethod("join", bytesMethod(func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error) {
		a, err := argsOne(tn+".join", args, kwnames)
		if err != nil {
			return nil, err
		}
		items, err := Collect(in, a)
		if err != nil {
			return nil, err
		}
		var out []byte
		for i, x := range items {
			p, ok := bytesData(x)
			if !ok {
				return nil, Errorf(TypeError, "sequence item %d: expected a bytes-like object, %s found", i, TypeName(x))
			}
			if i > 0 {
				out = append(out, b...)
			}
			out = append(out, p...)
		}
		if out == nil {
			out = []byte{}
		}
		return mk(out), nil
	}))
	for _, c := range []struct {
		name    string
		reverse bool
	}{{"split", false}, {"rsplit", true}} {
		c := c
		t.AddMethod(c.name, bytesMethod(func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error) {
			var a [2]Object
			if err := bindArgs(c.name, args, kwnames, 0, []string{"sep", "maxsplit"}, a[:]); err != nil {
				return nil, err
			}
			maxsplit := -1
			if a[1] != nil {
				n, err := argIndexMsg(in, a[1])
				if err != nil {
					return nil, err
				}
				maxsplit = n
			}
			if a[0] == nil || a[0] == None {
				return list(bytesSplitWhitespace(b, maxsplit, c.reverse)), nil
			}
			sep, err := bytesLikeArg(a[0])
			if err != nil {
				return nil, err
			}
			if len(sep) == 0 {
				return nil, Errorf(ValueError, "empty separator")
			}
			parts := splitSep(string(b), string(sep), maxsplit, c.reverse)
			out := make([]Object, len(parts))
			for i, p := range parts {
				out[i] = mk([]byte(p.(*Str).S))
			}
			return &List{Items: out}, nil
		}))
	}
	for _, c := range []struct {
		name        string
		left, right bool
	}{{"strip", true, true}, {"lstrip", true, false}, {"rstrip", false, true}} {
		c := c
		t.AddMethod(c.name, bytesMethod(func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error) {
			if err := argsRange(c.name, c.name, args, kwnames, 0, 1); err != nil {
				return nil, err
			}
			in2 := isASCIISpace
			if len(args) == 1 && args[0] != None {
				set, err := bytesLikeArg(args[0])
				if err != nil {
					return nil, err
				}
				in2 = func(ch byte) bool { return bytes.IndexByte(set, ch) >= 0 }
			}
			i, j := 0, len(b)
			if c.left {
				for i < j && in2(b[i]) {
					i++
				}
			}
			if c.right {
				for j > i && in2(b[j-1]) {
					j--
				}
			}
			return mk(append([]byte{}, b[i:j]...)), nil
		}))
	}
	t.AddMethod("replace", bytesMethod(func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error) {
		if err := argsRange("replace", "replace", args, kwnames, 2, 3); err != nil {
			return nil, err
		}
		old, err := bytesLikeArg(args[0])
		if err != nil {
			return nil, err
		}
		nw, err := bytesLikeArg(args[1])
		if err != nil {
			return nil, err
		}
		count := -1
		if len(args) == 3 {
			if count, err = argIndexMsg(in, args[2]); err != nil {
				return nil, err
			}
		}
		return mk(bytes.Replace(b, old, nw, count)), nil
	}))
	for _, c := range []struct {
		name    string
		reverse bool
	}{{"partition", false}, {"rpartition", true}} {
		c := c
		t.AddMethod(c.name, bytesMethod(func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error) {
			a, err := argsOne(tn+"."+c.name, args, kwnames)
			if err != nil {
				return nil, err
			}
			sep, err := bytesLikeArg(a)
			if err != nil {
				return nil, err
			}
			if len(sep) == 0 {
				return nil, Errorf(ValueError, "empty separator")
			}
			var i int
			if c.reverse {
				i = bytes.LastIndex(b, sep)
				if i < 0 {
					return NewTuple(mk([]byte{}), mk([]byte{}), mk(append([]byte{}, b...))), nil
				}
			} else {
				i = bytes.Index(b, sep)
				if i < 0 {
					return NewTuple(mk(append([]byte{}, b...)), mk([]byte{}), mk([]byte{})), nil
				}
			}
			return NewTuple(mk(append([]byte{}, b[:i]...)), mk(append([]byte{}, sep...)), mk(append([]byte{}, b[i+len(sep):]...))), nil
		}))
	}
	mapping := func(name string, f func(b []byte) []byte) {
		q := tn + "." + name
		t.AddMethod(name, bytesMethod(func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error) {
			if err := argsNone(q, args, kwnames); err != nil {
				return nil, err
			}
			return mk(f(b)), nil
		}))
	}
	mapping("upper", func(b []byte) []byte { return asciiMap(b, asciiUpper) })
	mapping("lower", func(b []byte) []byte { return asciiMap(b, asciiLower) })
	mapping("swapcase", func(b []byte) []byte {
		return asciiMap(b, func(c byte) byte {
			if c >= 'a' && c <= 'z' {
				return c - 32
			}
			return asciiLower(c)
		})
	})
	mapping("capitalize", func(b []byte) []byte {
		out := asciiMap(b, asciiLower)
		if len(out) > 0 {
			out[0] = asciiUpper(out[0])
		}
		return out
	})
	mapping("title", func(b []byte) []byte {
		out := make([]byte, len(b))
		prevCased := false
		for i, c := range b {
			if prevCased {
				out[i] = asciiLower(c)
			} else {
				out[i] = asciiUpper(c)
			}
			prevCased = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		}
		return out
	})
	pred := func(name string, f func(s string) bool) {
		q := tn + "." + name
		t.AddMethod(name, bytesMethod(func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error) {
			if err := argsNone(q, args, kwnames); err != nil {
				return nil, err
			}
			return Bool(f(string(b))), nil
		}))
	}
	asciiOnly := func(f func(r rune) bool) func(r rune) bool {
		return func(r rune) bool { return r < 0x80 && f(r) }
	}
	pred("isalpha", func(s string) bool { return allBytes(s, asciiOnly(uIsAlpha)) })
	pred("isdigit", func(s string) bool { return allBytes(s, asciiOnly(uIsDigit)) })
	pred("isalnum", func(s string) bool {
		return allBytes(s, asciiOnly(func(r rune) bool { return uIsAlpha(r) || uIsDigit(r) }))
	})
	pred("isspace", func(s string) bool {
		return allBytes(s, func(r rune) bool { return r < 0x80 && isASCIISpace(byte(r)) })
	})
	pred("isupper", func(s string) bool { return casedCheckBytes(s, 'A', 'Z', 'a', 'z') })
	pred("islower", func(s string) bool { return casedCheckBytes(s, 'a', 'z', 'A', 'Z') })
	pred("istitle", func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return false
			}
		}
		return strIsTitle(s)
	})
	pred("isascii", func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return false
			}
		}
		return true
	})
	for _, name := range []string{"center", "ljust", "rjust"} {
		name := name
		t.AddMethod(name, bytesMethod(func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error) {
			if err := argsRange(name, name, args, kwnames, 1, 2); err != nil {
				return nil, err
			}
			width, err := argIndexMsg(in, args[0])
			if err != nil {
				return nil, err
			}
			fill := byte(' ')
			if len(args) == 2 {
				f, ok := bytesData(args[1])
				if !ok || len(f) != 1 {
					return nil, Errorf(TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, TypeName(args[1]))
				}
				fill = f[0]
			}
			if width <= len(b) {
				return mk(append([]byte{}, b...)), nil
			}
			pad := width - len(b)
			left := 0
			switch name {
			case "rjust":
				left = pad
			case "center":
				left = pad / 2
				if pad%2 == 1 && width%2 == 1 {
					left++
				}
			}
			out := append(bytes.Repeat([]byte{fill}, left), b...)
			out = append(out, bytes.Repeat([]byte{fill}, pad-left)...)
			return mk(out), nil
		}))
	}
	t.AddMethod("zfill", bytesMethod(func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error) {
		a, err := argsOne(tn+".zfill", args, kwnames)
		if err != nil {
			return nil, err
		}
		w, err := argIndexMsg(in, a)
		if err != nil {
			return nil, err
		}
		return mk([]byte(strZfill(string(b), w))), nil
	}))
	t.AddMethod("splitlines", bytesMethod(func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error) {
		var a [1]Object
		if err := bindArgs("splitlines", args, kwnames, 0, []string{"keepends"}, a[:]); err != nil {
			return nil, err
		}
		keep := false
		if a[0] != nil {
			k, err := Truth(in, a[0])
			if err != nil {
				return nil, err
			}
			keep = k
		}
		var parts [][]byte
		start := 0
		for i := 0; i < len(b); i++ {
			if b[i] != '\n' && b[i] != '\r' {
				continue
			}
			eol := i + 1
			if b[i] == '\r' && eol < len(b) && b[eol] == '\n' {
				eol++
			}
			if keep {
				parts = append(parts, b[start:eol])
			} else {
				parts = append(parts, b[start:i])
			}
			start = eol
			i = eol - 1
		}
		if start < len(b) {
			parts = append(parts, b[start:])
		}
		return list(parts), nil
	}))
	for _, c := range []struct {
		name   string
		suffix bool
	}{{"removeprefix", false}, {"removesuffix", true}} {
		c := c
		t.AddMethod(c.name, bytesMethod(func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error) {
			a, err := argsOne(tn+"."+c.name, args, kwnames)
			if err != nil {
				return nil, err
			}
			p, err := bytesLikeArg(a)
			if err != nil {
				return nil, err
			}
			r := b
			if c.suffix && bytes.HasSuffix(b, p) && len(p) > 0 {
				r = b[:len(b)-len(p)]
			} else if !c.suffix && bytes.HasPrefix(b, p) {
				r = b[len(p):]
			}
			return mk(append([]byte{}, r...)), nil
		}))
	}
	t.AddMethod("expandtabs", bytesMethod(func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error) {
		var a [1]Object
		if err := bindArgs("expandtabs", args, kwnames, 0, []string{"tabsize"}, a[:]); err != nil {
			return nil, err
		}
		tab := 8
		if a[0] != nil {
			n, err := argIndexMsg(in, a[0])
			if err != nil {
				return nil, err
			}
			tab = n
		}
		return mk([]byte(strExpandTabs(string(b), tab))), nil
	}))

	// Protocols and operators.
	t.AddMethod("__len__", bytesMethod(func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error) {
		return Int(len(b)), nil
	}))
	t.AddMethod("__iter__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		switch v := self.(type) {
		case *Bytes:
			return &bytesIterator{b: v}, nil
		case *ByteArray:
			return &byteArrayIterator{b: v}, nil
		case *Instance:
			if bb, ok := v.Base.(*Bytes); ok {
				return &bytesIterator{b: bb}, nil
			}
			if ba, ok := v.Base.(*ByteArray); ok {
				return &byteArrayIterator{b: ba}, nil
			}
		}
		return nil, Errorf(TypeError, "'%s' object is not iterable", TypeName(self))
	})
	t.AddMethod("__repr__", bytesMethod(func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error) {
		if mutable {
			return NewStr("bytearray(" + bytesRepr(b) + ")"), nil
		}
		return NewStr(bytesRepr(b)), nil
	}))
	t.AddMethod("__getitem__", bytesMethod(func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error) {
		a, err := argsOne(tn+".__getitem__", args, kwnames)
		if err != nil {
			return nil, err
		}
		return bytesGetItem(in, b, a, mutable)
	}))
	t.AddMethod("__contains__", bytesMethod(func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error) {
		ok, err := bytesContains(in, b, args[0])
		return Bool(ok), err
	}))
	t.AddMethod("__add__", bytesMethod(func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error) {
		o, ok := bytesData(args[0])
		if !ok {
			return nil, Errorf(TypeError, "can't concat %s to %s", TypeName(args[0]), tn)
		}
		out := make([]byte, 0, len(b)+len(o))
		return mk(append(append(out, b...), o...)), nil
	}))
	mul := bytesMethod(func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error) {
		n, ok, err := repeatCount(in, args[0])
		if !ok || err != nil {
			return NotImplemented, err
		}
		if n <= 0 {
			return mk([]byte{}), nil
		}
		if len(b) > 0 && n > MaxAllocBytes/len(b) {
			return nil, NewException(MemoryError)
		}
		return mk(bytes.Repeat(b, n)), nil
	})
	t.AddMethod("__mul__", mul)
	t.AddMethod("__rmul__", mul)
	for _, c := range []struct {
		name string
		op   CompareOp
	}{{"__eq__", CmpEQ}, {"__ne__", CmpNE}, {"__lt__", CmpLT}, {"__le__", CmpLE}, {"__gt__", CmpGT}, {"__ge__", CmpGE}} {
		op := c.op
		t.AddMethod(c.name, bytesMethod(func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error) {
			o, ok := bytesData(args[0])
			if !ok {
				return NotImplemented, nil
			}
			return Bool(cmpResult(bytes.Compare(b, o), op)), nil
		}))
	}
}

func allBytes(s string, pred func(rune) bool) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !pred(rune(s[i])) {
			return false
		}
	}
	return true
}

// casedCheckBytes is bytes.isupper/islower: some byte in [lo, hi], none in
// [olo, ohi].
func casedCheckBytes(s string, lo, hi, olo, ohi byte) bool {
	cased := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= olo && c <= ohi {
			return false
		}
		if c >= lo && c <= hi {
			cased = true
		}
	}
	return cased
}

var _ = strings.Repeat
