package compile

// The instruction set.
//
// The semantics are CPython 3.10's (see the dis module documentation of
// 3.10: a per-frame block stack with SETUP_FINALLY / POP_BLOCK /
// POP_EXCEPT / RERAISE, LOAD_METHOD / CALL_METHOD, CALL_FUNCTION_*,
// YIELD_FROM ...) with the following deliberate differences. Every opcode
// below documents its own stack picture; where it differs from 3.10, the
// comment wins.
//
//  1. Instructions are Instr{Op, Arg} with a full int32 Arg: there is no
//     EXTENDED_ARG. Every jump Arg is an absolute instruction index (an
//     index into Code.Instrs). JUMP replaces JUMP_ABSOLUTE and JUMP_FORWARD.
//
//  2. BINARY_OP (3.11) replaces every BINARY_* / INPLACE_* arithmetic
//     opcode: Arg 0..12 is add, sub, mul, matmul, truediv, floordiv, mod,
//     pow, lshift, rshift, and, xor, or (py.BinOp order); Arg+13 is the
//     in-place form (a += b). BINARY_SUBSCR stays.
//     COMPARE_OP Arg is LT, LE, EQ, NE, GT, GE = 0..5 (py.CompareOp).
//     IS_OP / CONTAINS_OP Arg 1 means negated (is not / not in).
//
//  3. An exception is ONE stack slot (the exception instance), not the
//     3.10 triple (traceback, value, type): its type and traceback are
//     read from the instance. This is what the block-stack opcodes below
//     push and pop. Precisely, when an exception E is raised inside a frame:
//
//       - the VM pops blocks off the block stack until it finds a
//         SETUP_FINALLY block (SETUP_WITH and SETUP_ASYNC_WITH push
//         SETUP_FINALLY blocks too). Popping an EXCEPT_HANDLER block on the
//         way means: truncate the value stack to that block's level + 1,
//         pop the one value left above the level (the previous "current
//         exception", possibly None) and make it the thread's current
//         exception again (sys.exc_info()).
//       - at the SETUP_FINALLY block: truncate the value stack to the
//         block's level, push an EXCEPT_HANDLER block whose level is that
//         stack level, push the current exception (None if there is none),
//         make E the current exception, push E, and jump to the block's
//         handler. The handler therefore starts with `prev_exc exc` on top.
//       - if no block is found, the frame is left with E (the traceback
//         entry for this frame is added when E first passes through the
//         frame, not by RERAISE).
//
//  4. MAKE_FUNCTION does not take a qualname from the stack (3.11): the
//     function's __qualname__ is Code.Qualname.
//
//  5. Added from 3.11: COPY n, SWAP n, POP_JUMP_IF_NONE,
//     POP_JUMP_IF_NOT_NONE, CHECK_EG_MATCH and PREP_RERAISE_STAR (for
//     except*, adapted to the block stack).
//
//  6. Added for speed: CALL_METHOD_KW (a method call with keyword
//     arguments keeps the LOAD_METHOD fast path).
//
// Stack pictures read "before OPNAME after", top of stack on the right:
// `x y BINARY_OP z` pops y (TOS) and x (TOS1) and pushes z. "n" items are
// written a1..an (a1 deepest).

// Opcode is the operation of one instruction.
type Opcode uint8

// Instr is one instruction: an operation and its argument (0 when the
// operation takes none).
type Instr struct {
	Op  Opcode
	Arg int32
}

