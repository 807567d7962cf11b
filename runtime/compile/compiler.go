package compile

import (
	"math"
	"math/big"
	"strconv"

	"aioplay/runtime/syntax"
)

// Flags are compiler options (the flags argument of Python's compile()).
type Flags uint32

const (
	// FutureAnnotations behaves as if the module began with
	// `from __future__ import annotations`.
	FutureAnnotations Flags = 1 << iota
)

// Compile compiles a parsed module to a code object. mode is Exec for a
// module, Eval for a module whose body is a single expression statement
// (its value is returned), Single for one interactive statement.
// Errors are *syntax.Error (a SyntaxError with CPython's text).
func Compile(mod *syntax.Module, filename string, mode Mode, flags ...Flags) (*Code, error) {
	return compileWith(mod, filename, mode, nil, flags...)
}

func compileWith(mod *syntax.Module, filename string, mode Mode, warnings *[]Warning, flags ...Flags) (code *Code, err error) {
	var fl Flags
	for _, f := range flags {
		fl |= f
	}
	c := &compiler{filename: filename, mode: mode, warnings: warnings}
	future, ferr := c.checkFuture(mod)
	if ferr != nil {
		return nil, ferr
	}
	if future || fl&FutureAnnotations != 0 {
		c.futureAnnotations = true
	}
	st, err := buildSymtable(mod, filename, c.futureAnnotations)
	if err != nil {
		return nil, err
	}
	c.st = st
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(stError); ok {
				code, err = nil, e.err
				return
			}
			panic(r)
		}
	}()
	return c.compileModule(mod), nil
}

// CompileSource parses src and compiles it as a module (mode Exec).
// A SyntaxError from either phase is returned as a *syntax.Error whose
// Text is the offending source line.
func CompileSource(filename string, src []byte) (*Code, error) {
	mod, err := syntax.Parse(filename, src)
	if err != nil {
		return nil, err
	}
	code, err := Compile(mod, filename, Exec)
	if err != nil {
		if se, ok := err.(*syntax.Error); ok && se.Text == "" {
			se.Text = sourceLine(src, int(se.Pos.Line))
		}
		return nil, err
	}
	return code, nil
}

// CompileSourceWarnings is CompileSource that also returns the
// compile-time warnings (see Warning).
func CompileSourceWarnings(filename string, src []byte) (*Code, []Warning, error) {
	mod, err := syntax.Parse(filename, src)
	if err != nil {
		return nil, nil, err
	}
	code, ws, err := CompileWarnings(mod, filename, Exec)
	if err != nil {
		if se, ok := err.(*syntax.Error); ok && se.Text == "" {
			se.Text = sourceLine(src, int(se.Pos.Line))
		}
		return nil, ws, err
	}
	return code, ws, nil
}

// sourceLine returns line n (1-based) of src without its line ending.
func sourceLine(src []byte, n int) string {
	line := 1
	start := 0
	for i := 0; i < len(src); i++ {
		if line == n {
			start = i
			break
		}
		if src[i] == '\n' {
			line++
			if line == n {
				start = i + 1
				break
			}
		}
	}
	if line != n {
		return ""
	}
	end := start
	for end < len(src) && src[end] != '\n' && src[end] != '\r' {
		end++
	}
	return string(src[start:end])
}

// compiler holds the state of one Compile call.
type compiler struct {
	filename          string
	mode              Mode
	st                *symtable
	u                 *unit
	units             []*unit
	futureAnnotations bool
	warnings          *[]Warning // nil: warnings are not collected
}

// unitKind refines the scope type for the checks that depend on it.
type unitKind uint8

const (
	unitModule unitKind = iota
	unitClass
	unitFunction
	unitAsyncFunction
	unitLambda
	unitComprehension
)

// unit is the code object being compiled.
type unit struct {
	kind     unitKind
	scope    *Scope
	name     string
	qualname string
	private  string
	first    int32

	instrs    []Instr
	positions []Position
	labels    []int32 // label id -> instruction index (-1 while unbound)

	consts     []Const
	constIndex map[string]int32
	names      []string
	nameIndex  map[string]int32
	varnames   []string
	varIndex   map[string]int32
	cellvars   []string
	freevars   []string
	derefIndex map[string]int32

	loc     Position
	fblocks []fblock

	argcount, posonly, kwonly int32
	inExceptStar              int // > 0 inside an except* handler body (breaks/returns forbidden)
}

