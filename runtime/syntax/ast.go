package syntax

// This file defines the abstract syntax tree. Node and field names follow
// CPython's ast module (Lib/ast.py, Parser/Python.asdl for 3.11) so that a
// reader who knows one knows the other. Go naming adjustments:
//
//   - ast.Expr (the expression statement) is ExprStmt, since Expr is the
//     interface of all expressions.
//   - lower-case ASDL products are capitalised: comprehension ->
//     Comprehension, excepthandler -> ExceptHandler, arguments -> Arguments,
//     arg -> Arg, keyword -> Keyword, alias -> Alias, withitem -> WithItem,
//     match_case -> MatchCase.
//   - an optional field holds nil when CPython holds None.
//
// Every node embeds Loc (an alias of Span), so n.Pos, n.End and n.Span()
// work on all of them. Nodes that carry no position in CPython
// (Comprehension, Arguments, WithItem, MatchCase, Module) still get a
// sensible span from the parser, but Dump does not print it.

// Pos is a position in the source: Line is 1-based, Col is the 0-based
// UTF-8 byte offset within the line (CPython's col_offset).
type Pos struct {
	Line int32
	Col  int32
}

// Span is the extent of a node: Pos is the first byte, End is one past
// the last byte (CPython's end_lineno / end_col_offset).
type Span struct {
	Pos Pos
	End Pos
}

// Span returns s itself; it lets every node satisfy Node by embedding Loc.
func (s Span) Span() Span { return s }

// spanPtr gives the parser write access to a node's embedded span.
func (s *Span) spanPtr() *Span { return s }

// Loc is the embedded form of Span in every node. It is an alias so that a
// node's field is named Loc while its method is Span().
type Loc = Span