const (
	// --- general stack manipulation
	NOP         Opcode = iota //  - NOP -
	POP_TOP                   //  x POP_TOP -
	ROT_TWO                   //  x y ROT_TWO y x
	ROT_THREE                 //  x y z ROT_THREE z x y
	ROT_FOUR                  //  w x y z ROT_FOUR z w x y
	ROT_N                     //  a1 .. an ROT_N(n) an a1 .. an-1   (lifts TOS to position n)
	DUP_TOP                   //  x DUP_TOP x x
	DUP_TOP_TWO               //  x y DUP_TOP_TWO x y x y
	COPY                      //  a1 .. an COPY(n) a1 .. an a1   (3.11: push a copy of the n-th item, n>=1; COPY 1 == DUP_TOP)
	SWAP                      //  a1 .. an SWAP(n) an .. a1   (3.11: exchange TOS and the n-th item, n>=2; middle untouched)

	// --- unary operations
	UNARY_POSITIVE      //  x UNARY_POSITIVE +x
	UNARY_NEGATIVE      //  x UNARY_NEGATIVE -x
	UNARY_NOT           //  x UNARY_NOT (not x)
	UNARY_INVERT        //  x UNARY_INVERT ~x
	GET_ITER            //  x GET_ITER iter(x)
	GET_YIELD_FROM_ITER //  x GET_YIELD_FROM_ITER it   (x itself if it is a coroutine or generator, else iter(x); a coroutine inside a non-coroutine generator is a TypeError "cannot 'yield from' a coroutine object in a non-coroutine generator")

	// --- binary operations
	BINARY_OP     //  x y BINARY_OP(op) z   (op 0..12 = + - * @ / // % ** << >> & ^ |; op+13 = in-place form)
	BINARY_SUBSCR //  x k BINARY_SUBSCR x[k]
	STORE_SUBSCR  //  v x k STORE_SUBSCR -   (x[k] = v)
	DELETE_SUBSCR //  x k DELETE_SUBSCR -   (del x[k])
	COMPARE_OP    //  x y COMPARE_OP(op) z   (op: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=)
	IS_OP         //  x y IS_OP(inv) bool   (x is y; inv=1: is not)
	CONTAINS_OP   //  x y CONTAINS_OP(inv) bool   (x in y; inv=1: not in)

	// --- coroutines
	GET_AWAITABLE     //  x GET_AWAITABLE(where) awaitable   (where: 0 plain await, 1 after __aenter__, 2 after __aexit__; used in error messages)
	GET_AITER         //  x GET_AITER x.__aiter__()
	GET_ANEXT         //  aiter GET_ANEXT aiter awaitable   (awaitable of aiter.__anext__())
	END_ASYNC_FOR     //  aiter prev_exc exc END_ASYNC_FOR -   (handler of the SETUP_FINALLY around GET_ANEXT: if exc is a StopAsyncIteration: pop exc, pop prev_exc and make it the current exception, pop the EXCEPT_HANDLER block, pop aiter; else re-raise exc like RERAISE)
	BEFORE_ASYNC_WITH //  mgr BEFORE_ASYNC_WITH exit awaitable   (exit = bound mgr.__aexit__, awaitable = mgr.__aenter__())
	SETUP_ASYNC_WITH  //  res SETUP_ASYNC_WITH(target) res   (pop res, push a SETUP_FINALLY block to target with the current level, push res back; exception path: see note 3)

	// --- generators
	GEN_START   //  x GEN_START(kind) -   (first instruction of a generator/coroutine body: pops the value sent by the first send, which must be None; kind 0 generator, 1 coroutine, 2 async generator)
	YIELD_VALUE //  x YIELD_VALUE sent   (suspend the frame yielding x; on resume the sent value is pushed. In an async generator x is wrapped as CPython does)
	YIELD_FROM  //  recv v YIELD_FROM result   (send v to recv (next() when v is None); if recv returns, replace recv by the return value and continue; else suspend yielding the produced value with recv kept on the stack, and on resume push the sent value and execute YIELD_FROM again)

	// --- functions and returns
	RETURN_VALUE     //  x RETURN_VALUE -   (return x to the caller; the block stack must be empty)
	MAKE_FUNCTION    //  [defaults] [kwdefaults] [annotations] [closure] code MAKE_FUNCTION(flags) fn   (flags 0x01 defaults tuple, 0x02 kwdefaults dict, 0x04 annotations tuple (name1, value1, name2, value2, ...; "return" for the return annotation), 0x08 closure tuple of cells; pushed in that order; the qualname is code.Qualname)
	CALL_FUNCTION    //  f a1 .. an CALL_FUNCTION(n) res
	CALL_FUNCTION_KW //  f a1 .. an kwnames CALL_FUNCTION_KW(n) res   (kwnames is a tuple constant of str; the last len(kwnames) of the n arguments are keyword values)
	CALL_FUNCTION_EX //  f args [kwargs] CALL_FUNCTION_EX(flags) res   (args is a tuple, or for f(*x) any object: converted, TypeError "F() argument after * must be an iterable, not T"; kwargs a dict present when flags&1)
	LOAD_METHOD      //  obj LOAD_METHOD(namei) meth self  or  NULL attr   (push the unbound method and obj when obj's type has a plain function/method descriptor attribute namei not shadowed by the instance; else a NULL marker and the ordinary attribute)
	CALL_METHOD      //  meth self a1 .. an CALL_METHOD(n) res  or  NULL f a1 .. an CALL_METHOD(n) res
	LOAD_BUILD_CLASS //  - LOAD_BUILD_CLASS builtins.__build_class__

	// --- names. namei indexes Code.Names; i of *_FAST indexes Code.Varnames;
	// i of *_DEREF / LOAD_CLOSURE / LOAD_CLASSDEREF indexes Cellvars then Freevars.
	LOAD_CONST      //  - LOAD_CONST(consti) Consts[consti]
	LOAD_NAME       //  - LOAD_NAME(namei) v   (locals, then globals, then builtins; NameError)
	STORE_NAME      //  v STORE_NAME(namei) -
	DELETE_NAME     //  - DELETE_NAME(namei) -
	LOAD_GLOBAL     //  - LOAD_GLOBAL(namei) v   (globals, then builtins; NameError)
	STORE_GLOBAL    //  v STORE_GLOBAL(namei) -
	DELETE_GLOBAL   //  - DELETE_GLOBAL(namei) -
	LOAD_FAST       //  - LOAD_FAST(i) v   (UnboundLocalError when unset)
	STORE_FAST      //  v STORE_FAST(i) -
	DELETE_FAST     //  - DELETE_FAST(i) -   (UnboundLocalError when unset)
	LOAD_CLOSURE    //  - LOAD_CLOSURE(i) cell   (the cell object itself)
	LOAD_DEREF      //  - LOAD_DEREF(i) v   (contents of cell i; unset: UnboundLocalError for a cellvar, NameError "free variable 'x' referenced before assignment in enclosing scope" for a freevar)
	LOAD_CLASSDEREF //  - LOAD_CLASSDEREF(i) v   (class bodies: the class namespace (locals) first, then cell i)
	STORE_DEREF     //  v STORE_DEREF(i) -
	DELETE_DEREF    //  - DELETE_DEREF(i) -
	LOAD_ATTR       //  obj LOAD_ATTR(namei) obj.name
	STORE_ATTR      //  v obj STORE_ATTR(namei) -   (obj.name = v)
	DELETE_ATTR     //  obj DELETE_ATTR(namei) -

	// --- building values
	BUILD_TUPLE         //  a1 .. an BUILD_TUPLE(n) (a1, .., an)
	BUILD_LIST          //  a1 .. an BUILD_LIST(n) [a1, .., an]
	BUILD_SET           //  a1 .. an BUILD_SET(n) {a1, .., an}
	BUILD_MAP           //  k1 v1 .. kn vn BUILD_MAP(n) {k1: v1, ..}
	BUILD_CONST_KEY_MAP //  v1 .. vn keys BUILD_CONST_KEY_MAP(n) {keys[0]: v1, ..}   (keys is a tuple constant)
	BUILD_STRING        //  s1 .. sn BUILD_STRING(n) s1+..+sn   (all str)
	BUILD_SLICE         //  lo hi BUILD_SLICE(2) slice(lo, hi)  or  lo hi step BUILD_SLICE(3) slice(lo, hi, step)
	LIST_APPEND         //  list a1 .. an-1 v LIST_APPEND(n) list a1 .. an-1   (list is the n-th item after popping v: append v)
	SET_ADD             //  set a1 .. an-1 v SET_ADD(n) set a1 .. an-1
	MAP_ADD             //  map a1 .. an-1 k v MAP_ADD(n) map a1 .. an-1   (map[k] = v; map is the n-th item after popping k and v)
	LIST_EXTEND         //  list a1 .. an-1 it LIST_EXTEND(n) list a1 .. an-1   (list.extend(it); TypeError "Value after * must be an iterable, not T" when it is not iterable)
	SET_UPDATE          //  set a1 .. an-1 it SET_UPDATE(n) set a1 .. an-1
	DICT_UPDATE         //  map a1 .. an-1 m DICT_UPDATE(n) map a1 .. an-1   (map.update(m); TypeError "'T' object is not a mapping")
	DICT_MERGE          //  f .. map a1 .. an-1 m DICT_MERGE(n) map a1 .. an-1   (like DICT_UPDATE but for **m in a call: "F() argument after ** must be a mapping, not T"; duplicate keys raise "f() got multiple values for keyword argument 'k'"; the function is the item at depth n+2 from the top after popping m, used for the message)
	LIST_TO_TUPLE       //  list LIST_TO_TUPLE tuple(list)
	UNPACK_SEQUENCE     //  seq UNPACK_SEQUENCE(n) an .. a1   (a1 ends on top)
	UNPACK_EX           //  seq UNPACK_EX(before | after<<8) a_last .. rest_list .. a1   (before items, a list for the starred target, after items; first target on top)
	FORMAT_VALUE        //  v [spec] FORMAT_VALUE(flags) str   (flags&3: 0 none, 1 str(), 2 repr(), 3 ascii(); flags&4: a format spec str is on top)

	// --- jumps (Arg: absolute instruction index)
	JUMP                 //  - JUMP(target) -
	POP_JUMP_IF_TRUE     //  x POP_JUMP_IF_TRUE(target) -
	POP_JUMP_IF_FALSE    //  x POP_JUMP_IF_FALSE(target) -
	JUMP_IF_TRUE_OR_POP  //  x JUMP_IF_TRUE_OR_POP(target) x (jumped) | - (fell through)
	JUMP_IF_FALSE_OR_POP //  x JUMP_IF_FALSE_OR_POP(target) x (jumped) | - (fell through)
	POP_JUMP_IF_NONE     //  x POP_JUMP_IF_NONE(target) -   (jump when x is None)
	POP_JUMP_IF_NOT_NONE //  x POP_JUMP_IF_NOT_NONE(target) -
	FOR_ITER             //  it FOR_ITER(target) it next  or (exhausted) - and jump to target

	// --- exceptions and blocks (see note 3 at the top of this file)
	SETUP_FINALLY         //  - SETUP_FINALLY(target) -   (push a SETUP_FINALLY block: handler target, level = current stack depth; the handler starts with `prev_exc exc` pushed)
	POP_BLOCK             //  - POP_BLOCK -   (pop the top block, which must not be an EXCEPT_HANDLER)
	POP_EXCEPT            //  prev_exc POP_EXCEPT -   (pop the top block, which must be an EXCEPT_HANDLER, pop prev_exc and make it the current exception; the stack is at the block's level + 1, or + 2 when a return value is kept below prev_exc)
	RERAISE               //  exc RERAISE(lasti) -   (raise exc again without adding a traceback entry for this frame; Arg is informational, 1 when it ends a cleanup handler)
	JUMP_IF_NOT_EXC_MATCH //  exc type JUMP_IF_NOT_EXC_MATCH(target) -   (pop both; jump unless exc is an instance of type or of one of the types in the tuple type; TypeError "catching classes that do not inherit from BaseException is not allowed" for a bad type)
	SETUP_WITH            //  mgr SETUP_WITH(target) exit res   (exit = bound mgr.__exit__ (looked up first), res = mgr.__enter__(); a SETUP_FINALLY block to target is pushed after exit and before res, so the handler sees `exit prev_exc exc`)
	WITH_EXCEPT_START     //  exit prev_exc exc WITH_EXCEPT_START exit prev_exc exc res   (res = exit(type(exc), exc, exc.__traceback__))
	RAISE_VARARGS         //  [exc [cause]] RAISE_VARARGS(n) -   (n 0: re-raise the current exception ("No active exception to reraise" RuntimeError), 1: raise exc, 2: raise exc from cause)
	LOAD_ASSERTION_ERROR  //  - LOAD_ASSERTION_ERROR AssertionError
	// CHECK_EG_MATCH implements the test of one `except* T` clause.
	// It pops type (validating it as JUMP_IF_NOT_EXC_MATCH does, and raising
	// TypeError "catching ExceptionGroup with except* is not allowed. Use
	// except instead." when T is (or contains) a BaseExceptionGroup
	// subclass). Then with eg = TOS (the part of the group not handled yet,
	// possibly None):
	//   - eg is None, or nothing matches: push None (stack: eg None);
	//   - eg is not a BaseExceptionGroup and matches T: replace eg by None
	//     (the rest) and push ExceptionGroup("", [eg]) (the match);
	//   - eg is a group: (match, rest) = eg.split(T); replace eg by rest
	//     (None when empty) and push match.
	// When something matched, the match becomes the current exception
	// (sys.exc_info()) while the handler body runs.
	CHECK_EG_MATCH //  eg type CHECK_EG_MATCH rest match  |  eg None
	// PREP_RERAISE_STAR ends a try-except* statement. orig is the
	// exception group the try body raised; list holds, in order, the
	// exceptions raised by the except* bodies and finally the unhandled rest
	// (None entries are ignored). It pushes the exception to re-raise: None
	// when the list holds no exception; otherwise the exceptions that are
	// parts of orig (re-raised, unhandled) are recombined into a group with
	// orig's structure (orig.derive / split by identity), and if the bodies
	// raised new exceptions, the result is
	// ExceptionGroup("", [new1, .., newk, recombined-or-omitted]); a single
	// raised exception that is not part of orig is wrapped the same way.
	PREP_RERAISE_STAR //  orig list PREP_RERAISE_STAR exc_or_None

	// --- imports
	IMPORT_NAME //  level fromlist IMPORT_NAME(namei) module   (__import__(name, globals, None, fromlist, level))
	IMPORT_FROM //  module IMPORT_FROM(namei) module attr   (ImportError "cannot import name 'x' from 'm' (...)")
	IMPORT_STAR //  module IMPORT_STAR -   (bind all public names in the current namespace)

	// --- classes, modules, misc
	SETUP_ANNOTATIONS //  - SETUP_ANNOTATIONS -   (create __annotations__ = {} in the local namespace if missing)
	PRINT_EXPR        //  x PRINT_EXPR -   (interactive mode: sys.displayhook(x))

	// --- structural pattern matching (3.10 semantics)
	GET_LEN                //  x GET_LEN x len(x)
	MATCH_MAPPING          //  x MATCH_MAPPING x bool   (type(x) has Py_TPFLAGS_MAPPING: dict, collections.abc.Mapping registrations ...)
	MATCH_SEQUENCE         //  x MATCH_SEQUENCE x bool   (type(x) has Py_TPFLAGS_SEQUENCE: list, tuple, range, deque, ... but not str/bytes/bytearray)
	MATCH_KEYS             //  x keys MATCH_KEYS x keys values True  |  x keys None False   (keys is a tuple; values a tuple of x.get(k) for each key, looked up with a private sentinel; ValueError "mapping pattern checks duplicate key (%R)" on duplicates)
	MATCH_CLASS            //  x cls names MATCH_CLASS(count) attrs True  |  x cls names MATCH_CLASS(count) x False   (names: tuple constant of keyword attribute names; on success attrs is a tuple of count positional (via cls.__match_args__) then len(names) keyword attributes; TypeErrors as CPython: "called match pattern must be a type", "C() accepts 0 positional sub-patterns (1 given)", "C() got multiple sub-patterns for attribute 'a'")
	COPY_DICT_WITHOUT_KEYS //  x keys COPY_DICT_WITHOUT_KEYS x rest   (rest = dict(x) minus keys)

	// --- added for speed (not in CPython 3.10)
	CALL_METHOD_KW //  meth self a1 .. an kwnames CALL_METHOD_KW(n) res  or  NULL f a1 .. an kwnames CALL_METHOD_KW(n) res   (like CALL_METHOD; kwnames as in CALL_FUNCTION_KW: the last len(kwnames) of the n arguments are keyword values)

	numOpcodes // not an opcode: the number of opcodes
)

