package compile

import (
	"sort"
	"strings"

	"aioplay/runtime/syntax"
)

// Scope analysis (CPython's symtable). Pass one walks the tree recording,
// per scope, how each name is used (symFlags). Pass two (analyze) decides
// the scope of every name from the flags and the enclosing scopes.

type scopeType uint8

const (
	moduleScope scopeType = iota
	classScope
	functionScope
)

// Comprehension kinds of a comprehension scope.
type compKind uint8

const (
	notComprehension compKind = iota
	listComprehension
	setComprehension
	dictComprehension
	generatorExpression
)

// symFlags records how a name is used in one scope.
type symFlags uint16

const (
	defGlobal    symFlags = 1 << iota // global statement
	defLocal                          // assigned (or deleted, imported, def/class)
	defParam                          // a parameter
	defNonlocal                       // nonlocal statement
	use                               // read
	defFreeClass                      // free in a method of this class but also bound in the class
	defImport                         // bound by import
	defAnnot                          // annotated (x: int)
	defCompIter                       // a comprehension iteration variable

	defBound = defLocal | defParam | defImport
)

// symScope is where a name lives.
type symScope uint8

const (
	scopeUnknown symScope = iota
	scopeLocal
	scopeGlobalExplicit
	scopeGlobalImplicit
	scopeFree
	scopeCell
)

type symbol struct {
	flags symFlags
	scope symScope
}

// Scope is the analysed scope of one module, class, function, lambda or
// comprehension.
type Scope struct {
	typ      scopeType
	name     string // the def/class name, "<lambda>", "<listcomp>", "top" ...
	node     syntax.Node
	parent   *Scope
	children []*Scope

	symbols map[string]*symbol
	order   []string // names in order of first appearance
	params  []string // parameter names (mangled) in co_varnames order

	nested            bool // a function nested in a function (CO_NESTED)
	generator         bool
	coroutine         bool
	comprehension     compKind
	returnsValue      bool
	hasVarargs        bool
	hasVarkw          bool
	needsClassClosure bool // a class whose methods use __class__ / super()
	childFree         bool
	compIterExpr      int  // > 0 while visiting a comprehension's iterable
	compIterTarget    bool // visiting a comprehension's target
	private           string

	// positions of global/nonlocal statements, for error locations
	directives map[string]syntax.Span
}

func (s *Scope) lookup(name string) symFlags {
	if sym := s.symbols[name]; sym != nil {
		return sym.flags
	}
	return 0
}

// scopeOf returns the resolved scope of name (already mangled).
func (s *Scope) scopeOf(name string) symScope {
	if sym := s.symbols[name]; sym != nil {
		return sym.scope
	}
	return scopeUnknown
}

// symtable is the result of scope analysis: the scopes of all scope nodes.
type symtable struct {
	filename string
	top      *Scope
	cur      *Scope
	stack    []*Scope
	scopes   map[syntax.Node]*Scope
	future   bool // from __future__ import annotations
	private  string
}

func (st *symtable) errorAt(n syntax.Node, msg string) *syntax.Error {
	sp := n.Span()
	return &syntax.Error{Filename: st.filename, Pos: sp.Pos, End: sp.End, Msg: msg, Kind: syntax.KindSyntaxError}
}

func (st *symtable) errorSpan(sp syntax.Span, msg string) *syntax.Error {
	return &syntax.Error{Filename: st.filename, Pos: sp.Pos, End: sp.End, Msg: msg, Kind: syntax.KindSyntaxError}
}

// stError is panicked inside the visitor and recovered by buildSymtable.
type stError struct{ err *syntax.Error }

func (st *symtable) fail(n syntax.Node, msg string) {
	panic(stError{st.errorAt(n, msg)})
}

