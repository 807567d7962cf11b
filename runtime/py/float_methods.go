package py

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// float_methods.go: the Python-visible methods of float and float().

func init() { OnSetup(setupFloatType) }

func selfFloat(self Object, name string) (float64, error) {
	if f, ok := AsFloatValue(self); ok {
		return f, nil
	}
	return 0, Errorf(TypeError, "descriptor '%s' requires a 'float' object but received a '%s'", name, TypeName(self))
}

// floatOperand converts the other operand of a float dunder: a float or an
// int (subclasses too); ok false means NotImplemented.
func floatOperand(o Object) (float64, bool, error) {
	if f, ok := AsFloatValue(o); ok {
		return f, true, nil
	}
	if i, ok := AsInt(o); ok {
		f, err := intObjToFloat(i)
		return f, true, err
	}
	return 0, false, nil
}

func floatBinaryMethod(name string, op BinOp, reflected bool) Method {
	return func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		if op == OpPow {
			if len(args) == 2 && len(kwnames) == 0 {
				if args[1] != None {
					return nil, Errorf(TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
				}
				args = args[:1]
			}
		}
		if err := numWrapperArgs(name, args, kwnames, 1); err != nil {
			return nil, err
		}
		a, err := selfFloat(self, name)
		if err != nil {
			return nil, err
		}
		b, ok, err := floatOperand(args[0])
		if !ok || err != nil {
			if err != nil {
				return nil, err
			}
			return NotImplemented, nil
		}
		if reflected {
			a, b = b, a
		}
		if op == opDivMod {
			return floatDivModObj(a, b)
		}
		return floatBinary(op, a, b)
	}
}

// opDivMod is a pseudo operator for the divmod methods.
const opDivMod BinOp = 255

func floatCompareMethod(name string, op CompareOp) Method {
	return func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		if err := numWrapperArgs(name, args, kwnames, 1); err != nil {
			return nil, err
		}
		a, err := selfFloat(self, name)
		if err != nil {
			return nil, err
		}
		if b, ok := AsFloatValue(args[0]); ok {
			return Bool(floatCompare(a, b, op)), nil
		}
		if i, ok := AsInt(args[0]); ok {
			return numCompare(Float(a), i, op), nil
		}
		return NotImplemented, nil
	}
}

func floatUnaryMethod(name string, f func(x float64) (Object, error)) Method {
	return func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		if err := numWrapperArgs(name, args, kwnames, 0); err != nil {
			return nil, err
		}
		x, err := selfFloat(self, name)
		if err != nil {
			return nil, err
		}
		return f(x)
	}
}