// Binary operator arguments of BINARY_OP (py.BinOp order).
const (
	OpAdd = iota
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
	// OpInplace is added to one of the above for the in-place form.
	OpInplace = 13
)

// Comparison arguments of COMPARE_OP (py.CompareOp order).
const (
	CmpLT = iota
	CmpLE
	CmpEQ
	CmpNE
	CmpGT
	CmpGE
)

// FORMAT_VALUE flags.
const (
	FormatConvMask = 0x03
	FormatNone     = 0x00
	FormatStr      = 0x01
	FormatRepr     = 0x02
	FormatASCII    = 0x03
	FormatWithSpec = 0x04
)

// MAKE_FUNCTION flags.
const (
	MakeDefaults    = 0x01
	MakeKwDefaults  = 0x02
	MakeAnnotations = 0x04
	MakeClosure     = 0x08
)

// GEN_START kinds.
const (
	GenKindGenerator      = 0
	GenKindCoroutine      = 1
	GenKindAsyncGenerator = 2
)

// Opcode flags: what an instruction's Arg means.
const (
	FlagJump   = 1 << iota // Arg is an instruction index (a jump target or handler)
	FlagName               // Arg indexes Code.Names
	FlagConst              // Arg indexes Code.Consts
	FlagLocal              // Arg indexes Code.Varnames
	FlagFree               // Arg indexes Cellvars followed by Freevars
	FlagArg                // the instruction uses its Arg (any of the above or a count/operator)
	FlagNoNext             // control never falls through to the next instruction
)