// buildSymtable analyses the scopes of mod.
func buildSymtable(mod *syntax.Module, filename string, futureAnnotations bool) (st *symtable, err error) {
	st = &symtable{filename: filename, scopes: map[syntax.Node]*Scope{}, future: futureAnnotations}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(stError); ok {
				st, err = nil, e.err
				return
			}
			panic(r)
		}
	}()
	st.enter("top", moduleScope, mod)
	st.top = st.cur
	for _, s := range mod.Body {
		st.visitStmt(s)
	}
	st.exit()
	st.analyze()
	return st, nil
}

func (st *symtable) enter(name string, typ scopeType, node syntax.Node) {
	s := &Scope{typ: typ, name: name, node: node, parent: st.cur, symbols: map[string]*symbol{}, private: st.private}
	if st.cur != nil {
		st.cur.children = append(st.cur.children, s)
		if st.cur.nested || st.cur.typ == functionScope {
			s.nested = true
		}
	}
	st.scopes[node] = s
	st.stack = append(st.stack, s)
	st.cur = s
}

func (st *symtable) exit() {
	st.stack = st.stack[:len(st.stack)-1]
	if len(st.stack) > 0 {
		st.cur = st.stack[len(st.stack)-1]
	} else {
		st.cur = nil
	}
}

// mangle applies private name mangling (__x inside class C -> _C__x).
func mangle(private, name string) string {
	if private == "" || !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	p := strings.TrimLeft(private, "_")
	if p == "" {
		return name
	}
	return "_" + p + name
}

// addDef records flag for name in the current scope.
func (st *symtable) addDef(name string, flag symFlags, n syntax.Node) {
	st.addDefIn(st.cur, name, flag, n)
}

func (st *symtable) addDefIn(s *Scope, name string, flag symFlags, n syntax.Node) {
	name = mangle(st.private, name)
	sym := s.symbols[name]
	if sym == nil {
		sym = &symbol{}
		s.symbols[name] = sym
		s.order = append(s.order, name)
	}
	if flag&defParam != 0 && sym.flags&defParam != 0 {
		st.fail(n, "duplicate argument '"+name+"' in function definition")
	}
	sym.flags |= flag
	if flag&defParam != 0 {
		s.params = append(s.params, name)
	}
	if s.compIterTarget {
		if sym.flags&(defGlobal|defNonlocal) != 0 {
			st.fail(n, "comprehension inner loop cannot rebind assignment expression target '"+name+"'")
		}
		sym.flags |= defCompIter
	}
}

func (st *symtable) visitStmts(body []syntax.Stmt) {
	for _, s := range body {
		st.visitStmt(s)
	}
}

func (st *symtable) visitExprs(es []syntax.Expr) {
	for _, e := range es {
		if e != nil {
			st.visitExpr(e)
		}
	}
}