func setupFloatType() {
	t := FloatType
	for _, op := range []BinOp{OpAdd, OpSub, OpMul, OpTrueDiv, OpFloorDiv, OpMod, OpPow} {
		info := binOps[op]
		t.AddMethod(info.name.S, floatBinaryMethod(info.name.S, op, false))
		t.AddMethod(info.rname.S, floatBinaryMethod(info.rname.S, op, true))
	}
	t.AddMethod("__divmod__", floatBinaryMethod("__divmod__", opDivMod, false))
	t.AddMethod("__rdivmod__", floatBinaryMethod("__rdivmod__", opDivMod, true))
	for op := CmpLT; op <= CmpGE; op++ {
		t.AddMethod(cmpInfo[op].name.S, floatCompareMethod(cmpInfo[op].name.S, op))
	}
	t.AddMethod("__neg__", floatUnaryMethod("__neg__", func(x float64) (Object, error) { return Float(-x), nil }))
	t.AddMethod("__pos__", floatUnaryMethod("__pos__", func(x float64) (Object, error) { return Float(x), nil }))
	t.AddMethod("__abs__", floatUnaryMethod("__abs__", func(x float64) (Object, error) { return Float(math.Abs(x)), nil }))
	t.AddMethod("__bool__", floatUnaryMethod("__bool__", func(x float64) (Object, error) { return Bool(x != 0), nil }))
	t.AddMethod("__float__", floatUnaryMethod("__float__", func(x float64) (Object, error) { return Float(x), nil }))
	t.AddMethod("__int__", floatUnaryMethod("__int__", FloatToInt))
	t.AddMethod("__trunc__", floatUnaryMethod("__trunc__", FloatToInt))
	t.AddMethod("__floor__", floatUnaryMethod("__floor__", func(x float64) (Object, error) { return FloatToInt(math.Floor(x)) }))
	t.AddMethod("__ceil__", floatUnaryMethod("__ceil__", func(x float64) (Object, error) { return FloatToInt(math.Ceil(x)) }))
	t.AddMethod("__hash__", floatUnaryMethod("__hash__", func(x float64) (Object, error) { return Int(floatHash(x)), nil }))
	t.AddMethod("__repr__", floatUnaryMethod("__repr__", func(x float64) (Object, error) { return NewStr(FloatRepr(x)), nil }))
	t.AddMethod("__getnewargs__", floatUnaryMethod("__getnewargs__", func(x float64) (Object, error) { return NewTuple(Float(x)), nil }))
	t.AddMethod("conjugate", floatUnaryMethod("conjugate", func(x float64) (Object, error) { return Float(x), nil }))
	t.AddMethod("is_integer", floatUnaryMethod("float.is_integer", func(x float64) (Object, error) {
		return Bool(!math.IsInf(x, 0) && x == math.Trunc(x)), nil
	}))
	t.AddMethod("as_integer_ratio", floatUnaryMethod("float.as_integer_ratio", FloatAsIntegerRatio))
	t.AddMethod("hex", floatUnaryMethod("float.hex", func(x float64) (Object, error) { return NewStr(FloatHex(x)), nil }))
	t.AddClassMethod("fromhex", floatFromHexMethod)
	t.AddMethod("__round__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		var out [1]Object
		if err := numBindArgs("__round__", args, kwnames, []string{"ndigits"}, 1, 0, out[:]); err != nil {
			return nil, err
		}
		x, err := selfFloat(self, "__round__")
		if err != nil {
			return nil, err
		}
		if out[0] == nil || out[0] == None {
			return FloatRoundInt(x)
		}
		nd, err := IndexObject(in, out[0])
		if err != nil {
			return nil, err
		}
		return FloatRound(x, nd)
	})
	t.AddMethod("__format__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		if err := numWrapperArgs("__format__", args, kwnames, 1); err != nil {
			return nil, err
		}
		x, err := selfFloat(self, "__format__")
		if err != nil {
			return nil, err
		}
		spec, ok := AsStr(args[0])
		if !ok {
			return nil, Errorf(TypeError, "__format__() argument must be str, not %s", TypeName(args[0]))
		}
		if spec.S == "" {
			if _, sub := self.(*Instance); sub {
				return ToStr(in, self)
			}
		}
		s, err := formatFloatTyped(x, spec.S, TypeName(self))
		if err != nil {
			return nil, err
		}
		return NewStr(s), nil
	})
	t.AddGetSet("real", func(in *Interp, self Object) (Object, error) {
		x, err := selfFloat(self, "real")
		return Float(x), err
	}, nil)
	t.AddGetSet("imag", func(in *Interp, self Object) (Object, error) { return Float(0), nil }, nil)
	t.New = floatNew
}

