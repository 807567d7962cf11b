package compile

import "aioplay/runtime/syntax"

// Code is a compiled code object: the body of a module, class, function,
// lambda, comprehension or generator expression (CPython's code type).
// It is immutable once Compile returns it, and may be shared by many
// function objects and frames.
//
// Conventions the VM relies on:
//   - Consts[0] of a function-like code (def, lambda, comprehension) is the
//     function's docstring (a str) or None; a def's __doc__ is Consts[0]
//     when it is a str. Class and module docstrings are stored by the code
//     itself (STORE_NAME __doc__).
//   - The code of a generator, coroutine or async generator (Flags has
//     CO_GENERATOR, CO_COROUTINE or CO_ASYNC_GENERATOR) starts with
//     GEN_START; calling such a function creates the generator object
//     without running anything, and the first send() pushes the sent value
//     (None) which GEN_START pops. StackSize accounts for it.
//   - Locals: Varnames[:ArgCount] are the positional parameters,
//     then KwOnlyArgCount keyword-only ones, then *args (if CO_VARARGS),
//     then **kwargs (if CO_VARKEYWORDS), then the other locals. A parameter
//     captured by a closure is also a cellvar (see Cell2Arg): the frame
//     creates its cell from the argument and the code uses *_DEREF for it.
//   - Comprehensions take one positional parameter, ".0", the iterator of
//     their first iterable.
type Code struct {
	Name      string // co_name: "f", "<module>", "<lambda>", "<listcomp>", "<genexpr>", "C" ...
	Qualname  string // co_qualname: "f.<locals>.g", "C.m", "<listcomp>" ...
	Filename  string
	FirstLine int32 // line of the def/class/lambda (of the first decorator if any); 1 for a module
	Flags     uint32

	ArgCount        int32 // positional parameters, including positional-only ones
	PosOnlyArgCount int32
	KwOnlyArgCount  int32

	Instrs    []Instr
	Positions []Position // one per instruction

	Consts   []Const
	Names    []string // attribute, global and non-fast names
	Varnames []string // parameters first (pos, kwonly, *args, **kwargs), then other locals
	Cellvars []string // local variables captured by nested scopes
	Freevars []string // variables captured from enclosing scopes
	// Cell2Arg[i] is the Varnames index of the parameter that cell i must be
	// initialised from when the frame starts, or -1. It is nil when no
	// cellvar is a parameter.
	Cell2Arg []int32

	StackSize int32 // the maximum depth of the value stack
}

// Code flags (CPython's values).
const (
	CO_OPTIMIZED          = 0x0001 // locals are fast (function scopes)
	CO_NEWLOCALS          = 0x0002 // a new locals dict/array per call
	CO_VARARGS            = 0x0004 // has *args
	CO_VARKEYWORDS        = 0x0008 // has **kwargs
	CO_NESTED             = 0x0010 // defined inside a function
	CO_GENERATOR          = 0x0020 // a generator function
	CO_NOFREE             = 0x0040 // no cellvars nor freevars
	CO_COROUTINE          = 0x0080 // an async def function
	CO_ITERABLE_COROUTINE = 0x0100 // types.coroutine-decorated generator (set at run time)
	CO_ASYNC_GENERATOR    = 0x0200 // an async def function containing yield
	CO_FUTURE_ANNOTATIONS = 0x1000000
)

// Position is the source extent an instruction is attributed to, like an
// entry of CPython 3.11's co_positions(): Line and EndLine are 1-based,
// Col and EndCol are 0-based UTF-8 byte offsets in their lines (EndCol is
// exclusive). Line 0 means the instruction has no position (CPython's
// None): a traceback then uses the closest earlier instruction's line.
type Position struct {
	Line, EndLine int32
	Col, EndCol   int32
}

// Const is a constant of Code.Consts. Its dynamic type is one of:
//
//	nil             None
//	bool            True, False
//	int64           an int that fits in int64
//	*big.Int        any other int (never one that fits in int64)
//	float64         a float
//	complex128      a complex
//	string          a str (UTF-8; lone surrogates in WTF-8 form, see syntax.Constant)
//	[]byte          a bytes
//	syntax.Ellipsis the Ellipsis singleton
//	*Code           a nested code object (functions, classes, lambdas, comprehensions)
//	ConstTuple      a tuple of constants (also the kwnames of CALL_FUNCTION_KW, the keys of
//	                BUILD_CONST_KEY_MAP, MATCH_KEYS and MATCH_CLASS names)
//	ConstFrozenSet  a frozenset of constants (`x in {1, 2}` is compiled with one); its
//	                items may repeat equal values (1 and 1.0), the set keeps the first
type Const any

// ConstTuple is a tuple constant.
type ConstTuple []Const

// ConstFrozenSet is a frozenset constant; its items are hashable but may
// hold equal values (building the set removes them).
type ConstFrozenSet []Const

// Ellipsis is the constant `...` (the same type as in the syntax tree).
type Ellipsis = syntax.Ellipsis

// Mode says what kind of source Compile accepts (the mode argument of
// Python's compile()).
type Mode int

const (
	Exec   Mode = iota // a module: statements; the code returns None
	Eval               // one expression; the code returns its value
	Single             // one interactive statement; expression values are printed (PRINT_EXPR)
)