func (st *symtable) visitStmt(s syntax.Stmt) {
	switch s := s.(type) {
	case *syntax.FunctionDef:
		st.visitFunction(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, false)
	case *syntax.AsyncFunctionDef:
		st.visitFunction(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, true)
	case *syntax.ClassDef:
		st.addDef(s.Name, defLocal, s)
		st.visitExprs(s.Bases)
		for _, k := range s.Keywords {
			st.visitExpr(k.Value)
		}
		st.visitExprs(s.DecoratorList)
		st.enter(s.Name, classScope, s)
		saved := st.private
		st.private = s.Name
		st.cur.private = s.Name
		st.visitStmts(s.Body)
		st.private = saved
		st.exit()
	case *syntax.Return:
		if s.Value != nil {
			st.visitExpr(s.Value)
			st.cur.returnsValue = true
		}
	case *syntax.Delete:
		st.visitExprs(s.Targets)
	case *syntax.Assign:
		st.visitExprs(s.Targets)
		st.visitExpr(s.Value)
	case *syntax.AnnAssign:
		if name, ok := s.Target.(*syntax.Name); ok {
			cur := st.cur.lookup(mangle(st.private, name.Id))
			if cur&(defGlobal|defNonlocal) != 0 && st.cur != st.top && s.Simple != 0 {
				msg := "annotated name '" + name.Id + "' can't be global"
				if cur&defNonlocal != 0 {
					msg = "annotated name '" + name.Id + "' can't be nonlocal"
				}
				st.fail(s, msg)
			}
			if s.Simple != 0 {
				st.addDef(name.Id, defAnnot|defLocal, name)
			} else if s.Value != nil {
				st.addDef(name.Id, defLocal, name)
			}
		} else {
			st.visitExpr(s.Target)
		}
		st.visitAnnotation(s.Annotation)
		if s.Value != nil {
			st.visitExpr(s.Value)
		}
	case *syntax.AugAssign:
		st.visitExpr(s.Target)
		st.visitExpr(s.Value)
	case *syntax.For:
		st.visitExpr(s.Target)
		st.visitExpr(s.Iter)
		st.visitStmts(s.Body)
		st.visitStmts(s.Orelse)
	case *syntax.AsyncFor:
		st.visitExpr(s.Target)
		st.visitExpr(s.Iter)
		st.visitStmts(s.Body)
		st.visitStmts(s.Orelse)
	case *syntax.While:
		st.visitExpr(s.Test)
		st.visitStmts(s.Body)
		st.visitStmts(s.Orelse)
	case *syntax.If:
		st.visitExpr(s.Test)
		st.visitStmts(s.Body)
		st.visitStmts(s.Orelse)
	case *syntax.Match:
		st.visitExpr(s.Subject)
		for _, c := range s.Cases {
			st.visitPattern(c.Pattern)
			if c.Guard != nil {
				st.visitExpr(c.Guard)
			}
			st.visitStmts(c.Body)
		}
	case *syntax.Raise:
		if s.Exc != nil {
			st.visitExpr(s.Exc)
			if s.Cause != nil {
				st.visitExpr(s.Cause)
			}
		}
	case *syntax.Try:
		st.visitStmts(s.Body)
		st.visitStmts(s.Orelse)
		st.visitHandlers(s.Handlers)
		st.visitStmts(s.Finalbody)
	case *syntax.TryStar:
		st.visitStmts(s.Body)
		st.visitStmts(s.Orelse)
		st.visitHandlers(s.Handlers)
		st.visitStmts(s.Finalbody)
	case *syntax.Assert:
		st.visitExpr(s.Test)
		if s.Msg != nil {
			st.visitExpr(s.Msg)
		}
	case *syntax.Import:
		for _, a := range s.Names {
			st.visitAlias(a, s)
		}
	case *syntax.ImportFrom:
		for _, a := range s.Names {
			st.visitAlias(a, s)
		}
	case *syntax.Global:
		st.visitDeclaration(s, s.Names, defGlobal, "global")
	case *syntax.Nonlocal:
		st.visitDeclaration(s, s.Names, defNonlocal, "nonlocal")
	case *syntax.ExprStmt:
		st.visitExpr(s.Value)
	case *syntax.With:
		for _, it := range s.Items {
			st.visitExpr(it.ContextExpr)
			if it.OptionalVars != nil {
				st.visitExpr(it.OptionalVars)
			}
		}
		st.visitStmts(s.Body)
	case *syntax.AsyncWith:
		for _, it := range s.Items {
			st.visitExpr(it.ContextExpr)
			if it.OptionalVars != nil {
				st.visitExpr(it.OptionalVars)
			}
		}
		st.visitStmts(s.Body)
	case *syntax.Pass, *syntax.Break, *syntax.Continue:
	}
}

func (st *symtable) recordDirective(name string, s syntax.Stmt) {
	if st.cur.directives == nil {
		st.cur.directives = map[string]syntax.Span{}
	}
	if _, ok := st.cur.directives[mangle(st.private, name)]; !ok {
		st.cur.directives[mangle(st.private, name)] = s.Span()
	}
}

func (st *symtable) visitHandlers(hs []*syntax.ExceptHandler) {
	for _, h := range hs {
		if h.Type != nil {
			st.visitExpr(h.Type)
		}
		if h.Name != "" {
			st.addDef(h.Name, defLocal, h)
		}
		st.visitStmts(h.Body)
	}
}

