package py

// The numbers engineer's part of the package API: the built-in number
// types and the operator enumerations. The implementations live in
// bigint.go, int_*.go, float_*.go, complex_*.go, ops.go, compare.go,
// hash.go, convert.go, format_*.go, percent_format.go, str_format.go.
//
// Notes for the other owners:
//   - str.__mod__ / bytes % : call PercentFormat(in, format, args).
//   - str.format / format_map: call StrFormat(in, format, args, kwargs).
//   - str.__format__: call FormatStr(s, spec) (or Format(in, o, spec)).
//   - object.__format__: call ObjectFormat(in, o, spec).
//   - builtins divmod/pow/abs/round/bin/oct/hex/int/float: DivMod, Pow3,
//     Abs, Round, IntToBase, and the IntType/FloatType New hooks.

var (
	IntType     = NewBuiltinType("int", ObjectType)
	BoolType    = NewBuiltinType("bool", IntType)
	FloatType   = NewBuiltinType("float", ObjectType)
	ComplexType = NewBuiltinType("complex", ObjectType)
)

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
