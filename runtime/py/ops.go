package py

import "math"

// ops.go: the binary and unary operator protocols. BinaryOp tries the
// numeric fast paths first (no allocation for small ints), then CPython's
// dispatch: a.__op__(b), b.__rop__(a) (first when type(b) is a proper
// subclass of type(a) that overrides __rop__), NotImplemented meaning "try
// the other one", and sequence concatenation/repetition (the __add__ and
// __mul__ of str, bytes, bytearray, list, tuple) only after the numeric
// methods of both operands, as CPython's sq_concat/sq_repeat slots.

// binOpInfo names one binary operator.
type binOpInfo struct {
	sym, isym          string // "+", "+="
	name, rname, iname *Str   // __add__, __radd__, __iadd__
}

var binOps = [...]binOpInfo{
	OpAdd:      {"+", "+=", Intern("__add__"), Intern("__radd__"), Intern("__iadd__")},
	OpSub:      {"-", "-=", Intern("__sub__"), Intern("__rsub__"), Intern("__isub__")},
	OpMul:      {"*", "*=", Intern("__mul__"), Intern("__rmul__"), Intern("__imul__")},
	OpMatMul:   {"@", "@=", Intern("__matmul__"), Intern("__rmatmul__"), Intern("__imatmul__")},
	OpTrueDiv:  {"/", "/=", Intern("__truediv__"), Intern("__rtruediv__"), Intern("__itruediv__")},
	OpFloorDiv: {"//", "//=", Intern("__floordiv__"), Intern("__rfloordiv__"), Intern("__ifloordiv__")},
	OpMod:      {"%", "%=", Intern("__mod__"), Intern("__rmod__"), Intern("__imod__")},
	OpPow:      {"** or pow()", "**=", Intern("__pow__"), Intern("__rpow__"), Intern("__ipow__")},
	OpLShift:   {"<<", "<<=", Intern("__lshift__"), Intern("__rlshift__"), Intern("__ilshift__")},
	OpRShift:   {">>", ">>=", Intern("__rshift__"), Intern("__rrshift__"), Intern("__irshift__")},
	OpAnd:      {"&", "&=", Intern("__and__"), Intern("__rand__"), Intern("__iand__")},
	OpXor:      {"^", "^=", Intern("__xor__"), Intern("__rxor__"), Intern("__ixor__")},
	OpOr:       {"|", "|=", Intern("__or__"), Intern("__ror__"), Intern("__ior__")},
}

// String is the operator's symbol ("+", "** or pow()").
func (op BinOp) String() string { return binOps[op].sym }

// BinaryOp is a <op> b with __op__/__rop__ dispatch and NotImplemented
// handling.
func BinaryOp(in *Interp, op BinOp, a, b Object) (Object, error) {
	// Fast path: two small ints.
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if r, ok := intFast(op, int64(x), int64(y)); ok {
				return r, nil
			}
			return intBinary(op, a, b)
		}
	}
	if r, err := numBinary(op, a, b); r != NotImplemented || err != nil {
		return r, err
	}
	r, err := binaryDispatch(in, op, a, b, false)
	if err != nil {
		return nil, err
	}
	if r == NotImplemented {
		return nil, binaryTypeError(op, a, b, false)
	}
	return r, nil
}

// InplaceOp is a <op>= b: __iop__ first, then as BinaryOp.
func InplaceOp(in *Interp, op BinOp, a, b Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if r, ok := intFast(op, int64(x), int64(y)); ok {
				return r, nil
			}
			return intBinary(op, a, b)
		}
	}
	if r, err := numBinary(op, a, b); r != NotImplemented || err != nil {
		return r, err
	}
	r, err := binaryDispatch(in, op, a, b, true)
	if err != nil {
		return nil, err
	}
	if r == NotImplemented {
		return nil, binaryTypeError(op, a, b, true)
	}
	return r, nil
}

func binaryTypeError(op BinOp, a, b Object, inplace bool) error {
	if op == OpMul {
		if isSequenceType(a.Type()) {
			return Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(b))
		}
		if isSequenceType(b.Type()) {
			return Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(a))
		}
	}
	sym := binOps[op].sym
	if inplace {
		sym = binOps[op].isym
	}
	return Errorf(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, TypeName(a), TypeName(b))
}

// isSequenceType reports whether t is (or derives from) a built-in
// sequence with concatenation and repetition.
func isSequenceType(t *Type) bool {
	for _, s := range sequenceTypes() {
		if t.Solid == s || t == s {
			return true
		}
	}
	return false
}

func sequenceTypes() [5]*Type {
	return [5]*Type{StrType, BytesType, ByteArrayType, ListType, TupleType}
}

// isSequenceSlot reports whether f is the built-in __add__/__mul__/
// __rmul__/__iadd__/__imul__ of a sequence type: CPython's sq_concat and
// sq_repeat, which are tried after the numeric methods of both operands.
func isSequenceSlot(op BinOp, f Object) bool {
	if op != OpAdd && op != OpMul {
		return false
	}
	d, ok := f.(*MethodDescriptor)
	return ok && isSequenceType(d.Owner)
}