func (st *symtable) visitAlias(a *syntax.Alias, s syntax.Stmt) {
	name := a.Asname
	if name == "" {
		name = a.Name
		if i := strings.IndexByte(name, '.'); i >= 0 {
			name = name[:i]
		}
	}
	if name == "*" {
		if st.cur.typ != moduleScope {
			st.fail(a, "import * only allowed at module level")
		}
		return
	}
	st.addDef(name, defImport, a)
}

func (st *symtable) visitAnnotation(e syntax.Expr) {
	if e == nil || st.future {
		return
	}
	st.visitExpr(e)
}

func (st *symtable) visitFunction(n syntax.Stmt, name string, args *syntax.Arguments, body []syntax.Stmt, decorators []syntax.Expr, returns syntax.Expr, async bool) {
	st.addDef(name, defLocal, n)
	st.visitExprs(args.Defaults)
	st.visitExprs(args.KwDefaults)
	st.visitArgAnnotations(args, returns)
	st.visitExprs(decorators)
	st.enter(name, functionScope, n)
	if async {
		st.cur.coroutine = true
	}
	st.visitParams(args)
	st.visitStmts(body)
	st.exit()
}

func (st *symtable) visitArgAnnotations(args *syntax.Arguments, returns syntax.Expr) {
	each := func(as []*syntax.Arg) {
		for _, a := range as {
			st.visitAnnotation(a.Annotation)
		}
	}
	each(args.Posonlyargs)
	each(args.Args)
	if args.Vararg != nil {
		st.visitAnnotation(args.Vararg.Annotation)
	}
	if args.Kwarg != nil {
		st.visitAnnotation(args.Kwarg.Annotation)
	}
	each(args.Kwonlyargs)
	st.visitAnnotation(returns)
}

func (st *symtable) visitParams(args *syntax.Arguments) {
	for _, a := range args.Posonlyargs {
		st.addDef(a.Arg, defParam, a)
	}
	for _, a := range args.Args {
		st.addDef(a.Arg, defParam, a)
	}
	for _, a := range args.Kwonlyargs {
		st.addDef(a.Arg, defParam, a)
	}
	if args.Vararg != nil {
		st.addDef(args.Vararg.Arg, defParam, args.Vararg)
		st.cur.hasVarargs = true
	}
	if args.Kwarg != nil {
		st.addDef(args.Kwarg.Arg, defParam, args.Kwarg)
		st.cur.hasVarkw = true
	}
}

