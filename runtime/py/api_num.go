package py

// The numbers engineer's part of the package API: the built-in number
// types and the operator enumerations. The implementations live in
// bigint.go, int_*.go, float_*.go, complex_*.go, bool_methods.go, ops.go,
// num_binary.go, compare.go, hash.go, convert.go, number_parse.go,
// format*.go, percent_format.go, str_format.go, builtins_num.go.
//
// Entry points for the other owners:
//   - operators: BinaryOp, InplaceOp, Neg, Pos, Invert, Abs, DivMod,
//     Pow3 (pow with a modulus), Round; RichCompare, Eq; Hash.
//   - conversions: AsInt, IndexObject, Index, IndexClamped, AsIntExact,
//     AsFloat, AsFloatValue, AsComplexValue, IntFromObject,
//     FloatFromObject, ComplexFromObjects, FloatToInt, IntObject (boxes a
//     small int without allocating), NewBigInt.
//   - text: IntDecimalString (4300-digit limit), IntToBase (bin/oct/hex),
//     FloatRepr, ComplexRepr, FloatHex, FloatFromHex.
//   - formatting: Format(in, o, spec) is format(); FormatStr is
//     str.__format__; ObjectFormat is object.__format__; FormatInt,
//     FormatFloat, FormatComplex; ParseFormatSpec.
//   - str % args: PercentFormat(in, format, args); str.format and
//     format_map: StrFormat(in, format, args, kwargs), StrFormatMap.
//   - math helpers rounded like C's libm: AccurateExp, AccurateLog,
//     AccurateLogBase, Log10, Sin, Cos, Tan, Atan, Atan2, Cbrt.
//   - builtins registered here: abs, divmod, pow, round; the types int,
//     bool, float, complex get their methods and New hooks from OnSetup.

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
