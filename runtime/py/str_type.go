package py

// str_type.go: the str type: constructor and the registration of its
// methods and operators (implemented in str_methods.go).

func strNew(in *Interp, t *Type, args []Object, kwnames []string) (Object, error) {
	var a [3]Object
	if err := bindArgs("str", args, kwnames, 0, []string{"object", "encoding", "errors"}, a[:]); err != nil {
		return nil, err
	}
	var s *Str
	if a[1] == nil && a[2] == nil {
		if a[0] == nil {
			s = emptyStr
		} else {
			r, err := ToStr(in, a[0])
			if err != nil {
				return nil, err
			}
			s = exactStr(r)
		}
	} else {
		encoding, errors := "utf-8", "strict"
		for i, name := range []string{"encoding", "errors"} {
			if a[i+1] == nil {
				continue
			}
			v, ok := AsStr(a[i+1])
			if !ok {
				return nil, Errorf(TypeError, "str() argument '%s' must be str, not %s", name, TypeName(a[i+1]))
			}
			if i == 0 {
				encoding = v.S
			} else {
				errors = v.S
			}
		}
		var data []byte
		switch v := a[0].(type) {
		case nil:
		case *Bytes:
			data = v.B
		case *ByteArray:
			data = v.B
		default:
			if _, ok := AsStr(v); ok {
				return nil, Errorf(TypeError, "decoding str is not supported")
			}
			if b, ok := AsBytes(v); ok {
				data = b.B
			} else {
				return nil, Errorf(TypeError, "decoding to str: need a bytes-like object, %s found", TypeName(v))
			}
		}
		var err error
		if s, err = Decode(data, encoding, errors); err != nil {
			return nil, err
		}
	}
	return newBuiltinInstance(t, StrType, s), nil
}

func strMethod(f func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error)) Method {
	return func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		s, ok := AsStr(self)
		if !ok {
			return nil, Errorf(TypeError, "descriptor requires a 'str' object but received a '%s'", TypeName(self))
		}
		return f(in, s, args, kwnames)
	}
}

// strNoArgs registers a method without arguments returning f(s).
func strNoArgs(t *Type, name string, f func(s *Str) Object) {
	q := "str." + name
	t.AddMethod(name, strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
		if err := argsNone(q, args, kwnames); err != nil {
			return nil, err
		}
		return f(s), nil
	}))
}

func strPredicate(t *Type, name string, f func(s string) bool) {
	strNoArgs(t, name, func(s *Str) Object { return Bool(f(s.S)) })
}

func strMapping(t *Type, name string, f func(s string) string) {
	strNoArgs(t, name, func(s *Str) Object {
		r := f(s.S)
		if r == s.S {
			return s
		}
		return NewStr(r)
	})
}