func (st *symtable) visitExpr(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.NamedExpr:
		if st.cur.compIterExpr > 0 {
			st.fail(e, "assignment expression cannot be used in a comprehension iterable expression")
		}
		if st.cur.comprehension != notComprehension {
			st.extendNamedExprScope(e.Target.(*syntax.Name))
		}
		st.visitExpr(e.Value)
		st.visitExpr(e.Target)
	case *syntax.BoolOp:
		st.visitExprs(e.Values)
	case *syntax.BinOp:
		st.visitExpr(e.Left)
		st.visitExpr(e.Right)
	case *syntax.UnaryOp:
		st.visitExpr(e.Operand)
	case *syntax.Lambda:
		st.visitExprs(e.Args.Defaults)
		st.visitExprs(e.Args.KwDefaults)
		st.enter("lambda", functionScope, e)
		st.visitParams(e.Args)
		st.visitExpr(e.Body)
		st.exit()
	case *syntax.IfExp:
		st.visitExpr(e.Test)
		st.visitExpr(e.Body)
		st.visitExpr(e.Orelse)
	case *syntax.Dict:
		st.visitExprs(e.Keys)
		st.visitExprs(e.Values)
	case *syntax.Set:
		st.visitExprs(e.Elts)
	case *syntax.GeneratorExp:
		st.visitComprehension(e, "genexpr", e.Generators, e.Elt, nil, generatorExpression)
	case *syntax.ListComp:
		st.visitComprehension(e, "listcomp", e.Generators, e.Elt, nil, listComprehension)
	case *syntax.SetComp:
		st.visitComprehension(e, "setcomp", e.Generators, e.Elt, nil, setComprehension)
	case *syntax.DictComp:
		st.visitComprehension(e, "dictcomp", e.Generators, e.Key, e.Value, dictComprehension)
	case *syntax.Yield:
		if e.Value != nil {
			st.visitExpr(e.Value)
		}
		st.cur.generator = true
		st.checkYieldInComprehension(e)
	case *syntax.YieldFrom:
		st.visitExpr(e.Value)
		st.cur.generator = true
		st.checkYieldInComprehension(e)
	case *syntax.Await:
		st.visitExpr(e.Value)
		st.cur.coroutine = true
	case *syntax.Compare:
		st.visitExpr(e.Left)
		st.visitExprs(e.Comparators)
	case *syntax.Call:
		st.visitExpr(e.Func)
		st.visitExprs(e.Args)
		for _, k := range e.Keywords {
			st.visitExpr(k.Value)
		}
	case *syntax.FormattedValue:
		st.visitExpr(e.Value)
		if e.FormatSpec != nil {
			st.visitExpr(e.FormatSpec)
		}
	case *syntax.JoinedStr:
		st.visitExprs(e.Values)
	case *syntax.Constant:
	case *syntax.Attribute:
		st.visitExpr(e.Value)
	case *syntax.Subscript:
		st.visitExpr(e.Value)
		st.visitExpr(e.Slice)
	case *syntax.Starred:
		st.visitExpr(e.Value)
	case *syntax.Slice:
		st.visitExprs([]syntax.Expr{e.Lower, e.Upper, e.Step})
	case *syntax.Name:
		if e.Ctx == syntax.Load {
			st.addDef(e.Id, use, e)
		} else {
			st.addDef(e.Id, defLocal, e)
		}
		// A function that uses super() or __class__ needs the implicit
		// __class__ cell of its class.
		if e.Ctx == syntax.Load && st.cur.typ == functionScope && e.Id == "super" {
			st.addDef("__class__", use, e)
		}
	case *syntax.List:
		st.visitExprs(e.Elts)
	case *syntax.Tuple:
		st.visitExprs(e.Elts)
	}
}

func (st *symtable) checkYieldInComprehension(e syntax.Expr) {
	switch st.cur.comprehension {
	case listComprehension:
		st.fail(e, "'yield' inside list comprehension")
	case setComprehension:
		st.fail(e, "'yield' inside set comprehension")
	case dictComprehension:
		st.fail(e, "'yield' inside dict comprehension")
	case generatorExpression:
		st.fail(e, "'yield' inside generator expression")
	}
}

// extendNamedExprScope binds the target of a walrus inside a comprehension
// in the nearest enclosing function (or module) scope.
func (st *symtable) extendNamedExprScope(target *syntax.Name) {
	name := mangle(st.private, target.Id)
	for i := len(st.stack) - 1; i >= 0; i-- {
		s := st.stack[i]
		if s.comprehension != notComprehension {
			if s.lookup(name)&defCompIter != 0 {
				st.fail(target, "assignment expression cannot rebind comprehension iteration variable '"+target.Id+"'")
			}
			continue
		}
		switch s.typ {
		case functionScope:
			if s.lookup(name)&defGlobal != 0 {
				st.addDef(target.Id, defGlobal, target)
			} else {
				st.addDef(target.Id, defNonlocal, target)
			}
			st.addDefIn(s, target.Id, defLocal, target)
			return
		case moduleScope:
			st.addDef(target.Id, defGlobal, target)
			st.addDefIn(s, target.Id, defGlobal, target)
			return
		case classScope:
			st.fail(target, "assignment expression within a comprehension cannot be used in a class body")
		}
	}
}