type label int32

func (c *compiler) fail(n syntax.Node, msg string) {
	panic(stError{c.st.errorAt(n, msg)})
}

func (c *compiler) failLoc(msg string) {
	l := c.u.loc
	panic(stError{&syntax.Error{Filename: c.filename, Pos: syntax.Pos{Line: l.Line, Col: l.Col},
		End: syntax.Pos{Line: l.EndLine, Col: l.EndCol}, Msg: msg, Kind: syntax.KindSyntaxError}})
}

// ---------------------------------------------------------------------------
// Units

func (c *compiler) enterScope(name string, kind unitKind, node syntax.Node, firstLine int32) {
	s := c.st.scopes[node]
	u := &unit{
		kind: kind, scope: s, name: name, first: firstLine,
		constIndex: map[string]int32{}, nameIndex: map[string]int32{},
		varIndex: map[string]int32{}, derefIndex: map[string]int32{},
	}
	if c.u != nil {
		u.private = c.u.private
	}
	for _, p := range s.params {
		u.varIndex[p] = int32(len(u.varnames))
		u.varnames = append(u.varnames, p)
	}
	u.cellvars = s.cellvars()
	u.freevars = s.freevars()
	for i, n := range u.cellvars {
		u.derefIndex[n] = int32(i)
	}
	for i, n := range u.freevars {
		u.derefIndex[n] = int32(len(u.cellvars) + i)
	}
	if c.u != nil {
		c.units = append(c.units, c.u)
	}
	c.u = u
	u.qualname = c.qualname(name, kind)
}

// qualname computes __qualname__ for a new unit named name, as CPython
// does: the enclosing function adds ".<locals>", a global declaration
// makes the name top level.
func (c *compiler) qualname(name string, kind unitKind) string {
	if len(c.units) == 0 {
		return name
	}
	parent := c.units[len(c.units)-1]
	if kind == unitModule {
		return name
	}
	if len(c.units) > 1 && (kind == unitFunction || kind == unitAsyncFunction || kind == unitClass) {
		mangled := mangle(parent.private, name)
		if parent.scope.scopeOf(mangled) == scopeGlobalExplicit {
			return name
		}
	}
	if parent.kind == unitModule {
		return name
	}
	switch parent.kind {
	case unitFunction, unitAsyncFunction, unitLambda:
		return parent.qualname + ".<locals>." + name
	}
	return parent.qualname + "." + name
}

// exitScope finishes the current unit and returns its code object.
func (c *compiler) exitScope() *Code {
	u := c.u
	code := c.assemble(u)
	if n := len(c.units); n > 0 {
		c.u = c.units[n-1]
		c.units = c.units[:n-1]
	} else {
		c.u = nil
	}
	return code
}

func (c *compiler) assemble(u *unit) *Code {
	// resolve labels
	for i := range u.instrs {
		in := &u.instrs[i]
		if in.Op.HasJump() {
			t := u.labels[in.Arg]
			if t < 0 {
				panic("compile: unbound label")
			}
			in.Arg = t
		}
	}
	code := &Code{
		Name:            u.name,
		Qualname:        u.qualname,
		Filename:        c.filename,
		FirstLine:       u.first,
		ArgCount:        u.argcount,
		PosOnlyArgCount: u.posonly,
		KwOnlyArgCount:  u.kwonly,
		Instrs:          nil,
		Positions:       nil,
		Consts:          u.consts,
		Names:           u.names,
		Varnames:        u.varnames,
		Cellvars:        u.cellvars,
		Freevars:        u.freevars,
	}
	if code.Names == nil {
		code.Names = []string{}
	}
	if code.Varnames == nil {
		code.Varnames = []string{}
	}
	code.Instrs, code.Positions = removeUnreachable(u.instrs, u.positions)
	code.Flags = c.codeFlags(u)
	// cells that are parameters
	for i, cell := range u.cellvars {
		for j, p := range u.scope.params {
			if p == cell {
				if code.Cell2Arg == nil {
					code.Cell2Arg = make([]int32, len(u.cellvars))
					for k := range code.Cell2Arg {
						code.Cell2Arg[k] = -1
					}
				}
				code.Cell2Arg[i] = int32(j)
			}
		}
	}
	code.StackSize = stackDepth(code)
	return code
}