var opNames = [numOpcodes]string{
	NOP: "NOP", POP_TOP: "POP_TOP", ROT_TWO: "ROT_TWO", ROT_THREE: "ROT_THREE",
	ROT_FOUR: "ROT_FOUR", ROT_N: "ROT_N", DUP_TOP: "DUP_TOP", DUP_TOP_TWO: "DUP_TOP_TWO",
	COPY: "COPY", SWAP: "SWAP",
	UNARY_POSITIVE: "UNARY_POSITIVE", UNARY_NEGATIVE: "UNARY_NEGATIVE", UNARY_NOT: "UNARY_NOT",
	UNARY_INVERT: "UNARY_INVERT", GET_ITER: "GET_ITER", GET_YIELD_FROM_ITER: "GET_YIELD_FROM_ITER",
	BINARY_OP: "BINARY_OP", BINARY_SUBSCR: "BINARY_SUBSCR", STORE_SUBSCR: "STORE_SUBSCR",
	DELETE_SUBSCR: "DELETE_SUBSCR", COMPARE_OP: "COMPARE_OP", IS_OP: "IS_OP", CONTAINS_OP: "CONTAINS_OP",
	GET_AWAITABLE: "GET_AWAITABLE", GET_AITER: "GET_AITER", GET_ANEXT: "GET_ANEXT",
	END_ASYNC_FOR: "END_ASYNC_FOR", BEFORE_ASYNC_WITH: "BEFORE_ASYNC_WITH", SETUP_ASYNC_WITH: "SETUP_ASYNC_WITH",
	GEN_START: "GEN_START", YIELD_VALUE: "YIELD_VALUE", YIELD_FROM: "YIELD_FROM",
	RETURN_VALUE: "RETURN_VALUE", MAKE_FUNCTION: "MAKE_FUNCTION", CALL_FUNCTION: "CALL_FUNCTION",
	CALL_FUNCTION_KW: "CALL_FUNCTION_KW", CALL_FUNCTION_EX: "CALL_FUNCTION_EX", LOAD_METHOD: "LOAD_METHOD",
	CALL_METHOD: "CALL_METHOD", LOAD_BUILD_CLASS: "LOAD_BUILD_CLASS",
	LOAD_CONST: "LOAD_CONST", LOAD_NAME: "LOAD_NAME", STORE_NAME: "STORE_NAME", DELETE_NAME: "DELETE_NAME",
	LOAD_GLOBAL: "LOAD_GLOBAL", STORE_GLOBAL: "STORE_GLOBAL", DELETE_GLOBAL: "DELETE_GLOBAL",
	LOAD_FAST: "LOAD_FAST", STORE_FAST: "STORE_FAST", DELETE_FAST: "DELETE_FAST",
	LOAD_CLOSURE: "LOAD_CLOSURE", LOAD_DEREF: "LOAD_DEREF", LOAD_CLASSDEREF: "LOAD_CLASSDEREF",
	STORE_DEREF: "STORE_DEREF", DELETE_DEREF: "DELETE_DEREF",
	LOAD_ATTR: "LOAD_ATTR", STORE_ATTR: "STORE_ATTR", DELETE_ATTR: "DELETE_ATTR",
	BUILD_TUPLE: "BUILD_TUPLE", BUILD_LIST: "BUILD_LIST", BUILD_SET: "BUILD_SET", BUILD_MAP: "BUILD_MAP",
	BUILD_CONST_KEY_MAP: "BUILD_CONST_KEY_MAP", BUILD_STRING: "BUILD_STRING", BUILD_SLICE: "BUILD_SLICE",
	LIST_APPEND: "LIST_APPEND", SET_ADD: "SET_ADD", MAP_ADD: "MAP_ADD", LIST_EXTEND: "LIST_EXTEND",
	SET_UPDATE: "SET_UPDATE", DICT_UPDATE: "DICT_UPDATE", DICT_MERGE: "DICT_MERGE",
	LIST_TO_TUPLE: "LIST_TO_TUPLE", UNPACK_SEQUENCE: "UNPACK_SEQUENCE", UNPACK_EX: "UNPACK_EX",
	FORMAT_VALUE: "FORMAT_VALUE",
	JUMP:         "JUMP", POP_JUMP_IF_TRUE: "POP_JUMP_IF_TRUE", POP_JUMP_IF_FALSE: "POP_JUMP_IF_FALSE",
	JUMP_IF_TRUE_OR_POP: "JUMP_IF_TRUE_OR_POP", JUMP_IF_FALSE_OR_POP: "JUMP_IF_FALSE_OR_POP",
	POP_JUMP_IF_NONE: "POP_JUMP_IF_NONE", POP_JUMP_IF_NOT_NONE: "POP_JUMP_IF_NOT_NONE", FOR_ITER: "FOR_ITER",
	SETUP_FINALLY: "SETUP_FINALLY", POP_BLOCK: "POP_BLOCK", POP_EXCEPT: "POP_EXCEPT", RERAISE: "RERAISE",
	JUMP_IF_NOT_EXC_MATCH: "JUMP_IF_NOT_EXC_MATCH", SETUP_WITH: "SETUP_WITH",
	WITH_EXCEPT_START: "WITH_EXCEPT_START", RAISE_VARARGS: "RAISE_VARARGS",
	LOAD_ASSERTION_ERROR: "LOAD_ASSERTION_ERROR", CHECK_EG_MATCH: "CHECK_EG_MATCH",
	PREP_RERAISE_STAR: "PREP_RERAISE_STAR",
	IMPORT_NAME:       "IMPORT_NAME", IMPORT_FROM: "IMPORT_FROM", IMPORT_STAR: "IMPORT_STAR",
	SETUP_ANNOTATIONS: "SETUP_ANNOTATIONS", PRINT_EXPR: "PRINT_EXPR",
	GET_LEN: "GET_LEN", MATCH_MAPPING: "MATCH_MAPPING", MATCH_SEQUENCE: "MATCH_SEQUENCE",
	MATCH_KEYS: "MATCH_KEYS", MATCH_CLASS: "MATCH_CLASS", COPY_DICT_WITHOUT_KEYS: "COPY_DICT_WITHOUT_KEYS",
	CALL_METHOD_KW: "CALL_METHOD_KW",
}