// FloatAsIntegerRatio is float.as_integer_ratio().
func FloatAsIntegerRatio(x float64) (Object, error) {
	if math.IsInf(x, 0) {
		return nil, Errorf(OverflowError, "cannot convert Infinity to integer ratio")
	}
	if math.IsNaN(x) {
		return nil, Errorf(ValueError, "cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(x)
	return NewTuple(NewBigInt(r.Num()), NewBigInt(r.Denom())), nil
}

// FloatHex is float.hex(): "0x1.8000000000000p+0".
func FloatHex(x float64) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(x) {
		sign = "-"
	}
	if x == 0 {
		return sign + "0x0.0p+0"
	}
	b := math.Float64bits(x)
	exp := int(b>>52) & 0x7ff
	mant := b & (1<<52 - 1)
	lead := "1"
	if exp == 0 {
		lead = "0"
		exp = -1022
	} else {
		exp -= 1023
	}
	m := strconv.FormatUint(mant, 16)
	m = strings.Repeat("0", 13-len(m)) + m
	es := strconv.Itoa(exp)
	if exp >= 0 {
		es = "+" + es
	}
	return sign + "0x" + lead + "." + m + "p" + es
}

// FloatFromHex parses float.fromhex's argument.
func FloatFromHex(s string) (float64, error) {
	t := strings.TrimFunc(s, isPySpace)
	body := t
	neg := false
	if body != "" && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		return math.Copysign(math.Inf(1), boolSign(neg)), nil
	case "nan":
		return math.Copysign(math.NaN(), boolSign(neg)), nil
	}
	if len(body) >= 2 && body[0] == '0' && (body[1]|0x20) == 'x' {
		body = body[2:]
	}
	mant, exp := body, "0"
	if i := strings.IndexAny(body, "pP"); i >= 0 {
		mant, exp = body[:i], body[i+1:]
	}
	invalid := Errorf(ValueError, "invalid hexadecimal floating-point string")
	ndig := 0
	dots := 0
	for i := 0; i < len(mant); i++ {
		c := mant[i]
		switch {
		case c == '.':
			dots++
		case (c >= '0' && c <= '9') || (c|0x20 >= 'a' && c|0x20 <= 'f'):
			ndig++
		default:
			return 0, invalid
		}
	}
	if ndig == 0 || dots > 1 {
		return 0, invalid
	}
	e := exp
	if e != "" && (e[0] == '+' || e[0] == '-') {
		e = e[1:]
	}
	if e == "" {
		return 0, invalid
	}
	for i := 0; i < len(e); i++ {
		if e[i] < '0' || e[i] > '9' {
			return 0, invalid
		}
	}
	f, err := strconv.ParseFloat("0x"+mant+"p"+exp, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange && math.IsInf(f, 0) {
			return 0, Errorf(OverflowError, "hexadecimal value too large to represent as a float")
		}
		if !math.IsInf(f, 0) && err.(*strconv.NumError).Err == strconv.ErrRange {
			err = nil
		} else {
			return 0, invalid
		}
	}
	if neg {
		f = -f
	}
	return f, nil
}

func boolSign(neg bool) float64 {
	if neg {
		return -1
	}
	return 1
}

func floatFromHexMethod(in *Interp, cls Object, args []Object, kwnames []string) (Object, error) {
	if err := numWrapperArgs("fromhex", args, kwnames, 1); err != nil {
		return nil, err
	}
	s, ok := AsStr(args[0])
	if !ok {
		return nil, Errorf(TypeError, "fromhex() argument must be str, not %s", TypeName(args[0]))
	}
	f, err := FloatFromHex(s.S)
	if err != nil {
		return nil, err
	}
	if t, ok := cls.(*Type); ok && t != FloatType {
		return Call(in, t, []Object{Float(f)}, nil)
	}
	return Float(f), nil
}

// floatNew is float(x=0.0, /).
func floatNew(in *Interp, t *Type, args []Object, kwnames []string) (Object, error) {
	if len(kwnames) > 0 {
		return nil, Errorf(TypeError, "float() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, Errorf(TypeError, "float expected at most 1 argument, got %d", len(args))
	}
	var v float64
	if len(args) == 1 {
		var err error
		if v, err = FloatFromObject(in, args[0]); err != nil {
			return nil, err
		}
	}
	return newNumberInstance(t, FloatType, Float(v)), nil
}

// FloatFromObject is float(x).
func FloatFromObject(in *Interp, x Object) (float64, error) {
	switch v := x.(type) {
	case Float:
		return float64(v), nil
	case Int:
		return float64(v), nil
	}
	if _, ok := textOf(x); ok {
		return FloatFromText(in, x)
	}
	f, err := LookupSpecial(in, x, nameFloat)
	if err != nil {
		return 0, err
	}
	if f == nil || f == None {
		if ix, err := LookupSpecial(in, x, nameIndex); err != nil {
			return 0, err
		} else if ix == nil || ix == None {
			if fv, ok := AsFloatValue(x); ok {
				return fv, nil
			}
			return 0, Errorf(TypeError, "float() argument must be a string or a real number, not '%s'", TypeName(x))
		}
	}
	return AsFloat(in, x)
}
