package py

// bytearray.go: the mutable bytes type: construction (bytearray.__new__
// makes it empty, bytearray.__init__ fills it), item and slice assignment,
// and the mutating methods. The read-only methods are shared with bytes
// (bytes_methods.go).

// AsByteArray unwraps a bytearray or an instance of a subclass.
func AsByteArray(o Object) (*ByteArray, bool) {
	switch o := o.(type) {
	case *ByteArray:
		return o, true
	case *Instance:
		if b, ok := o.Base.(*ByteArray); ok {
			return b, true
		}
	}
	return nil, false
}

func byteArraySetItem(in *Interp, b *ByteArray, k, v Object) error {
	s, ok := k.(*Slice)
	if !ok {
		i, err := itemIndex(in, k, "bytearray")
		if err != nil {
			return err
		}
		j, ok := seqIndex(i, len(b.B))
		if !ok {
			return Errorf(IndexError, "bytearray index out of range")
		}
		c, err := byteValue(in, v)
		if err != nil {
			return err
		}
		b.B[j] = c
		return nil
	}
	start, stop, step, n, err := s.Indices(in, len(b.B))
	if err != nil {
		return err
	}
	var src []byte
	if d, ok := bytesData(v); ok {
		src = append([]byte(nil), d...)
	} else if isIndexable(in, v) {
		return Errorf(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	} else if src, err = bytesFromObject(in, v, "bytearray"); err != nil {
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		out := make([]byte, 0, len(b.B)-(stop-start)+len(src))
		out = append(append(append(out, b.B[:start]...), src...), b.B[stop:]...)
		b.B = out
		return nil
	}
	if len(src) != n {
		return Errorf(ValueError, "attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		b.B[j] = src[i]
	}
	return nil
}

func byteArrayDelItem(in *Interp, b *ByteArray, k Object) error {
	s, ok := k.(*Slice)
	if !ok {
		i, err := itemIndex(in, k, "bytearray")
		if err != nil {
			return err
		}
		j, ok := seqIndex(i, len(b.B))
		if !ok {
			return Errorf(IndexError, "bytearray index out of range")
		}
		b.B = append(b.B[:j], b.B[j+1:]...)
		return nil
	}
	start, _, step, n, err := s.Indices(in, len(b.B))
	if err != nil || n == 0 {
		return err
	}
	if step < 0 {
		start = start + (n-1)*step
		step = -step
	}
	out := make([]byte, 0, len(b.B)-n)
	next := start
	for i, c := range b.B {
		if i == next && n > 0 {
			next += step
			n--
			continue
		}
		out = append(out, c)
	}
	b.B = out
	return nil
}

func byteArrayMethod(f func(in *Interp, b *ByteArray, args []Object, kwnames []string) (Object, error)) Method {
	return func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		b, ok := AsByteArray(self)
		if !ok {
			return nil, Errorf(TypeError, "descriptor requires a 'bytearray' object but received a '%s'", TypeName(self))
		}
		return f(in, b, args, kwnames)
	}
}

func init() {
	OnSetup(func() {
		t := ByteArrayType
		t.New = func(in *Interp, t *Type, args []Object, kwnames []string) (Object, error) {
			return newBuiltinInstance(t, ByteArrayType, &ByteArray{B: []byte{}}), nil
		}
		t.AddAttr("__hash__", None)
		addBytesCommonMethods(t, true)
		t.AddMethod("__init__", byteArrayMethod(func(in *Interp, b *ByteArray, args []Object, kwnames []string) (Object, error) {
			data, err := bytesConstruct(in, "bytearray", args, kwnames)
			if err != nil {
				return nil, err
			}
			if data == nil {
				data = []byte{}
			}
			b.B = data
			return None, nil
		}))
		t.AddMethod("append", byteArrayMethod(func(in *Interp, b *ByteArray, args []Object, kwnames []string) (Object, error) {
			a, err := argsOne("bytearray.append", args, kwnames)
			if err != nil {
				return nil, err
			}
			c, err := byteValue(in, a)
			if err != nil {
				return nil, err
			}
			b.B = append(b.B, c)
			return None, nil
		}))
		t.AddMethod("extend", byteArrayMethod(func(in *Interp, b *ByteArray, args []Object, kwnames []string) (Object, error) {
			a, err := argsOne("bytearray.extend", args, kwnames)
			if err != nil {
				return nil, err
			}
			if _, ok := AsStr(a); ok {
				return nil, Errorf(TypeError, "expected iterable of integers; got: 'str'")
			}
			data, err := bytesFromObject(in, a, "bytearray")
			if err != nil {
				return nil, err
			}
			b.B = append(b.B, data...)
			return None, nil
		}))
		t.AddMethod("insert", byteArrayMethod(func(in *Interp, b *ByteArray, args []Object, kwnames []string) (Object, error) {
			if err := argsRange("bytearray.insert", "insert", args, kwnames, 2, 2); err != nil {
				return nil, err
			}
			i, err := argIndexMsg(in, args[0])
			if err != nil {
				return nil, err
			}
			c, err := byteValue(in, args[1])
			if err != nil {
				return nil, err
			}
			n := len(b.B)
			if i < 0 {
				i += n
				if i < 0 {
					i = 0
				}
			} else if i > n {
				i = n
			}
			b.B = append(b.B, 0)
			copy(b.B[i+1:], b.B[i:])
			b.B[i] = c
			return None, nil
		}))
		t.AddMethod("pop", byteArrayMethod(func(in *Interp, b *ByteArray, args []Object, kwnames []string) (Object, error) {
			if err := argsRange("bytearray.pop", "pop", args, kwnames, 0, 1); err != nil {
				return nil, err
			}
			i := -1
			if len(args) == 1 {
				var err error
				if i, err = argIndexMsg(in, args[0]); err != nil {
					return nil, err
				}
			}
			if len(b.B) == 0 {
				return nil, Errorf(IndexError, "pop from empty bytearray")
			}
			j, ok := seqIndex(i, len(b.B))
			if !ok {
				return nil, Errorf(IndexError, "pop index out of range")
			}
			c := b.B[j]
			b.B = append(b.B[:j], b.B[j+1:]...)
			return Int(c), nil
		}))
		t.AddMethod("remove", byteArrayMethod(func(in *Interp, b *ByteArray, args []Object, kwnames []string) (Object, error) {
			a, err := argsOne("bytearray.remove", args, kwnames)
			if err != nil {
				return nil, err
			}
			c, err := byteValue(in, a)
			if err != nil {
				return nil, err
			}
			for i, x := range b.B {
				if x == c {
					b.B = append(b.B[:i], b.B[i+1:]...)
					return None, nil
				}
			}
			return nil, Errorf(ValueError, "value not found in bytearray")
		}))
		t.AddMethod("clear", byteArrayMethod(func(in *Interp, b *ByteArray, args []Object, kwnames []string) (Object, error) {
			if err := argsNone("bytearray.clear", args, kwnames); err != nil {
				return nil, err
			}
			b.B = []byte{}
			return None, nil
		}))
		t.AddMethod("copy", byteArrayMethod(func(in *Interp, b *ByteArray, args []Object, kwnames []string) (Object, error) {
			if err := argsNone("bytearray.copy", args, kwnames); err != nil {
				return nil, err
			}
			return &ByteArray{B: append([]byte{}, b.B...)}, nil
		}))
		t.AddMethod("reverse", byteArrayMethod(func(in *Interp, b *ByteArray, args []Object, kwnames []string) (Object, error) {
			if err := argsNone("bytearray.reverse", args, kwnames); err != nil {
				return nil, err
			}
			for i, j := 0, len(b.B)-1; i < j; i, j = i+1, j-1 {
				b.B[i], b.B[j] = b.B[j], b.B[i]
			}
			return None, nil
		}))
		t.AddMethod("__setitem__", byteArrayMethod(func(in *Interp, b *ByteArray, args []Object, kwnames []string) (Object, error) {
			if err := argsRange("bytearray.__setitem__", "__setitem__", args, kwnames, 2, 2); err != nil {
				return nil, err
			}
			return None, byteArraySetItem(in, b, args[0], args[1])
		}))
		t.AddMethod("__delitem__", byteArrayMethod(func(in *Interp, b *ByteArray, args []Object, kwnames []string) (Object, error) {
			a, err := argsOne("bytearray.__delitem__", args, kwnames)
			if err != nil {
				return nil, err
			}
			return None, byteArrayDelItem(in, b, a)
		}))
		t.AddMethod("__iadd__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
			b, _ := AsByteArray(self)
			o, ok := bytesData(args[0])
			if !ok {
				return nil, Errorf(TypeError, "can't concat %s to bytearray", TypeName(args[0]))
			}
			b.B = append(b.B, o...)
			return self, nil
		})
		t.AddMethod("__imul__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
			b, _ := AsByteArray(self)
			n, ok, err := repeatCount(in, args[0])
			if !ok || err != nil {
				return NotImplemented, err
			}
			if n <= 0 {
				b.B = []byte{}
			} else {
				out := make([]byte, 0, len(b.B)*n)
				for i := 0; i < n; i++ {
					out = append(out, b.B...)
				}
				b.B = out
			}
			return self, nil
		})
	})
}