func (c *compiler) codeFlags(u *unit) uint32 {
	var f uint32
	s := u.scope
	if s.typ == functionScope {
		f |= CO_NEWLOCALS | CO_OPTIMIZED
		if s.nested {
			f |= CO_NESTED
		}
		switch {
		case s.generator && s.coroutine:
			f |= CO_ASYNC_GENERATOR
		case s.generator:
			f |= CO_GENERATOR
		case s.coroutine:
			f |= CO_COROUTINE
		}
		if s.hasVarargs {
			f |= CO_VARARGS
		}
		if s.hasVarkw {
			f |= CO_VARKEYWORDS
		}
	}
	if len(u.cellvars) == 0 && len(u.freevars) == 0 {
		f |= CO_NOFREE
	}
	if c.futureAnnotations {
		f |= CO_FUTURE_ANNOTATIONS
	}
	return f
}

// ---------------------------------------------------------------------------
// Emitting

func spanPos(n syntax.Node) Position {
	sp := n.Span()
	return Position{Line: sp.Pos.Line, EndLine: sp.End.Line, Col: sp.Pos.Col, EndCol: sp.End.Col}
}

// setLoc makes n the location of the following instructions and returns
// the previous location (restore it with c.u.loc = old).
func (c *compiler) setLoc(n syntax.Node) Position {
	old := c.u.loc
	c.u.loc = spanPos(n)
	return old
}

// noLoc marks the following instructions as artificial.
func (c *compiler) noLoc() Position {
	old := c.u.loc
	c.u.loc = Position{}
	return old
}

func (c *compiler) emit(op Opcode, arg int32) int {
	u := c.u
	u.instrs = append(u.instrs, Instr{Op: op, Arg: arg})
	u.positions = append(u.positions, u.loc)
	return len(u.instrs) - 1
}

func (c *compiler) op(op Opcode) { c.emit(op, 0) }

func (c *compiler) newLabel() label {
	c.u.labels = append(c.u.labels, -1)
	return label(len(c.u.labels) - 1)
}

func (c *compiler) bind(l label) {
	c.u.labels[l] = int32(len(c.u.instrs))
}

func (c *compiler) jump(op Opcode, l label) { c.emit(op, int32(l)) }

// ---------------------------------------------------------------------------
// Constants and names

func (c *compiler) constIndex(v Const) int32 {
	u := c.u
	if _, isCode := v.(*Code); isCode {
		u.consts = append(u.consts, v)
		return int32(len(u.consts) - 1)
	}
	k := constKey(v)
	if i, ok := u.constIndex[k]; ok {
		return i
	}
	i := int32(len(u.consts))
	u.consts = append(u.consts, v)
	u.constIndex[k] = i
	return i
}

func (c *compiler) loadConst(v Const) { c.emit(LOAD_CONST, c.constIndex(v)) }

// constKey distinguishes constants that Python considers different even
// when equal (1 vs 1.0 vs True, 0.0 vs -0.0).
func constKey(v Const) string {
	switch v := v.(type) {
	case nil:
		return "N"
	case bool:
		if v {
			return "T"
		}
		return "F"
	case int64:
		return "i" + strconv.FormatInt(v, 10)
	case *big.Int:
		return "i" + v.String()
	case float64:
		return "f" + strconv.FormatUint(math.Float64bits(v), 16)
	case complex128:
		return "c" + strconv.FormatUint(math.Float64bits(real(v)), 16) + "," + strconv.FormatUint(math.Float64bits(imag(v)), 16)
	case string:
		return "s" + v
	case []byte:
		return "b" + string(v)
	case Ellipsis:
		return "E"
	case ConstTuple:
		k := "t" + strconv.Itoa(len(v)) + "("
		for _, x := range v {
			xk := constKey(x)
			k += strconv.Itoa(len(xk)) + ":" + xk
		}
		return k + ")"
	case ConstFrozenSet:
		k := "z" + strconv.Itoa(len(v)) + "("
		for _, x := range v {
			xk := constKey(x)
			k += strconv.Itoa(len(xk)) + ":" + xk
		}
		return k + ")"
	}
	panic("compile: bad constant")
}

