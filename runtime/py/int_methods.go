package py

import (
	"math/big"
)

// int_methods.go: the Python-visible methods of int (the dunders that
// super().__add__ and int.__add__(a, b) reach, bit_length, to_bytes, ...)
// and int() itself.

func init() { OnSetup(setupIntType) }

// selfInt unwraps the receiver of an int method.
func selfInt(self Object, name string) (Object, error) {
	if i, ok := AsInt(self); ok {
		return i, nil
	}
	return nil, Errorf(TypeError, "descriptor '%s' requires a 'int' object but received a '%s'", name, TypeName(self))
}

func intBinaryMethod(name string, op BinOp, reflected bool) Method {
	return func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		if err := numWrapperArgs(name, args, kwnames, 1); err != nil {
			return nil, err
		}
		a, err := selfInt(self, name)
		if err != nil {
			return nil, err
		}
		b, ok := AsInt(args[0])
		if !ok {
			return NotImplemented, nil
		}
		if reflected {
			a, b = b, a
		}
		return intBinary(op, a, b)
	}
}

func intCompareMethod(name string, op CompareOp) Method {
	return func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		if err := numWrapperArgs(name, args, kwnames, 1); err != nil {
			return nil, err
		}
		a, err := selfInt(self, name)
		if err != nil {
			return nil, err
		}
		b, ok := AsInt(args[0])
		if !ok {
			return NotImplemented, nil
		}
		return Bool(cmpResult(intCompare(a, b), op)), nil
	}
}

func intUnaryMethod(name string, f func(in *Interp, i Object) (Object, error)) Method {
	return func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		if err := numWrapperArgs(name, args, kwnames, 0); err != nil {
			return nil, err
		}
		a, err := selfInt(self, name)
		if err != nil {
			return nil, err
		}
		return f(in, a)
	}
}

// intPowMethod is int.__pow__(self, other, mod=None) (reflected: __rpow__).
func intPowMethod(name string, reflected bool) Method {
	return func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		if len(kwnames) > 0 || len(args) < 1 || len(args) > 2 {
			if len(kwnames) > 0 {
				return nil, Errorf(TypeError, "%s() takes no keyword arguments", name)
			}
			return nil, Errorf(TypeError, "expected 1 or 2 arguments, got %d", len(args))
		}
		a, err := selfInt(self, name)
		if err != nil {
			return nil, err
		}
		b, ok := AsInt(args[0])
		if !ok {
			return NotImplemented, nil
		}
		if reflected {
			a, b = b, a
		}
		if len(args) == 2 && args[1] != None {
			m, ok := AsInt(args[1])
			if !ok {
				return NotImplemented, nil
			}
			return intPowMod(a, b, m)
		}
		return intPow(a, b)
	}
}

// intRound is round(i, ndigits) for an int: half to even at 10**-ndigits.
func intRound(i Object, ndigits Object) Object {
	if IntSign(ndigits) >= 0 {
		return i
	}
	nd, ok := intNeg(ndigits).(Int)
	if !ok || nd > 1<<20 {
		return Int(0)
	}
	m := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(nd)), nil)
	q, r := bigFloorDivMod(toBig(i), m)
	r2 := new(big.Int).Lsh(r, 1)
	c := r2.Cmp(m)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, bigOne)
	}
	return bigOwn(q.Mul(q, m))
}