// Node is any syntax tree node.
type Node interface {
	Span() Span
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Pattern is a pattern in a match statement's case clause.
type Pattern interface {
	Node
	patternNode()
}

// ExprContext tells whether an expression is read, assigned or deleted.
type ExprContext uint8

const (
	Load ExprContext = iota
	Store
	Del
)

func (c ExprContext) String() string {
	switch c {
	case Store:
		return "Store"
	case Del:
		return "Del"
	}
	return "Load"
}

// ---------------------------------------------------------------------------
// Module

// Module is the root of a parsed file.
type Module struct {
	Loc
	Body []Stmt
}

// ---------------------------------------------------------------------------
// Statements

// FunctionDef is `def Name(Args) -> Returns: Body`. Its span starts at
// `def` (not at the decorators) and ends with the last body statement.
type FunctionDef struct {
	Loc
	Name          string
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr // or nil
}

// AsyncFunctionDef is `async def ...`; its span starts at `async`.
type AsyncFunctionDef struct {
	Loc
	Name          string
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr // or nil
}

// ClassDef is `class Name(Bases, Keywords): Body`.
type ClassDef struct {
	Loc
	Name          string
	Bases         []Expr
	Keywords      []*Keyword
	Body          []Stmt
	DecoratorList []Expr
}

// Return is `return Value`; Value is nil for a bare return.
type Return struct {
	Loc
	Value Expr
}

// Delete is `del Targets` (each target has Ctx Del).
type Delete struct {
	Loc
	Targets []Expr
}

// Assign is `t1 = t2 = ... = Value`.
type Assign struct {
	Loc
	Targets []Expr
	Value   Expr
}

// AugAssign is `Target Op= Value`.
type AugAssign struct {
	Loc
	Target Expr
	Op     Operator
	Value  Expr
}

// AnnAssign is `Target: Annotation = Value`. Simple is 1 when Target is a
// plain name not enclosed in parentheses, else 0.
type AnnAssign struct {
	Loc
	Target     Expr
	Annotation Expr
	Value      Expr // or nil
	Simple     int
}

// For is `for Target in Iter: Body else: Orelse`.
type For struct {
	Loc
	Target Expr
	Iter   Expr
	Body   []Stmt
	Orelse []Stmt
}

// AsyncFor is `async for ...`.
type AsyncFor struct {
	Loc
	Target Expr
	Iter   Expr
	Body   []Stmt
	Orelse []Stmt
}

// While is `while Test: Body else: Orelse`.
type While struct {
	Loc
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// If is `if Test: Body else: Orelse`; an elif is a single nested If in
// Orelse.
type If struct {
	Loc
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// With is `with Items: Body`.
type With struct {
	Loc
	Items []*WithItem
	Body  []Stmt
}

// AsyncWith is `async with Items: Body`.
type AsyncWith struct {
	Loc
	Items []*WithItem
	Body  []Stmt
}

// Match is `match Subject: Cases`.
type Match struct {
	Loc
	Subject Expr
	Cases   []*MatchCase
}

// Raise is `raise Exc from Cause`; both may be nil.
type Raise struct {
	Loc
	Exc   Expr
	Cause Expr
}

// Try is try/except/else/finally.
type Try struct {
	Loc
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
}

// TryStar is try with `except*` handlers.
type TryStar struct {
	Loc
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
}

// Assert is `assert Test, Msg`; Msg may be nil.
type Assert struct {
	Loc
	Test Expr
	Msg  Expr
}

// Import is `import Names`.
type Import struct {
	Loc
	Names []*Alias
}

// ImportFrom is `from ...Module import Names`. Module is "" for
// `from . import x`; Level counts the leading dots.
type ImportFrom struct {
	Loc
	Module string // "" when absent (CPython None)
	Names  []*Alias
	Level  int
}

// Global is `global Names`.
type Global struct {
	Loc
	Names []string
}

// Nonlocal is `nonlocal Names`.
type Nonlocal struct {
	Loc
	Names []string
}

// ExprStmt is an expression used as a statement (CPython's ast.Expr).
type ExprStmt struct {
	Loc
	Value Expr
}

// Pass is `pass`.
type Pass struct{ Loc }

// Break is `break`.
type Break struct{ Loc }

// Continue is `continue`.
type Continue struct{ Loc }

// ---------------------------------------------------------------------------
// Expressions

// BoolOp is `v1 and v2 and ...` (or `or`); Values has at least two items.
type BoolOp struct {
	Loc
	Op     BoolOperator
	Values []Expr
}

// NamedExpr is `Target := Value`.
type NamedExpr struct {
	Loc
	Target Expr // a *Name with Ctx Store
	Value  Expr
}

// BinOp is `Left Op Right`.
type BinOp struct {
	Loc
	Left  Expr
	Op    Operator
	Right Expr
}

// UnaryOp is `Op Operand`.
type UnaryOp struct {
	Loc
	Op      UnaryOperator
	Operand Expr
}

// Lambda is `lambda Args: Body`.
type Lambda struct {
	Loc
	Args *Arguments
	Body Expr
}

// IfExp is `Body if Test else Orelse`.
type IfExp struct {
	Loc
	Test   Expr
	Body   Expr
	Orelse Expr
}

// Dict is `{k: v, **m}`; a `**m` entry has a nil key in Keys.
type Dict struct {
	Loc
	Keys   []Expr // nil entries for ** unpacking
	Values []Expr
}

// Set is `{a, b}`.
type Set struct {
	Loc
	Elts []Expr
}

// ListComp is `[Elt for ...]`.
type ListComp struct {
	Loc
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is `{Elt for ...}`.
type SetComp struct {
	Loc
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is `{Key: Value for ...}`.
type DictComp struct {
	Loc
	Key        Expr
	Value      Expr
	Generators []*Comprehension
}

// GeneratorExp is `(Elt for ...)`.
type GeneratorExp struct {
	Loc
	Elt        Expr
	Generators []*Comprehension
}

// Await is `await Value`.
type Await struct {
	Loc
	Value Expr
}

// Yield is `yield Value`; Value may be nil.
type Yield struct {
	Loc
	Value Expr
}

// YieldFrom is `yield from Value`.
type YieldFrom struct {
	Loc
	Value Expr
}

// Compare is `Left Ops[0] Comparators[0] Ops[1] Comparators[1] ...`.
type Compare struct {
	Loc
	Left        Expr
	Ops         []CmpOp
	Comparators []Expr
}

// Call is `Func(Args, Keywords)`; the span covers Func through `)`.
// A `*x` argument is a *Starred in Args; a `**m` argument is a Keyword
// with an empty Arg.
type Call struct {
	Loc
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// Conversion codes of FormattedValue, as in CPython (the character code).
const (
	ConvNone  = -1
	ConvStr   = 's'
	ConvRepr  = 'r'
	ConvASCII = 'a'
)

// FormattedValue is one `{Value!Conversion:FormatSpec}` field of an
// f-string. Conversion is -1, 's', 'r' or 'a'; FormatSpec is nil or a
// *JoinedStr.
type FormattedValue struct {
	Loc
	Value      Expr
	Conversion int
	FormatSpec Expr
}

// JoinedStr is an f-string: Values are *Constant (str) and
// *FormattedValue parts.
type JoinedStr struct {
	Loc
	Values []Expr
}

// Ellipsis is the Go value of the constant `...`.
type Ellipsis struct{}

// Constant is a literal. Value holds one of these Go types:
//
//	nil         None
//	bool        True, False
//	int64       an int literal that fits in int64
//	*big.Int    an int literal that does not fit in int64
//	float64     a float literal
//	complex128  an imaginary literal (real part 0)
//	string      a str, already unescaped; see below
//	[]byte      a bytes literal, already unescaped
//	Ellipsis    `...`
//
// A str is stored as the UTF-8 encoding of its code points. Python str may
// hold lone surrogates (from escapes such as "\ud800"); those code points
// are encoded WTF-8 style: the plain three-byte UTF-8 form of the
// surrogate code point (0xED 0xA0..0xBF xx), which Go's utf8 package
// reports as invalid. Use AppendRune/DecodeRune in this package
// when you need to handle them.
//
// Kind is "u" for a string with a u prefix, else "".
type Constant struct {
	Loc
	Value any
	Kind  string
}

// Attribute is `Value.Attr`.
type Attribute struct {
	Loc
	Value Expr
	Attr  string
	Ctx   ExprContext
}

// Subscript is `Value[Slice]`.
type Subscript struct {
	Loc
	Value Expr
	Slice Expr
	Ctx   ExprContext
}

// Starred is `*Value`.
type Starred struct {
	Loc
	Value Expr
	Ctx   ExprContext
}

// Name is an identifier (NFKC-normalised, as CPython does).
type Name struct {
	Loc
	Id  string
	Ctx ExprContext
}

// List is `[Elts]`.
type List struct {
	Loc
	Elts []Expr
	Ctx  ExprContext
}

// Tuple is `(Elts)` or a bare `a, b`.
type Tuple struct {
	Loc
	Elts []Expr
	Ctx  ExprContext
}

// Slice is `Lower:Upper:Step` inside a subscript; each part may be nil.
type Slice struct {
	Loc
	Lower Expr
	Upper Expr
	Step  Expr
}

// ---------------------------------------------------------------------------
// Helper nodes

// Comprehension is one `for Target in Iter if Ifs...` clause. IsAsync is 1
// for `async for`.
type Comprehension struct {
	Loc
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync int
}

// ExceptHandler is `except Type as Name: Body` (Type and Name optional).
type ExceptHandler struct {
	Loc
	Type Expr   // or nil
	Name string // "" when absent
	Body []Stmt
}

// Arguments is a parameter list. Defaults are for the last len(Defaults)
// of Posonlyargs+Args; KwDefaults is parallel to Kwonlyargs with nil for
// no default.
type Arguments struct {
	Loc
	Posonlyargs []*Arg
	Args        []*Arg
	Vararg      *Arg // or nil
	Kwonlyargs  []*Arg
	KwDefaults  []Expr // entries may be nil
	Kwarg       *Arg   // or nil
	Defaults    []Expr
}

// Arg is one parameter with an optional annotation.
type Arg struct {
	Loc
	Arg        string
	Annotation Expr // or nil
}

// Keyword is `Arg=Value` in a call or class definition; Arg is "" for
// `**Value`.
type Keyword struct {
	Loc
	Arg   string
	Value Expr
}

// Alias is `Name as Asname` in an import; Asname is "" when absent.
type Alias struct {
	Loc
	Name   string
	Asname string
}

// WithItem is `ContextExpr as OptionalVars`.
type WithItem struct {
	Loc
	ContextExpr  Expr
	OptionalVars Expr // or nil
}

// MatchCase is `case Pattern if Guard: Body`.
type MatchCase struct {
	Loc
	Pattern Pattern
	Guard   Expr // or nil
	Body    []Stmt
}

// ---------------------------------------------------------------------------
// Patterns

// MatchValue matches by equality with Value (a literal or dotted name).
type MatchValue struct {
	Loc
	Value Expr
}

// MatchSingleton matches None, True or False by identity; Value is nil,
// true or false.
type MatchSingleton struct {
	Loc
	Value any
}

// MatchSequence is `[p1, p2, *rest]` or `(p1, p2)`.
type MatchSequence struct {
	Loc
	Patterns []Pattern
}

// MatchMapping is `{k1: p1, **Rest}`; Rest is "" when absent.
type MatchMapping struct {
	Loc
	Keys     []Expr
	Patterns []Pattern
	Rest     string
}

// MatchClass is `Cls(p1, a=p2)`.
type MatchClass struct {
	Loc
	Cls         Expr
	Patterns    []Pattern
	KwdAttrs    []string
	KwdPatterns []Pattern
}

// MatchStar is `*Name` in a sequence pattern; Name is "" for `*_`.
type MatchStar struct {
	Loc
	Name string
}

// MatchAs is `Pattern as Name`, a capture `Name` (Pattern nil), or the
// wildcard `_` (both empty).
type MatchAs struct {
	Loc
	Pattern Pattern // or nil
	Name    string  // "" for the wildcard
}

// MatchOr is `p1 | p2 | ...`.
type MatchOr struct {
	Loc
	Patterns []Pattern
}

// ---------------------------------------------------------------------------
// Interface markers

func (*FunctionDef) stmtNode()      {}
func (*AsyncFunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()         {}
func (*Return) stmtNode()           {}
func (*Delete) stmtNode()           {}
func (*Assign) stmtNode()           {}
func (*AugAssign) stmtNode()        {}
func (*AnnAssign) stmtNode()        {}
func (*For) stmtNode()              {}
func (*AsyncFor) stmtNode()         {}
func (*While) stmtNode()            {}
func (*If) stmtNode()               {}
func (*With) stmtNode()             {}
func (*AsyncWith) stmtNode()        {}
func (*Match) stmtNode()            {}
func (*Raise) stmtNode()            {}
func (*Try) stmtNode()              {}
func (*TryStar) stmtNode()          {}
func (*Assert) stmtNode()           {}
func (*Import) stmtNode()           {}
func (*ImportFrom) stmtNode()       {}
func (*Global) stmtNode()           {}
func (*Nonlocal) stmtNode()         {}
func (*ExprStmt) stmtNode()         {}
func (*Pass) stmtNode()             {}
func (*Break) stmtNode()            {}
func (*Continue) stmtNode()         {}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}

func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchSequence) patternNode()  {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchStar) patternNode()      {}
func (*MatchAs) patternNode()        {}
func (*MatchOr) patternNode()        {}