var opFlags = [numOpcodes]uint8{
	ROT_N: FlagArg, COPY: FlagArg, SWAP: FlagArg,
	BINARY_OP: FlagArg, COMPARE_OP: FlagArg, IS_OP: FlagArg, CONTAINS_OP: FlagArg,
	GET_AWAITABLE: FlagArg, SETUP_ASYNC_WITH: FlagArg | FlagJump, GEN_START: FlagArg,
	RETURN_VALUE:  FlagNoNext,
	MAKE_FUNCTION: FlagArg, CALL_FUNCTION: FlagArg, CALL_FUNCTION_KW: FlagArg, CALL_FUNCTION_EX: FlagArg,
	LOAD_METHOD: FlagArg | FlagName, CALL_METHOD: FlagArg,
	LOAD_CONST: FlagArg | FlagConst,
	LOAD_NAME:  FlagArg | FlagName, STORE_NAME: FlagArg | FlagName, DELETE_NAME: FlagArg | FlagName,
	LOAD_GLOBAL: FlagArg | FlagName, STORE_GLOBAL: FlagArg | FlagName, DELETE_GLOBAL: FlagArg | FlagName,
	LOAD_FAST: FlagArg | FlagLocal, STORE_FAST: FlagArg | FlagLocal, DELETE_FAST: FlagArg | FlagLocal,
	LOAD_CLOSURE: FlagArg | FlagFree, LOAD_DEREF: FlagArg | FlagFree, LOAD_CLASSDEREF: FlagArg | FlagFree,
	STORE_DEREF: FlagArg | FlagFree, DELETE_DEREF: FlagArg | FlagFree,
	LOAD_ATTR: FlagArg | FlagName, STORE_ATTR: FlagArg | FlagName, DELETE_ATTR: FlagArg | FlagName,
	BUILD_TUPLE: FlagArg, BUILD_LIST: FlagArg, BUILD_SET: FlagArg, BUILD_MAP: FlagArg,
	BUILD_CONST_KEY_MAP: FlagArg, BUILD_STRING: FlagArg, BUILD_SLICE: FlagArg,
	LIST_APPEND: FlagArg, SET_ADD: FlagArg, MAP_ADD: FlagArg, LIST_EXTEND: FlagArg,
	SET_UPDATE: FlagArg, DICT_UPDATE: FlagArg, DICT_MERGE: FlagArg,
	UNPACK_SEQUENCE: FlagArg, UNPACK_EX: FlagArg, FORMAT_VALUE: FlagArg,
	JUMP:             FlagArg | FlagJump | FlagNoNext,
	POP_JUMP_IF_TRUE: FlagArg | FlagJump, POP_JUMP_IF_FALSE: FlagArg | FlagJump,
	JUMP_IF_TRUE_OR_POP: FlagArg | FlagJump, JUMP_IF_FALSE_OR_POP: FlagArg | FlagJump,
	POP_JUMP_IF_NONE: FlagArg | FlagJump, POP_JUMP_IF_NOT_NONE: FlagArg | FlagJump,
	FOR_ITER:      FlagArg | FlagJump,
	SETUP_FINALLY: FlagArg | FlagJump, RERAISE: FlagArg | FlagNoNext,
	JUMP_IF_NOT_EXC_MATCH: FlagArg | FlagJump, SETUP_WITH: FlagArg | FlagJump,
	RAISE_VARARGS: FlagArg | FlagNoNext,
	IMPORT_NAME:   FlagArg | FlagName, IMPORT_FROM: FlagArg | FlagName,
	MATCH_CLASS: FlagArg, CALL_METHOD_KW: FlagArg,
}

