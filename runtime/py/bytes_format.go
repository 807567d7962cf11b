package py

// bytes_format.go: bytes % args (and bytearray % args). The str engine
// (PercentFormat) does the work on the latin-1 view of the format: bytes
// arguments become the latin-1 str of their bytes, so %s, %b and the
// numeric conversions produce CPython's bytes. (%r/%a of a bytes argument
// show its str form, not b'...'; a small, documented difference.)

// latin1Str is the str whose code points are the bytes of b.
func latin1Str(b []byte) *Str {
	rs := make([]rune, len(b))
	for i, c := range b {
		rs[i] = rune(c)
	}
	return runesToStr(rs)
}

func bytesFormatArg(o Object) Object {
	if b, ok := bytesData(o); ok {
		return latin1Str(b)
	}
	return o
}

// BytesPercentFormat is format % args for bytes and bytearray.
func BytesPercentFormat(in *Interp, format []byte, args Object) ([]byte, error) {
	var conv Object
	switch a := args.(type) {
	case *Tuple:
		items := make([]Object, len(a.Items))
		for i, x := range a.Items {
			items[i] = bytesFormatArg(x)
		}
		conv = &Tuple{Items: items}
	case *Dict:
		d := NewDict()
		for _, it := range a.Items() {
			if err := d.SetItem(in, bytesFormatArg(it.Key), bytesFormatArg(it.Value)); err != nil {
				return nil, err
			}
		}
		conv = d
	default:
		conv = bytesFormatArg(args)
	}
	s, err := PercentFormat(in, latin1Str(format).S, conv)
	if err != nil {
		return nil, err
	}
	out, err := Encode(s, "latin-1", "strict")
	if err != nil {
		return nil, Errorf(ValueError, "bytes formatting produced a character outside range(256)")
	}
	return out, nil
}

func init() {
	OnSetup(func() {
		for _, t := range []*Type{BytesType, ByteArrayType} {
			mutable := t == ByteArrayType
			t.AddMethod("__mod__", bytesMethod(func(in *Interp, b []byte, args []Object, kwnames []string) (Object, error) {
				if len(args) != 1 {
					return nil, Errorf(TypeError, "expected 1 argument, got %d", len(args))
				}
				out, err := BytesPercentFormat(in, b, args[0])
				if err != nil {
					return nil, err
				}
				if mutable {
					return &ByteArray{B: out}, nil
				}
				return &Bytes{B: out}, nil
			}))
		}
	})
}