func (st *symtable) visitComprehension(e syntax.Expr, name string, gens []*syntax.Comprehension, elt, value syntax.Expr, kind compKind) {
	outer := gens[0]
	st.cur.compIterExpr++
	st.visitExpr(outer.Iter)
	st.cur.compIterExpr--
	st.enter(name, functionScope, e)
	if outer.IsAsync != 0 {
		st.cur.coroutine = true
	}
	st.cur.comprehension = kind
	isGen := kind == generatorExpression
	if isGen {
		st.cur.generator = true
	}
	st.addDef(".0", defParam, e)
	st.cur.compIterTarget = true
	st.visitExpr(outer.Target)
	st.cur.compIterTarget = false
	st.visitExprs(outer.Ifs)
	for _, g := range gens[1:] {
		st.cur.compIterTarget = true
		st.visitExpr(g.Target)
		st.cur.compIterTarget = false
		st.cur.compIterExpr++
		st.visitExpr(g.Iter)
		st.cur.compIterExpr--
		st.visitExprs(g.Ifs)
		if g.IsAsync != 0 {
			st.cur.coroutine = true
		}
	}
	if value != nil {
		st.visitExpr(value)
	}
	st.visitExpr(elt)
	st.cur.generator = isGen
	isAsync := st.cur.coroutine && !isGen
	st.exit()
	if isAsync {
		st.cur.coroutine = true
	}
}

func (st *symtable) visitPattern(p syntax.Pattern) {
	switch p := p.(type) {
	case *syntax.MatchValue:
		st.visitExpr(p.Value)
	case *syntax.MatchSingleton:
	case *syntax.MatchSequence:
		for _, q := range p.Patterns {
			st.visitPattern(q)
		}
	case *syntax.MatchStar:
		if p.Name != "" {
			st.addDef(p.Name, defLocal, p)
		}
	case *syntax.MatchMapping:
		st.visitExprs(p.Keys)
		for _, q := range p.Patterns {
			st.visitPattern(q)
		}
		if p.Rest != "" {
			st.addDef(p.Rest, defLocal, p)
		}
	case *syntax.MatchClass:
		st.visitExpr(p.Cls)
		for _, q := range p.Patterns {
			st.visitPattern(q)
		}
		for _, q := range p.KwdPatterns {
			st.visitPattern(q)
		}
	case *syntax.MatchAs:
		if p.Pattern != nil {
			st.visitPattern(p.Pattern)
		}
		if p.Name != "" {
			st.addDef(p.Name, defLocal, p)
		}
	case *syntax.MatchOr:
		for _, q := range p.Patterns {
			st.visitPattern(q)
		}
	}
}

// ---------------------------------------------------------------------------
// Pass two: resolve scopes.

type nameSet map[string]bool

func (s nameSet) copy() nameSet {
	c := make(nameSet, len(s))
	for k := range s {
		c[k] = true
	}
	return c
}

func (st *symtable) analyze() {
	free := nameSet{}
	st.analyzeBlock(st.top, nil, free, nameSet{})
}

// analyzeBlock resolves the names of s. bound holds the names bound in
// enclosing function scopes, global the names declared global above;
// free receives the free names of s (for its parent).
func (st *symtable) analyzeBlock(s *Scope, bound, free, global nameSet) {
	local := nameSet{}
	scopes := map[string]symScope{}
	newglobal := nameSet{}
	newfree := nameSet{}
	newbound := nameSet{}

	if s.typ == classScope {
		for k := range global {
			newglobal[k] = true
		}
		for k := range bound {
			newbound[k] = true
		}
	}
	for _, name := range s.order {
		st.analyzeName(s, scopes, name, s.symbols[name].flags, bound, local, free, global)
	}
	if s.typ != classScope {
		if s.typ == functionScope {
			for k := range local {
				newbound[k] = true
			}
		}
		for k := range bound {
			newbound[k] = true
		}
		for k := range global {
			newglobal[k] = true
		}
	} else {
		newbound["__class__"] = true
	}

	for _, c := range s.children {
		childFree := nameSet{}
		st.analyzeBlock(c, newbound.copy(), childFree, newglobal.copy())
		for k := range childFree {
			newfree[k] = true
		}
		if c.childFree || len(childFree) > 0 {
			s.childFree = true
		}
	}

	switch s.typ {
	case functionScope:
		// locals that are free in children become cells
		for name := range newfree {
			if scopes[name] == scopeLocal {
				scopes[name] = scopeCell
				delete(newfree, name)
			}
		}
	case classScope:
		if newfree["__class__"] {
			delete(newfree, "__class__")
			s.needsClassClosure = true
		}
	}

	// update symbols
	for name, sc := range scopes {
		s.symbols[name].scope = sc
	}
	names := make([]string, 0, len(newfree))
	for name := range newfree {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if sym := s.symbols[name]; sym != nil {
			if s.typ == classScope && sym.flags&(defBound|defGlobal) != 0 {
				sym.flags |= defFreeClass
			}
			continue
		}
		if !bound[name] {
			continue
		}
		s.symbols[name] = &symbol{scope: scopeFree}
		s.order = append(s.order, name)
	}
	for k := range newfree {
		free[k] = true
	}
}