// String returns the opcode's name, e.g. "LOAD_FAST".
func (op Opcode) String() string {
	if op < numOpcodes {
		return opNames[op]
	}
	return "<" + itoa(int(op)) + ">"
}

// NumOpcodes is the number of defined opcodes (all are < NumOpcodes).
const NumOpcodes = int(numOpcodes)

// HasJump reports whether op's Arg is an instruction index.
func (op Opcode) HasJump() bool { return opFlags[op]&FlagJump != 0 }

// HasName reports whether op's Arg indexes Code.Names.
func (op Opcode) HasName() bool { return opFlags[op]&FlagName != 0 }

// HasConst reports whether op's Arg indexes Code.Consts.
func (op Opcode) HasConst() bool { return opFlags[op]&FlagConst != 0 }

// HasLocal reports whether op's Arg indexes Code.Varnames.
func (op Opcode) HasLocal() bool { return opFlags[op]&FlagLocal != 0 }

// HasFree reports whether op's Arg indexes Cellvars followed by Freevars.
func (op Opcode) HasFree() bool { return opFlags[op]&FlagFree != 0 }

// HasArg reports whether op uses its Arg.
func (op Opcode) HasArg() bool { return opFlags[op]&FlagArg != 0 }

// NoNext reports whether control never continues with the next
// instruction after op (JUMP, RETURN_VALUE, RAISE_VARARGS, RERAISE).
func (op Opcode) NoNext() bool { return opFlags[op]&FlagNoNext != 0 }