func setupIntType() {
	t := IntType
	for op := OpAdd; op <= OpOr; op++ {
		if op == OpMatMul || op == OpPow {
			continue
		}
		info := binOps[op]
		t.AddMethod(info.name.S, intBinaryMethod(info.name.S, op, false))
		t.AddMethod(info.rname.S, intBinaryMethod(info.rname.S, op, true))
	}
	t.AddMethod("__pow__", intPowMethod("__pow__", false))
	t.AddMethod("__rpow__", intPowMethod("__rpow__", true))
	t.AddMethod("__divmod__", intDivModMethod("__divmod__", false))
	t.AddMethod("__rdivmod__", intDivModMethod("__rdivmod__", true))
	for op := CmpLT; op <= CmpGE; op++ {
		t.AddMethod(cmpInfo[op].name.S, intCompareMethod(cmpInfo[op].name.S, op))
	}
	same := func(in *Interp, i Object) (Object, error) { return i, nil }
	t.AddMethod("__neg__", intUnaryMethod("__neg__", func(in *Interp, i Object) (Object, error) { return intNeg(i), nil }))
	t.AddMethod("__pos__", intUnaryMethod("__pos__", same))
	t.AddMethod("__abs__", intUnaryMethod("__abs__", func(in *Interp, i Object) (Object, error) { return intAbs(i), nil }))
	t.AddMethod("__invert__", intUnaryMethod("__invert__", func(in *Interp, i Object) (Object, error) { return intInvert(i), nil }))
	t.AddMethod("__bool__", intUnaryMethod("__bool__", func(in *Interp, i Object) (Object, error) { return Bool(IntSign(i) != 0), nil }))
	t.AddMethod("__int__", intUnaryMethod("__int__", same))
	t.AddMethod("__index__", intUnaryMethod("__index__", same))
	t.AddMethod("__trunc__", intUnaryMethod("__trunc__", same))
	t.AddMethod("__floor__", intUnaryMethod("__floor__", same))
	t.AddMethod("__ceil__", intUnaryMethod("__ceil__", same))
	t.AddMethod("__float__", intUnaryMethod("__float__", func(in *Interp, i Object) (Object, error) {
		f, err := intObjToFloat(i)
		return Float(f), err
	}))
	t.AddMethod("__hash__", intUnaryMethod("__hash__", func(in *Interp, i Object) (Object, error) {
		h, err := Hash(in, i)
		return Int(h), err
	}))
	t.AddMethod("__repr__", intUnaryMethod("__repr__", func(in *Interp, i Object) (Object, error) {
		s, err := IntDecimalString(i)
		if err != nil {
			return nil, err
		}
		return NewStr(s), nil
	}))
	t.AddMethod("__getnewargs__", intUnaryMethod("__getnewargs__", func(in *Interp, i Object) (Object, error) { return NewTuple(i), nil }))
	t.AddMethod("conjugate", intUnaryMethod("conjugate", same))
	t.AddMethod("bit_length", intUnaryMethod("int.bit_length", func(in *Interp, i Object) (Object, error) { return Int(intBitLength(i)), nil }))
	t.AddMethod("bit_count", intUnaryMethod("int.bit_count", func(in *Interp, i Object) (Object, error) {
		n := 0
		for _, w := range new(big.Int).Abs(toBig(i)).Bits() {
			n += popCount(uint64(w))
		}
		return Int(n), nil
	}))
	t.AddMethod("as_integer_ratio", intUnaryMethod("int.as_integer_ratio", func(in *Interp, i Object) (Object, error) { return NewTuple(i, Int(1)), nil }))
	t.AddMethod("__round__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		var out [1]Object
		if err := numBindArgs("__round__", args, kwnames, []string{"ndigits"}, 1, 0, out[:]); err != nil {
			return nil, err
		}
		i, err := selfInt(self, "__round__")
		if err != nil {
			return nil, err
		}
		if out[0] == nil || out[0] == None {
			return i, nil
		}
		nd, err := IndexObject(in, out[0])
		if err != nil {
			return nil, err
		}
		return intRound(i, nd), nil
	})
	t.AddMethod("__format__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		if err := numWrapperArgs("__format__", args, kwnames, 1); err != nil {
			return nil, err
		}
		i, err := selfInt(self, "__format__")
		if err != nil {
			return nil, err
		}
		spec, ok := AsStr(args[0])
		if !ok {
			return nil, Errorf(TypeError, "__format__() argument must be str, not %s", TypeName(args[0]))
		}
		if spec.S == "" {
			if _, exact := self.(*Instance); exact {
				return ToStr(in, self)
			}
			if b, ok := self.(Bool); ok {
				return Format(in, b, "")
			}
		}
		s, err := formatIntTyped(i, spec.S, TypeName(self))
		if err != nil {
			return nil, err
		}
		return NewStr(s), nil
	})
	t.AddMethod("to_bytes", intToBytes)
	t.AddClassMethod("from_bytes", intFromBytes)
	getter := func(f func(i Object) Object) func(in *Interp, self Object) (Object, error) {
		return func(in *Interp, self Object) (Object, error) {
			i, err := selfInt(self, "int")
			if err != nil {
				return nil, err
			}
			return f(i), nil
		}
	}
	t.AddGetSet("real", getter(func(i Object) Object { return i }), nil)
	t.AddGetSet("numerator", getter(func(i Object) Object { return i }), nil)
	t.AddGetSet("imag", getter(func(i Object) Object { return Int(0) }), nil)
	t.AddGetSet("denominator", getter(func(i Object) Object { return Int(1) }), nil)
	t.New = intNew
}

