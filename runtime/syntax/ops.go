package syntax

// Operator enums. String gives the Python symbol; Name gives CPython's ast
// class name (used by Dump).

// BoolOperator is the operator of a BoolOp.
type BoolOperator uint8

const (
	And BoolOperator = iota
	Or
)

var boolOpSyms = [...]string{And: "and", Or: "or"}
var boolOpNames = [...]string{And: "And", Or: "Or"}

func (op BoolOperator) String() string { return boolOpSyms[op] }

// Name returns the CPython ast class name, e.g. "And".
func (op BoolOperator) Name() string { return boolOpNames[op] }

// Operator is a binary arithmetic operator (BinOp, AugAssign).
type Operator uint8

const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

var operatorSyms = [...]string{
	Add: "+", Sub: "-", Mult: "*", MatMult: "@", Div: "/", Mod: "%", Pow: "**",
	LShift: "<<", RShift: ">>", BitOr: "|", BitXor: "^", BitAnd: "&", FloorDiv: "//",
}

var operatorNames = [...]string{
	Add: "Add", Sub: "Sub", Mult: "Mult", MatMult: "MatMult", Div: "Div", Mod: "Mod",
	Pow: "Pow", LShift: "LShift", RShift: "RShift", BitOr: "BitOr", BitXor: "BitXor",
	BitAnd: "BitAnd", FloorDiv: "FloorDiv",
}

func (op Operator) String() string { return operatorSyms[op] }

// Name returns the CPython ast class name, e.g. "Add".
func (op Operator) Name() string { return operatorNames[op] }

// UnaryOperator is the operator of a UnaryOp.
type UnaryOperator uint8

const (
	Invert UnaryOperator = iota
	Not
	UAdd
	USub
)

var unaryOpSyms = [...]string{Invert: "~", Not: "not", UAdd: "+", USub: "-"}
var unaryOpNames = [...]string{Invert: "Invert", Not: "Not", UAdd: "UAdd", USub: "USub"}

func (op UnaryOperator) String() string { return unaryOpSyms[op] }

// Name returns the CPython ast class name, e.g. "USub".
func (op UnaryOperator) Name() string { return unaryOpNames[op] }

// CmpOp is a comparison operator of a Compare.
type CmpOp uint8

const (
	Eq CmpOp = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var cmpOpSyms = [...]string{
	Eq: "==", NotEq: "!=", Lt: "<", LtE: "<=", Gt: ">", GtE: ">=",
	Is: "is", IsNot: "is not", In: "in", NotIn: "not in",
}

var cmpOpNames = [...]string{
	Eq: "Eq", NotEq: "NotEq", Lt: "Lt", LtE: "LtE", Gt: "Gt", GtE: "GtE",
	Is: "Is", IsNot: "IsNot", In: "In", NotIn: "NotIn",
}

func (op CmpOp) String() string { return cmpOpSyms[op] }

// Name returns the CPython ast class name, e.g. "NotIn".
func (op CmpOp) Name() string { return cmpOpNames[op] }