func (c *compiler) nameIndex(name string) int32 {
	u := c.u
	if i, ok := u.nameIndex[name]; ok {
		return i
	}
	i := int32(len(u.names))
	u.names = append(u.names, name)
	u.nameIndex[name] = i
	return i
}

func (c *compiler) varIndex(name string) int32 {
	u := c.u
	if i, ok := u.varIndex[name]; ok {
		return i
	}
	i := int32(len(u.varnames))
	u.varnames = append(u.varnames, name)
	u.varIndex[name] = i
	return i
}

func (c *compiler) emitName(op Opcode, name string) { c.emit(op, c.nameIndex(name)) }

func (c *compiler) mangle(name string) string { return mangle(c.u.private, name) }

// nameOp emits the load, store or delete of a variable.
func (c *compiler) nameOp(name string, ctx syntax.ExprContext) {
	c.forbiddenName(name, ctx)
	mangled := c.mangle(name)
	u := c.u
	sc := u.scope.scopeOf(mangled)
	isFunc := u.scope.typ == functionScope
	const (
		opName = iota
		opFast
		opGlobal
		opDeref
	)
	kind := opName
	switch sc {
	case scopeFree, scopeCell:
		kind = opDeref
	case scopeLocal:
		if isFunc {
			kind = opFast
		}
	case scopeGlobalImplicit:
		if isFunc {
			kind = opGlobal
		}
	case scopeGlobalExplicit:
		kind = opGlobal
	}
	// a free variable of a class body that is also bound in it is a plain name
	if sc == scopeLocal && u.scope.typ == classScope {
		kind = opName
	}
	switch kind {
	case opFast:
		i := c.varIndex(mangled)
		c.emit([...]Opcode{LOAD_FAST, STORE_FAST, DELETE_FAST}[ctx], i)
	case opDeref:
		i, ok := u.derefIndex[mangled]
		if !ok {
			panic("compile: missing cell for " + mangled)
		}
		op := [...]Opcode{LOAD_DEREF, STORE_DEREF, DELETE_DEREF}[ctx]
		if ctx == syntax.Load && u.scope.typ == classScope {
			op = LOAD_CLASSDEREF
		}
		c.emit(op, i)
	case opGlobal:
		c.emit([...]Opcode{LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL}[ctx], c.nameIndex(mangled))
	default:
		c.emit([...]Opcode{LOAD_NAME, STORE_NAME, DELETE_NAME}[ctx], c.nameIndex(mangled))
	}
}

// forbiddenName rejects binding __debug__.
func (c *compiler) forbiddenName(name string, ctx syntax.ExprContext) {
	if name != "__debug__" {
		return
	}
	switch ctx {
	case syntax.Store:
		c.failLoc("cannot assign to __debug__")
	case syntax.Del:
		c.failLoc("cannot delete __debug__")
	}
}

// checkDebugArgs rejects a parameter named __debug__.
func (c *compiler) checkDebugArgs(args *syntax.Arguments) {
	all := append(append(append([]*syntax.Arg{}, args.Posonlyargs...), args.Args...), args.Kwonlyargs...)
	if args.Vararg != nil {
		all = append(all, args.Vararg)
	}
	if args.Kwarg != nil {
		all = append(all, args.Kwarg)
	}
	for _, a := range all {
		if a.Arg == "__debug__" {
			c.fail(a, "cannot assign to __debug__")
		}
	}
}

// ---------------------------------------------------------------------------
// Modules

