package py

// STUBS owned by the numbers engineer (int, float, complex, bool
// arithmetic, the operator protocols with reflected dispatch, comparison,
// hashing, formatting). Delete a stub here when writing the real function.

var (
	IntType     = NewBuiltinType("int", ObjectType)
	BoolType    = NewBuiltinType("bool", IntType)
	FloatType   = NewBuiltinType("float", ObjectType)
	ComplexType = NewBuiltinType("complex", ObjectType)
)

// BigInt is an int that does not fit in int64.
type BigInt struct{}

func (*BigInt) Type() *Type { return IntType }

// BinOp identifies a binary operator (same order as compile.BinaryOp args).
type BinOp uint8

const (
	OpAdd BinOp = iota
	OpSub
	OpMul
	OpMatMul
	OpTrueDiv
	OpFloorDiv
	OpMod
	OpPow
	OpLShift
	OpRShift
	OpAnd
	OpXor
	OpOr
)

// CompareOp identifies a rich comparison.
type CompareOp uint8

const (
	CmpLT CompareOp = iota
	CmpLE
	CmpEQ
	CmpNE
	CmpGT
	CmpGE
)

// BinaryOp is a <op> b with __op__/__rop__ dispatch and NotImplemented
// handling. InplaceOp is a <op>= b (tries __iop__ first).
func BinaryOp(in *Interp, op BinOp, a, b Object) (Object, error)  { panic("stub") }
func InplaceOp(in *Interp, op BinOp, a, b Object) (Object, error) { panic("stub") }

// Neg, Pos, Invert are -a, +a, ~a.
func Neg(in *Interp, a Object) (Object, error)    { panic("stub") }
func Pos(in *Interp, a Object) (Object, error)    { panic("stub") }
func Invert(in *Interp, a Object) (Object, error) { panic("stub") }

// RichCompare is a <op> b; Eq is a == b as a Go bool (identity first, as
// containers compare).
func RichCompare(in *Interp, a, b Object, op CompareOp) (Object, error) { panic("stub") }
func Eq(in *Interp, a, b Object) (bool, error)                          { panic("stub") }

// Hash is hash(o) (CPython's algorithm for numbers, so int/float/Fraction
// keys agree and set iteration order of ints matches CPython).
func Hash(in *Interp, o Object) (int64, error) { panic("stub") }

// Index is operator.index(o) as a Go int (OverflowError if it does not fit);
// IndexObject returns the int object (Int or *BigInt).
func Index(in *Interp, o Object) (int, error)          { panic("stub") }
func IndexObject(in *Interp, o Object) (Object, error) { panic("stub") }

// AsInt unwraps an Int, Bool or int subclass instance to Int/*BigInt.
func AsInt(o Object) (Object, bool) { panic("stub") }

// Format is format(o, spec).
func Format(in *Interp, o Object, spec string) (*Str, error) { panic("stub") }

// FloatRepr is repr() of a float: CPython's shortest round-trip form.
func FloatRepr(f float64) string { panic("stub") }