func (st *symtable) analyzeName(s *Scope, scopes map[string]symScope, name string, flags symFlags, bound, local, free, global nameSet) {
	switch {
	case flags&defGlobal != 0:
		if flags&defNonlocal != 0 {
			st.failDirective(s, name, "name '"+name+"' is nonlocal and global")
		}
		scopes[name] = scopeGlobalExplicit
		global[name] = true
		delete(bound, name)
	case flags&defNonlocal != 0:
		if s.typ == moduleScope {
			st.failDirective(s, name, "nonlocal declaration not allowed at module level")
		}
		if !bound[name] {
			st.failDirective(s, name, "no binding for nonlocal '"+name+"' found")
		}
		scopes[name] = scopeFree
		free[name] = true
	case flags&defBound != 0:
		scopes[name] = scopeLocal
		local[name] = true
		delete(global, name)
	case bound[name]:
		scopes[name] = scopeFree
		free[name] = true
	case global[name]:
		scopes[name] = scopeGlobalImplicit
	default:
		scopes[name] = scopeGlobalImplicit
	}
}

func (st *symtable) failDirective(s *Scope, name, msg string) {
	sp, ok := s.directives[name]
	if !ok {
		sp = s.node.Span()
	}
	panic(stError{st.errorSpan(sp, msg)})
}

// cellvars returns the sorted cell variables of s (with __class__ first
// for a class that needs it).
func (s *Scope) cellvars() []string {
	var cells []string
	for name, sym := range s.symbols {
		if sym.scope == scopeCell {
			cells = append(cells, name)
		}
	}
	sort.Strings(cells)
	if s.needsClassClosure {
		cells = append([]string{"__class__"}, cells...)
	}
	return cells
}

// freevars returns the sorted free variables of s.
func (s *Scope) freevars() []string {
	var frees []string
	for name, sym := range s.symbols {
		if sym.scope == scopeFree || sym.flags&defFreeClass != 0 {
			frees = append(frees, name)
		}
	}
	sort.Strings(frees)
	return frees
}

// visitDeclaration handles the names of a global or nonlocal statement
// (word is "global" or "nonlocal"): a name already bound, used or
// annotated in the scope is CPython's SyntaxError.
func (st *symtable) visitDeclaration(s syntax.Stmt, names []string, kind symFlags, word string) {
	for _, name := range names {
		cur := st.cur.lookup(mangle(st.private, name))
		if cur&(defParam|defLocal|use|defAnnot) != 0 {
			var msg string
			switch {
			case cur&defParam != 0:
				msg = "name '" + name + "' is parameter and " + word
			case cur&use != 0:
				msg = "name '" + name + "' is used prior to " + word + " declaration"
			case cur&defAnnot != 0:
				msg = "annotated name '" + name + "' can't be " + word
			default:
				msg = "name '" + name + "' is assigned to before " + word + " declaration"
			}
			st.fail(s, msg)
		}
		st.addDef(name, kind, s)
		st.recordDirective(name, s)
	}
}