func init() {
	OnSetup(func() {
		t := StrType
		t.New = strNew
		strNoArgs(t, "upper", func(s *Str) Object {
			if s.isASCII() {
				return asciiCase(s, 'a', 'z')
			}
			return NewStr(mapRunes(s.S, appendUpper))
		})
		strNoArgs(t, "lower", func(s *Str) Object {
			if s.isASCII() {
				return asciiCase(s, 'A', 'Z')
			}
			return NewStr(strLower(s.S))
		})
		strMapping(t, "casefold", func(s string) string { return mapRunes(s, appendFold) })
		strMapping(t, "title", strTitle)
		strMapping(t, "capitalize", strCapitalize)
		strMapping(t, "swapcase", strSwapcase)
		strPredicate(t, "isalpha", func(s string) bool { return allRunes(s, uIsAlpha) })
		strPredicate(t, "isdecimal", func(s string) bool { return allRunes(s, uIsDecimal) })
		strPredicate(t, "isdigit", func(s string) bool { return allRunes(s, uIsDigit) })
		strPredicate(t, "isnumeric", func(s string) bool { return allRunes(s, uIsNumeric) })
		strPredicate(t, "isalnum", func(s string) bool {
			return allRunes(s, func(r rune) bool { return uIsAlpha(r) || uIsDecimal(r) || uIsDigit(r) || uIsNumeric(r) })
		})
		strPredicate(t, "isspace", func(s string) bool { return allRunes(s, uIsSpace) })
		strPredicate(t, "isupper", func(s string) bool { return casedCheck(s, uIsUpper, uIsLower) })
		strPredicate(t, "islower", func(s string) bool { return casedCheck(s, uIsLower, uIsUpper) })
		strPredicate(t, "istitle", strIsTitle)
		strPredicate(t, "isidentifier", strIsIdentifier)
		strPredicate(t, "isprintable", func(s string) bool { return s == "" || allRunes(s, uIsPrintable) })
		strPredicate(t, "isascii", func(s string) bool {
			for i := 0; i < len(s); i++ {
				if s[i] >= 0x80 {
					return false
				}
			}
			return true
		})
		for _, name := range []string{"center", "ljust", "rjust"} {
			name := name
			t.AddMethod(name, strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
				return padStr(in, s, name, args, kwnames)
			}))
		}
		t.AddMethod("zfill", strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
			a, err := argsOne("str.zfill", args, kwnames)
			if err != nil {
				return nil, err
			}
			w, err := argIndexMsg(in, a)
			if err != nil {
				return nil, err
			}
			return NewStr(strZfill(s.S, w)), nil
		}))
		t.AddMethod("expandtabs", strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
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
			return NewStr(strExpandTabs(s.S, tab)), nil
		}))
		for _, c := range []struct {
			name        string
			reverse, ix bool
		}{{"find", false, false}, {"rfind", true, false}, {"index", false, true}, {"rindex", true, true}} {
			c := c
			t.AddMethod(c.name, strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
				i, err := strFind(in, s, c.name, args, kwnames, c.reverse)
				if err != nil {
					return nil, err
				}
				if i < 0 && c.ix {
					return nil, Errorf(ValueError, "substring not found")
				}
				return IntObject(int64(i)), nil
			}))
		}
		t.AddMethod("count", strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
			sub, start, end, cpStart, cpEnd, err := findArgs(in, s, "count", args, kwnames)
			if err != nil {
				return nil, err
			}
			if start < 0 {
				return Int(0), nil
			}
			if sub.S == "" {
				return Int(cpEnd - cpStart + 1), nil
			}
			return Int(stringsCount(s.S[start:end], sub.S)), nil
		}))
		t.AddMethod("startswith", strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
			return startsEnds(in, s, "startswith", args, kwnames, false)
		}))
		t.AddMethod("endswith", strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
			return startsEnds(in, s, "endswith", args, kwnames, true)
		}))
		t.AddMethod("split", strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
			return strSplit(in, s, args, kwnames, false)
		}))
		t.AddMethod("rsplit", strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
			return strSplit(in, s, args, kwnames, true)
		}))
		t.AddMethod("splitlines", strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
			var a [1]Object
			if err := bindArgs("splitlines", args, kwnames, 0, []string{"keepends"}, a[:]); err != nil {
				return nil, err
			}
			keep := false
			if a[0] != nil {
				n, err := argIndexMsg(in, a[0])
				if err != nil {
					return nil, err
				}
				keep = n != 0
			}
			return &List{Items: splitLines(s.S, keep)}, nil
		}))
		for _, c := range []struct {
			name        string
			left, right bool
		}{{"strip", true, true}, {"lstrip", true, false}, {"rstrip", false, true}} {
			c := c
			t.AddMethod(c.name, strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
				if err := argsRange("str."+c.name, c.name, args, kwnames, 0, 1); err != nil {
					return nil, err
				}
				var chars *Str
				if len(args) == 1 && args[0] != None {
					var ok bool
					if chars, ok = AsStr(args[0]); !ok {
						return nil, Errorf(TypeError, "%s arg must be None or str", c.name)
					}
				}
				r := stripStr(s.S, chars, c.left, c.right)
				if len(r) == len(s.S) {
					return s, nil
				}
				return NewStr(r), nil
			}))
		}
		t.AddMethod("join", strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
			a, err := argsOne("str.join", args, kwnames)
			if err != nil {
				return nil, err
			}
			return StrJoin(in, s, a)
		}))
		t.AddMethod("replace", strMethod(strReplace))
		t.AddMethod("partition", strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
			a, err := argsOne("str.partition", args, kwnames)
			if err != nil {
				return nil, err
			}
			return strPartition(s, a, false)
		}))
		t.AddMethod("rpartition", strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
			a, err := argsOne("str.rpartition", args, kwnames)
			if err != nil {
				return nil, err
			}
			return strPartition(s, a, true)
		}))
		for _, c := range []struct {
			name   string
			suffix bool
		}{{"removeprefix", false}, {"removesuffix", true}} {
			c := c
			t.AddMethod(c.name, strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
				a, err := argsOne("str."+c.name, args, kwnames)
				if err != nil {
					return nil, err
				}
				p, ok := AsStr(a)
				if !ok {
					return nil, Errorf(TypeError, "%s() argument must be str, not %s", c.name, TypeName(a))
				}
				if p.S == "" {
					return s, nil
				}
				if c.suffix && len(s.S) >= len(p.S) && s.S[len(s.S)-len(p.S):] == p.S {
					return NewStr(s.S[:len(s.S)-len(p.S)]), nil
				}
				if !c.suffix && len(s.S) >= len(p.S) && s.S[:len(p.S)] == p.S {
					return NewStr(s.S[len(p.S):]), nil
				}
				return s, nil
			}))
		}
		t.AddMethod("encode", strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
			enc, errs, err := codecArgs("encode", args, kwnames)
			if err != nil {
				return nil, err
			}
			b, err := Encode(s, enc, errs)
			if err != nil {
				return nil, err
			}
			return &Bytes{B: b}, nil
		}))
		t.AddMethod("translate", strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
			a, err := argsOne("str.translate", args, kwnames)
			if err != nil {
				return nil, err
			}
			return strTranslate(in, s, a)
		}))
		t.AddStaticMethod("maketrans", strMaketrans)
		t.AddMethod("format", strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
			npos := len(args) - len(kwnames)
			var kw *Dict
			if len(kwnames) > 0 {
				kw = NewDict()
				kw.updateKwargs(kwnames, args[npos:])
			}
			return StrFormat(in, s.S, args[:npos], kw)
		}))
		t.AddMethod("format_map", strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
			a, err := argsOne("str.format_map", args, kwnames)
			if err != nil {
				return nil, err
			}
			return StrFormatMap(in, s.S, a)
		}))

		// Operators and protocols.
		t.AddMethod("__len__", strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
			return Int(s.Len()), nil
		}))
		t.AddMethod("__hash__", strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
			return Int(s.Hash()), nil
		}))
		t.AddMethod("__iter__", strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
			return &strIterator{s: s}, nil
		}))
		t.AddMethod("__repr__", strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
			return NewStr(strRepr(s.S)), nil
		}))
		t.AddMethod("__str__", strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
			return s, nil
		}))
		t.AddMethod("__format__", strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
			a, err := argsOne("str.__format__", args, kwnames)
			if err != nil {
				return nil, err
			}
			spec, ok := AsStr(a)
			if !ok {
				return nil, Errorf(TypeError, "__format__() argument must be str, not %s", TypeName(a))
			}
			r, err := FormatStr(s.S, spec.S)
			if err != nil {
				return nil, err
			}
			return NewStr(r), nil
		}))
		t.AddMethod("__getitem__", strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
			a, err := argsOne("str.__getitem__", args, kwnames)
			if err != nil {
				return nil, err
			}
			return strGetItem(in, s, a)
		}))
		t.AddMethod("__contains__", strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
			ok, err := Contains(in, s, args[0])
			return Bool(ok), err
		}))
		t.AddMethod("__add__", strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
			o, ok := AsStr(args[0])
			if !ok {
				return nil, Errorf(TypeError, "can only concatenate str (not \"%s\") to str", TypeName(args[0]))
			}
			return StrConcat(s, o), nil
		}))
		mul := strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
			n, ok, err := repeatCount(in, args[0])
			if !ok || err != nil {
				return NotImplemented, err
			}
			return StrRepeat(s, n)
		})
		t.AddMethod("__mul__", mul)
		t.AddMethod("__rmul__", mul)
		t.AddMethod("__mod__", strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
			return PercentFormat(in, s.S, args[0])
		}))
		for _, c := range []struct {
			name string
			op   CompareOp
		}{{"__eq__", CmpEQ}, {"__ne__", CmpNE}, {"__lt__", CmpLT}, {"__le__", CmpLE}, {"__gt__", CmpGT}, {"__ge__", CmpGE}} {
			op := c.op
			t.AddMethod(c.name, strMethod(func(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
				o, ok := AsStr(args[0])
				if !ok {
					return NotImplemented, nil
				}
				c := 0
				if s.S < o.S {
					c = -1
				} else if s.S > o.S {
					c = 1
				}
				return Bool(cmpResult(c, op)), nil
			}))
		}
	})
}

// asciiCase flips the case of the ASCII letters lo..hi of s (upper: a..z,
// lower: A..Z); s itself when none is present.
func asciiCase(s *Str, lo, hi byte) *Str {
	i := 0
	for i < len(s.S) && (s.S[i] < lo || s.S[i] > hi) {
		i++
	}
	if i == len(s.S) {
		return s
	}
	b := []byte(s.S)
	for ; i < len(b); i++ {
		if c := b[i]; c >= lo && c <= hi {
			b[i] = c ^ 0x20
		}
	}
	return newASCIIStr(string(b))
}