// callBinarySlot calls the special method f (found as name on type(self))
// with one argument.
func callBinarySlot(in *Interp, f Object, name *Str, self, other Object) (Object, error) {
	if d, ok := f.(*MethodDescriptor); ok {
		return d.Meth(in, self, []Object{other}, nil)
	}
	bound, err := LookupSpecial(in, self, name)
	if err != nil {
		return nil, err
	}
	if bound == nil {
		return NotImplemented, nil
	}
	return Call(in, bound, []Object{other}, nil)
}

// lookupSlot is LookupType that treats a None entry as absent.
func lookupSlot(t *Type, name *Str) Object {
	f := LookupType(t, name)
	if f == None {
		return nil
	}
	return f
}

// binaryDispatch runs the Python-level protocol; NotImplemented if no
// method accepted the operands.
func binaryDispatch(in *Interp, op BinOp, a, b Object, inplace bool) (Object, error) {
	info := &binOps[op]
	ta, tb := a.Type(), b.Type()
	var seqInplace, seqA, seqB Object
	if inplace {
		if fi := lookupSlot(ta, info.iname); fi != nil {
			if isSequenceSlot(op, fi) {
				seqInplace = fi
			} else {
				r, err := callBinarySlot(in, fi, info.iname, a, b)
				if err != nil || r != NotImplemented {
					return r, err
				}
			}
		}
	}
	fa := lookupSlot(ta, info.name)
	var fb Object
	overridden := false // type(b) has its own __rop__, not type(a)'s
	if tb != ta {
		fb = lookupSlot(tb, info.rname)
		if fb != nil {
			inherited := fb == lookupSlot(ta, info.rname)
			overridden = !inherited
			if inherited && fa != nil {
				// Same built-in slot on both sides: CPython calls it once.
				if _, ok := fb.(*MethodDescriptor); ok {
					fb = nil
				}
			}
		}
	}
	if fa != nil && isSequenceSlot(op, fa) {
		seqA, fa = fa, nil
	}
	if fb != nil && isSequenceSlot(op, fb) {
		seqB, fb = fb, nil
	}
	if fb != nil && fa != nil && overridden && IsSubtype(tb, ta) {
		r, err := callBinarySlot(in, fb, info.rname, b, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
		fb = nil
	}
	if fa != nil {
		r, err := callBinarySlot(in, fa, info.name, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if fb != nil {
		r, err := callBinarySlot(in, fb, info.rname, b, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if seqInplace != nil {
		r, err := callBinarySlot(in, seqInplace, info.iname, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if seqA != nil {
		r, err := callBinarySlot(in, seqA, info.name, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if seqB != nil {
		r, err := callBinarySlot(in, seqB, info.rname, b, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return NotImplemented, nil
}

// Pow3 is pow(a, b, m) (m not None).
func Pow3(in *Interp, a, b, m Object) (Object, error) {
	x, okx := AsInt(a)
	y, oky := AsInt(b)
	z, okz := AsInt(m)
	if okx && oky && okz {
		return intPowMod(x, y, z)
	}
	if numKind(a) >= 0 && numKind(b) >= 0 && numKind(m) >= 0 {
		return nil, Errorf(TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	name := binOps[OpPow].name
	if f := lookupSlot(a.Type(), name); f != nil {
		if _, builtin := f.(*MethodDescriptor); !builtin {
			bound, err := LookupSpecial(in, a, name)
			if err != nil {
				return nil, err
			}
			r, err := Call(in, bound, []Object{b, m}, nil)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	return nil, Errorf(TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", TypeName(a), TypeName(b), TypeName(m))
}

// Unary operators.

var (
	nameNeg    = Intern("__neg__")
	namePos    = Intern("__pos__")
	nameInvert = Intern("__invert__")
	nameAbs    = Intern("__abs__")
)

// Neg is -a.
func Neg(in *Interp, a Object) (Object, error) {
	switch x := a.(type) {
	case Int:
		return intNeg(x), nil
	case Bool, *BigInt:
		v, _ := intOf(x)
		return intNeg(v), nil
	case Float:
		return -x, nil
	case Complex:
		return -x, nil
	}
	return unarySpecial(in, a, nameNeg, "unary -")
}

// Pos is +a.
func Pos(in *Interp, a Object) (Object, error) {
	switch x := a.(type) {
	case Int, *BigInt, Float, Complex:
		return x, nil
	case Bool:
		v, _ := intOf(x)
		return v, nil
	}
	return unarySpecial(in, a, namePos, "unary +")
}

// Invert is ~a.
func Invert(in *Interp, a Object) (Object, error) {
	switch x := a.(type) {
	case Int:
		return ^x, nil
	case Bool, *BigInt:
		v, _ := intOf(x)
		return intInvert(v), nil
	}
	return unarySpecial(in, a, nameInvert, "unary ~")
}

// Abs is abs(a).
func Abs(in *Interp, a Object) (Object, error) {
	switch x := a.(type) {
	case Int, Bool, *BigInt:
		v, _ := intOf(x)
		return intAbs(v), nil
	case Float:
		return Float(math.Abs(float64(x))), nil
	case Complex:
		return complexAbs(complex128(x))
	}
	return unarySpecial(in, a, nameAbs, "abs()")
}

func unarySpecial(in *Interp, a Object, name *Str, what string) (Object, error) {
	f, err := LookupSpecial(in, a, name)
	if err != nil {
		return nil, err
	}
	if f == nil || f == None {
		return nil, Errorf(TypeError, "bad operand type for %s: '%s'", what, TypeName(a))
	}
	return Call(in, f, nil, nil)
}