// checkFuture validates `from __future__` imports and reports whether
// annotations are postponed.
func (c *compiler) checkFuture(mod *syntax.Module) (bool, error) {
	annotations := false
	atStart := true
	for i, s := range mod.Body {
		if i == 0 {
			if e, ok := s.(*syntax.ExprStmt); ok {
				if k, ok := e.Value.(*syntax.Constant); ok {
					if _, ok := k.Value.(string); ok {
						continue // docstring
					}
				}
			}
		}
		imp, ok := s.(*syntax.ImportFrom)
		if !ok || imp.Module != "__future__" || imp.Level != 0 {
			atStart = false
			continue
		}
		if !atStart {
			return false, &syntax.Error{Filename: c.filename, Pos: imp.Pos, End: imp.End, Kind: syntax.KindSyntaxError,
				Msg: "from __future__ imports must occur at the beginning of the file"}
		}
		for _, a := range imp.Names {
			switch a.Name {
			case "annotations":
				annotations = true
			case "nested_scopes", "generators", "division", "absolute_import", "with_statement",
				"print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop":
			case "braces":
				return false, &syntax.Error{Filename: c.filename, Pos: imp.Pos, Kind: syntax.KindSyntaxError, Msg: "not a chance"}
			default:
				return false, &syntax.Error{Filename: c.filename, Pos: imp.Pos, Kind: syntax.KindSyntaxError,
					Msg: "future feature " + a.Name + " is not defined"}
			}
		}
	}
	return annotations, nil
}

func (c *compiler) compileModule(mod *syntax.Module) *Code {
	c.enterScope("<module>", unitModule, mod, 1)
	c.u.qualname = "<module>"
	switch c.mode {
	case Eval:
		if len(mod.Body) != 1 {
			c.fail(mod, "invalid syntax")
		}
		es, ok := mod.Body[0].(*syntax.ExprStmt)
		if !ok {
			c.fail(mod.Body[0], "invalid syntax")
		}
		c.setLoc(es.Value)
		c.visitExpr(es.Value)
		c.op(RETURN_VALUE)
		return c.exitScope()
	case Single:
		if findAnnotations(mod.Body) {
			c.op(SETUP_ANNOTATIONS)
		}
		c.visitStmts(mod.Body)
	default:
		body := mod.Body
		if findAnnotations(body) {
			c.setLoc(body[0])
			c.u.loc = Position{Line: 1, EndLine: 1}
			c.op(SETUP_ANNOTATIONS)
		}
		if doc, ok := docstring(body); ok {
			c.setLoc(body[0])
			c.loadConst(doc)
			c.nameOp("__doc__", syntax.Store)
			body = body[1:]
		}
		c.visitStmts(body)
	}
	c.noLoc()
	c.loadConst(nil)
	c.op(RETURN_VALUE)
	return c.exitScope()
}

// docstring returns the docstring of a body, if it starts with one.
func docstring(body []syntax.Stmt) (string, bool) {
	if len(body) == 0 {
		return "", false
	}
	e, ok := body[0].(*syntax.ExprStmt)
	if !ok {
		return "", false
	}
	k, ok := e.Value.(*syntax.Constant)
	if !ok {
		return "", false
	}
	s, ok := k.Value.(string)
	return s, ok
}

// findAnnotations reports whether a module or class body contains an
// annotated assignment (outside nested functions and classes).
func findAnnotations(body []syntax.Stmt) bool {
	for _, s := range body {
		switch s := s.(type) {
		case *syntax.AnnAssign:
			return true
		case *syntax.For:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) {
				return true
			}
		case *syntax.AsyncFor:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) {
				return true
			}
		case *syntax.While:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) {
				return true
			}
		case *syntax.If:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) {
				return true
			}
		case *syntax.With:
			if findAnnotations(s.Body) {
				return true
			}
		case *syntax.AsyncWith:
			if findAnnotations(s.Body) {
				return true
			}
		case *syntax.Try:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) || findAnnotations(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if findAnnotations(h.Body) {
					return true
				}
			}
		case *syntax.TryStar:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) || findAnnotations(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if findAnnotations(h.Body) {
					return true
				}
			}
		case *syntax.Match:
			for _, mc := range s.Cases {
				if findAnnotations(mc.Body) {
					return true
				}
			}
		}
	}
	return false
}