func popCount(w uint64) int {
	n := 0
	for w != 0 {
		w &= w - 1
		n++
	}
	return n
}

func intDivModMethod(name string, reflected bool) Method {
	return func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		if err := numWrapperArgs(name, args, kwnames, 1); err != nil {
			return nil, err
		}
		a, err := selfInt(self, name)
		if err != nil {
			return nil, err
		}
		b, ok := AsInt(args[0])
		if !ok {
			return NotImplemented, nil
		}
		if reflected {
			a, b = b, a
		}
		q, r, err := intDivMod(a, b)
		if err != nil {
			return nil, err
		}
		return NewTuple(q, r), nil
	}
}

// intNew is int(x=0, /, base=10) for int and its subclasses.
func intNew(in *Interp, t *Type, args []Object, kwnames []string) (Object, error) {
	var out [2]Object
	if err := numBindArgs("int", args, kwnames, []string{"x", "base"}, 1, 0, out[:]); err != nil {
		return nil, err
	}
	v, err := IntFromObject(in, out[0], out[1])
	if err != nil {
		return nil, err
	}
	return newNumberInstance(t, IntType, v), nil
}

var nameIntDunder = Intern("__int__")

// IntFromObject is int(x) / int(x, base) (x nil: 0; base nil: none given).
func IntFromObject(in *Interp, x, baseObj Object) (Object, error) {
	if x == nil {
		if baseObj != nil {
			return nil, Errorf(TypeError, "int() missing string argument")
		}
		return Int(0), nil
	}
	if baseObj != nil {
		bi, err := IndexObject(in, baseObj)
		if err != nil {
			return nil, err
		}
		b, ok := bi.(Int)
		if !ok || !(b == 0 || (b >= 2 && b <= 36)) {
			return nil, Errorf(ValueError, "int() base must be >= 2 and <= 36, or 0")
		}
		if _, ok := textOf(x); !ok {
			return nil, Errorf(TypeError, "int() can't convert non-string with explicit base")
		}
		return IntFromText(in, x, int(b))
	}
	switch v := x.(type) {
	case Int:
		return v, nil
	case *BigInt:
		return v, nil
	case Bool:
		i, _ := intOf(v)
		return i, nil
	case Float:
		return FloatToInt(float64(v))
	}
	if _, ok := textOf(x); ok {
		return IntFromText(in, x, 10)
	}
	// __int__, __index__, __trunc__, in that order.
	for _, name := range []*Str{nameIntDunder, nameIndex, nameTrunc} {
		f, err := LookupSpecial(in, x, name)
		if err != nil {
			return nil, err
		}
		if f == nil || f == None {
			continue
		}
		if name == nameTrunc && in != nil {
			if fr := in.CurrentFrame(); fr != nil {
				in.WarnAt(fr.Code.Code.Filename, fr.Line(), DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.", false)
			}
		}
		r, err := Call(in, f, nil, nil)
		if err != nil {
			return nil, err
		}
		if i, ok := AsInt(r); ok {
			return i, nil
		}
		if name == nameTrunc {
			return IndexObject(in, r)
		}
		return nil, Errorf(TypeError, "%s returned non-int (type %s)", name.S, TypeName(r))
	}
	if f, ok := AsFloatValue(x); ok {
		return FloatToInt(f)
	}
	return nil, Errorf(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", TypeName(x))
}

// intToBytes is int.to_bytes(length=1, byteorder='big', *, signed=False).
func intToBytes(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
	var out [3]Object
	if err := numBindArgs("to_bytes", args, kwnames, []string{"length", "byteorder", "signed"}, 0, 0, out[:]); err != nil {
		return nil, err
	}
	i, err := selfInt(self, "to_bytes")
	if err != nil {
		return nil, err
	}
	length := 1
	if out[0] != nil {
		if length, err = Index(in, out[0]); err != nil {
			return nil, err
		}
		if length < 0 {
			return nil, Errorf(ValueError, "length argument must be non-negative")
		}
	}
	little, err := byteOrderArg(out[1])
	if err != nil {
		return nil, err
	}
	signed := false
	if out[2] != nil {
		if signed, err = Truth(in, out[2]); err != nil {
			return nil, err
		}
	}
	x := toBig(i)
	if x.Sign() < 0 && !signed {
		return nil, Errorf(OverflowError, "can't convert negative int to unsigned")
	}
	v := new(big.Int).Set(x)
	if v.Sign() < 0 {
		// two's complement in length bytes
		v.Add(v, new(big.Int).Lsh(bigOne, uint(8*length)))
		if v.Sign() < 0 || (length > 0 && v.Bit(8*length-1) == 0) {
			return nil, Errorf(OverflowError, "int too big to convert")
		}
	} else if signed && v.BitLen() > 8*length-1 || v.BitLen() > 8*length {
		return nil, Errorf(OverflowError, "int too big to convert")
	}
	buf := make([]byte, length)
	v.FillBytes(buf)
	if little {
		for a, b := 0, len(buf)-1; a < b; a, b = a+1, b-1 {
			buf[a], buf[b] = buf[b], buf[a]
		}
	}
	return &Bytes{B: buf}, nil
}

func byteOrderArg(o Object) (bool, error) {
	if o == nil {
		return false, nil
	}
	s, ok := AsStr(o)
	if !ok {
		return false, Errorf(TypeError, "to_bytes() argument 'byteorder' must be str, not %s", TypeName(o))
	}
	switch s.S {
	case "little":
		return true, nil
	case "big":
		return false, nil
	}
	return false, Errorf(ValueError, "byteorder must be either 'little' or 'big'")
}

// intFromBytes is int.from_bytes(bytes, byteorder='big', *, signed=False).
func intFromBytes(in *Interp, cls Object, args []Object, kwnames []string) (Object, error) {
	var out [3]Object
	if err := numBindArgs("from_bytes", args, kwnames, []string{"bytes", "byteorder", "signed"}, 0, 1, out[:]); err != nil {
		return nil, err
	}
	var data []byte
	switch b := out[0].(type) {
	case *Bytes:
		data = append([]byte(nil), b.B...)
	case *ByteArray:
		data = append([]byte(nil), b.B...)
	default:
		if _, isStr := AsStr(out[0]); isStr {
			return nil, Errorf(TypeError, "cannot convert 'str' object to bytes")
		}
		items, err := Collect(in, out[0])
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			v, err := Index(in, it)
			if err != nil {
				return nil, err
			}
			if v < 0 || v > 255 {
				return nil, Errorf(ValueError, "bytes must be in range(0, 256)")
			}
			data = append(data, byte(v))
		}
	}
	little, err := byteOrderArg(out[1])
	if err != nil {
		return nil, err
	}
	signed := false
	if out[2] != nil {
		if signed, err = Truth(in, out[2]); err != nil {
			return nil, err
		}
	}
	if little {
		for a, b := 0, len(data)-1; a < b; a, b = a+1, b-1 {
			data[a], data[b] = data[b], data[a]
		}
	}
	v := new(big.Int).SetBytes(data)
	if signed && len(data) > 0 && data[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(bigOne, uint(8*len(data))))
	}
	r := bigOwn(v)
	if t, ok := cls.(*Type); ok && t != IntType {
		return Call(in, t, []Object{r}, nil)
	}
	return r, nil
}