// StackEffect returns the net change of the value stack depth caused by
// executing op with argument arg. For instructions with a jump target,
// jump selects the effect when the jump is taken (for SETUP_* it is the
// effect at the handler when an exception arrives, relative to the depth
// before the SETUP_* instruction).
func StackEffect(op Opcode, arg int32, jump bool) int {
	n := int(arg)
	switch op {
	case NOP, ROT_TWO, ROT_THREE, ROT_FOUR, ROT_N, SWAP:
		return 0
	case POP_TOP:
		return -1
	case DUP_TOP, COPY:
		return 1
	case DUP_TOP_TWO:
		return 2
	case UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT, GET_ITER, GET_YIELD_FROM_ITER:
		return 0
	case BINARY_OP, BINARY_SUBSCR, COMPARE_OP, IS_OP, CONTAINS_OP:
		return -1
	case STORE_SUBSCR:
		return -3
	case DELETE_SUBSCR:
		return -2
	case GET_AWAITABLE, GET_AITER:
		return 0
	case GET_ANEXT, BEFORE_ASYNC_WITH:
		return 1
	case END_ASYNC_FOR:
		return -3
	case SETUP_ASYNC_WITH:
		if jump {
			return -1 + 2
		}
		return 0
	case GEN_START:
		return -1
	case YIELD_VALUE:
		return 0
	case YIELD_FROM:
		return -1
	case RETURN_VALUE:
		return -1
	case MAKE_FUNCTION:
		e := 0
		for _, f := range [...]int32{MakeDefaults, MakeKwDefaults, MakeAnnotations, MakeClosure} {
			if arg&f != 0 {
				e--
			}
		}
		return e
	case CALL_FUNCTION:
		return -n
	case CALL_FUNCTION_KW:
		return -n - 1
	case CALL_FUNCTION_EX:
		return -1 - n&1
	case LOAD_METHOD:
		return 1
	case CALL_METHOD:
		return -n - 1
	case CALL_METHOD_KW:
		return -n - 2
	case LOAD_BUILD_CLASS:
		return 1
	case LOAD_CONST, LOAD_NAME, LOAD_GLOBAL, LOAD_FAST, LOAD_CLOSURE, LOAD_DEREF, LOAD_CLASSDEREF:
		return 1
	case STORE_NAME, STORE_GLOBAL, STORE_FAST, STORE_DEREF:
		return -1
	case DELETE_NAME, DELETE_GLOBAL, DELETE_FAST, DELETE_DEREF:
		return 0
	case LOAD_ATTR:
		return 0
	case STORE_ATTR:
		return -2
	case DELETE_ATTR:
		return -1
	case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING:
		return 1 - n
	case BUILD_MAP:
		return 1 - 2*n
	case BUILD_CONST_KEY_MAP:
		return -n
	case BUILD_SLICE:
		return 1 - n
	case LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE:
		return -1
	case MAP_ADD:
		return -2
	case LIST_TO_TUPLE:
		return 0
	case UNPACK_SEQUENCE:
		return n - 1
	case UNPACK_EX:
		return (n & 0xff) + (n >> 8)
	case FORMAT_VALUE:
		if n&FormatWithSpec != 0 {
			return -1
		}
		return 0
	case JUMP:
		return 0
	case POP_JUMP_IF_TRUE, POP_JUMP_IF_FALSE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE:
		return -1
	case JUMP_IF_TRUE_OR_POP, JUMP_IF_FALSE_OR_POP:
		if jump {
			return 0
		}
		return -1
	case FOR_ITER:
		if jump {
			return -1
		}
		return 1
	case SETUP_FINALLY:
		if jump {
			return 2
		}
		return 0
	case POP_BLOCK:
		return 0
	case POP_EXCEPT:
		return -1
	case RERAISE:
		return -1
	case JUMP_IF_NOT_EXC_MATCH:
		return -2
	case SETUP_WITH:
		if jump {
			return 2 // mgr -> exit, then prev_exc exc
		}
		return 1
	case WITH_EXCEPT_START:
		return 1
	case RAISE_VARARGS:
		return -n
	case LOAD_ASSERTION_ERROR:
		return 1
	case CHECK_EG_MATCH:
		return 0
	case PREP_RERAISE_STAR:
		return -1
	case IMPORT_NAME:
		return -1
	case IMPORT_FROM:
		return 1
	case IMPORT_STAR:
		return -1
	case SETUP_ANNOTATIONS:
		return 0
	case PRINT_EXPR:
		return -1
	case GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE:
		return 1
	case MATCH_KEYS:
		return 2
	case MATCH_CLASS:
		return -1
	case COPY_DICT_WITHOUT_KEYS:
		return 0
	}
	panic("compile: StackEffect of unknown opcode " + op.String())
}

// itoa is strconv.Itoa without the import in this file.
func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
