package syntax

import "strconv"

// Statements.

func (p *parser) module() *Module {
	m := &Module{Body: []Stmt{}}
	for p.kind() != EOF {
		m.Body = p.statement(m.Body)
	}
	if len(m.Body) > 0 {
		m.Loc = Loc{Pos: m.Body[0].Span().Pos, End: m.Body[len(m.Body)-1].Span().End}
	}
	return m
}

// evalInput parses `expressions NEWLINE* ENDMARKER`.
func (p *parser) evalInput() Expr {
	e := p.expressions()
	for p.kind() == NEWLINE {
		p.next()
	}
	if p.kind() != EOF {
		p.syntaxError()
	}
	return e
}

// statement parses one statement (a compound statement or a line of
// simple statements) and appends it to body.
func (p *parser) statement(body []Stmt) []Stmt {
	p.groups = p.groups[:0]
	t := p.tok()
	switch t.Kind {
	case kwIf:
		return append(body, p.ifStmt())
	case kwWhile:
		return append(body, p.whileStmt())
	case kwFor:
		return append(body, p.forStmt(nil))
	case kwWith:
		return append(body, p.withStmt(nil))
	case kwTry:
		return append(body, p.tryStmt())
	case kwDef:
		return append(body, p.funcDef(nil, nil))
	case kwClass:
		return append(body, p.classDef(nil))
	case AT:
		return append(body, p.decorated())
	case kwAsync:
		switch p.peek(1) {
		case kwDef:
			return append(body, p.funcDef(nil, p.next()))
		case kwFor:
			return append(body, p.forStmt(p.next()))
		case kwWith:
			return append(body, p.withStmt(p.next()))
		}
		p.next()
		p.syntaxError()
	case NAME:
		if t.Text == "match" {
			if s := p.matchStmt(); s != nil {
				return append(body, s)
			}
		}
	case INDENT, DEDENT:
		p.syntaxError()
	}
	return p.simpleStmts(body)
}

// simpleStmts parses simple_stmt (';' simple_stmt)* [';'] NEWLINE.
func (p *parser) simpleStmts(body []Stmt) []Stmt {
	for {
		p.groups = p.groups[:0]
		body = append(body, p.simpleStmt())
		if p.accept(SEMI) {
			if p.kind() == NEWLINE {
				break
			}
			continue
		}
		break
	}
	if p.kind() != NEWLINE {
		if _, ok := body[len(body)-1].(*ExprStmt); ok {
			p.lookaheadExpression()
		}
		p.syntaxError()
	}
	p.next()
	return body
}

func (p *parser) simpleStmt() Stmt {
	t := p.tok()
	start := t.Pos
	switch t.Kind {
	case kwPass:
		p.next()
		return &Pass{Loc: p.loc(start)}
	case kwBreak:
		p.next()
		return &Break{Loc: p.loc(start)}
	case kwContinue:
		p.next()
		return &Continue{Loc: p.loc(start)}
	case kwReturn:
		p.next()
		r := &Return{}
		if p.startsExpression() {
			r.Value = p.starExpressions()
		}
		r.Loc = p.loc(start)
		return r
	case kwRaise:
		p.next()
		r := &Raise{}
		if p.startsExpression() {
			r.Exc = p.expression()
			if p.accept(kwFrom) {
				r.Cause = p.expression()
			}
		}
		r.Loc = p.loc(start)
		return r
	case kwGlobal, kwNonlocal:
		p.next()
		var names []string
		for {
			names = append(names, p.expect(NAME).Text)
			if !p.accept(COMMA) {
				break
			}
		}
		if t.Kind == kwGlobal {
			return &Global{Loc: p.loc(start), Names: names}
		}
		return &Nonlocal{Loc: p.loc(start), Names: names}
	case kwDel:
		p.next()
		return p.delStmt(start)
	case kwAssert:
		p.next()
		a := &Assert{Test: p.expression()}
		if p.accept(COMMA) {
			a.Msg = p.expression()
		}
		a.Loc = p.loc(start)
		return a
	case kwImport:
		return p.importStmt()
	case kwFrom:
		return p.importFrom()
	}
	return p.exprStmt()
}

func (p *parser) delStmt(start Pos) Stmt {
	var targets []Expr
	for {
		e := p.starTarget()
		targets = append(targets, e)
		if !p.accept(COMMA) {
			break
		}
		if k := p.kind(); k == NEWLINE || k == SEMI {
			break
		}
	}
	for _, e := range targets {
		p.setContext(e, Del, delTargets)
	}
	return &Delete{Loc: p.loc(start), Targets: targets}
}

var augOps = map[TokenKind]Operator{
	PLUSEQUAL: Add, MINEQUAL: Sub, STAREQUAL: Mult, ATEQUAL: MatMult, SLASHEQUAL: Div,
	PERCENTEQUAL: Mod, DOUBLESTAREQUAL: Pow, LEFTSHIFTEQUAL: LShift, RIGHTSHIFTEQUAL: RShift,
	VBAREQUAL: BitOr, CIRCUMFLEXEQUAL: BitXor, AMPEREQUAL: BitAnd, DOUBLESLASHEQUAL: FloorDiv,
}

// exprStmt parses an expression statement or an assignment.
func (p *parser) exprStmt() Stmt {
	startTok := p.tok()
	start := startTok.Pos
	var lhs Expr
	if startTok.Kind == kwYield {
		lhs = p.yieldExpr()
	} else {
		lhs = p.starExpressions()
	}
	switch k := p.kind(); k {
	case COLONEQUAL:
		if _, ok := lhs.(*Name); !ok {
			p.errorAtNode(lhs, "cannot use assignment expressions with "+exprName(lhs))
		}
	case EQUAL:
		return p.assignment(lhs, start)
	case COLON:
		return p.annAssign(lhs, start)
	default:
		if op, ok := augOps[k]; ok {
			switch lhs.(type) {
			case *Name, *Attribute, *Subscript:
			default:
				p.errorAtNode(lhs, "'"+exprName(lhs)+"' is an illegal expression for augmented assignment")
			}
			setCtx(lhs, Store)
			p.next()
			v := p.assignValue()
			return &AugAssign{Loc: p.loc(start), Target: lhs, Op: op, Value: v}
		}
	}
	if n, ok := lhs.(*Name); ok && (n.Id == "print" || n.Id == "exec") && p.startsExpression() && !p.isGroup(lhs) {
		p.legacyPrint(n)
	}
	return &ExprStmt{Loc: p.loc(start), Value: lhs}
}

// legacyPrint reports `print x` (CPython's invalid_legacy_expression).
func (p *parser) legacyPrint(n *Name) {
	save, saveLast, saveFurthest := p.i, p.last, p.furthest
	var rest Expr
	func() {
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(bail); !ok {
					panic(r)
				}
				rest = nil
			}
		}()
		rest = p.starExpressions()
	}()
	p.i, p.last, p.furthest = save, saveLast, saveFurthest
	if rest != nil {
		p.fail(n.Pos, rest.Span().End, "Missing parentheses in call to '"+n.Id+"'. Did you mean "+n.Id+"(...)?")
	}
}

// assignValue parses the right side of an assignment.
func (p *parser) assignValue() Expr {
	if p.kind() == kwYield {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

func (p *parser) assignment(lhs Expr, start Pos) Stmt {
	targets := []Expr{lhs}
	var value Expr
	for p.accept(EQUAL) {
		value = p.assignValue()
		if p.kind() == EQUAL {
			targets = append(targets, value)
		}
	}
	for i, t := range targets {
		switch t.(type) {
		case *Yield, *YieldFrom:
			if !p.isGroup(t) || i > 0 {
				p.errorAtNode(t, "assignment to yield expression not possible")
			}
		}
		bad := invalidTarget(t, starTargets)
		if bad == nil {
			setCtx(t, Store)
			continue
		}
		if i == 0 && len(targets) == 1 && p.hereVariant(t, bad) {
			p.errorAtNode(bad, "cannot assign to "+exprName(bad)+" here. Maybe you meant '==' instead of '='?")
		}
		p.errorAtNode(bad, "cannot assign to "+exprName(bad))
	}
	return &Assign{Loc: p.loc(start), Targets: targets, Value: value}
}

// hereVariant decides whether CPython words an invalid assignment target
// as "cannot assign to X here. Maybe you meant '==' instead of '='?":
// the bad target is the statement's target itself or the last element of
// an unparenthesised tuple, and it is a simple (bitwise_or) expression.
func (p *parser) hereVariant(target, bad Expr) bool {
	if tup, ok := target.(*Tuple); ok && !p.isGroup(target) && tup.Pos == tup.Elts[0].Span().Pos {
		if tup.Elts[len(tup.Elts)-1] != bad {
			return false
		}
	} else if target != bad {
		return false
	}
	switch c := bad.(type) {
	case *List, *Tuple, *GeneratorExp:
		return false
	case *Constant:
		if c.Value == nil || c.Value == true || c.Value == false {
			return false
		}
	}
	return isBitwiseOr(bad) || p.isGroup(bad)
}

func (p *parser) annAssign(target Expr, start Pos) Stmt {
	switch target.(type) {
	case *Name, *Attribute, *Subscript:
	default:
		// CPython only blames the target when an annotation follows.
		if p.peek(1) == NEWLINE || p.peek(1) == SEMI {
			p.syntaxError()
		}
	}
	switch target.(type) {
	case *Name, *Attribute, *Subscript:
	case *Tuple:
		p.errorAtNode(target, "only single target (not tuple) can be annotated")
	case *List:
		p.errorAtNode(target, "only single target (not list) can be annotated")
	default:
		p.errorAtNode(target, "illegal target for annotation")
	}
	p.next()
	a := &AnnAssign{Target: target, Annotation: p.expression()}
	setCtx(target, Store)
	if _, ok := target.(*Name); ok && !p.isGroup(target) {
		a.Simple = 1
	}
	if p.accept(EQUAL) {
		a.Value = p.assignValue()
	}
	a.Loc = p.loc(start)
	return a
}

// ---------------------------------------------------------------------------
// Blocks and compound statements

// block parses the body after ':' of a compound statement. what names the
// statement for "expected an indented block after ..." messages.
func (p *parser) block(what string, line int32) []Stmt {
	if p.kind() != NEWLINE {
		return p.simpleStmts(nil)
	}
	p.next()
	if p.kind() != INDENT {
		pos := p.dedentAwarePos()
		p.failKind(KindIndentationError, pos, pos,
			"expected an indented block after "+what+" on line "+strconv.Itoa(int(line)))
	}
	p.next()
	if p.depth++; p.depth > maxDepth {
		p.syntaxError()
	}
	var body []Stmt
	for p.kind() != DEDENT && p.kind() != EOF {
		body = p.statement(body)
	}
	p.depth--
	p.accept(DEDENT)
	return body
}

func lastEnd(body []Stmt) Pos { return body[len(body)-1].Span().End }

// condition parses the named_expression of if/elif/while, reporting
// `if x = 1:` as CPython does.
func (p *parser) condition() Expr {
	e := p.namedExpression()
	if p.kind() == EQUAL {
		p.invalidEquals(e)
	}
	return e
}

func (p *parser) ifStmt() Stmt {
	t := p.next()
	s := &If{Test: p.condition()}
	p.expectHeaderColon()
	s.Body = p.block("'if' statement", t.Pos.Line)
	s.Orelse = p.elseChain()
	end := lastEnd(s.Body)
	if len(s.Orelse) > 0 {
		end = lastEnd(s.Orelse)
	}
	s.Loc = Loc{Pos: t.Pos, End: end}
	return s
}

// elseChain parses the elif/else clauses after an if block.
func (p *parser) elseChain() []Stmt {
	if t := p.tok(); t.Kind == kwElif {
		p.next()
		s := &If{Test: p.condition()}
		p.expectHeaderColon()
		s.Body = p.block("'elif' statement", t.Pos.Line)
		s.Orelse = p.elseChain()
		end := lastEnd(s.Body)
		if len(s.Orelse) > 0 {
			end = lastEnd(s.Orelse)
		}
		s.Loc = Loc{Pos: t.Pos, End: end}
		return []Stmt{s}
	}
	return p.elseBlock()
}

func (p *parser) elseBlock() []Stmt {
	if t := p.tok(); t.Kind == kwElse {
		p.next()
		p.expectColon()
		return p.block("'else' statement", t.Pos.Line)
	}
	return []Stmt{}
}

func (p *parser) whileStmt() Stmt {
	t := p.next()
	test := p.condition()
	p.expectHeaderColon()
	body := p.block("'while' statement", t.Pos.Line)
	orelse := p.elseBlock()
	end := lastEnd(body)
	if len(orelse) > 0 {
		end = lastEnd(orelse)
	}
	return &While{Loc: Loc{Pos: t.Pos, End: end}, Test: test, Body: body, Orelse: orelse}
}

func (p *parser) forStmt(async *Token) Stmt {
	t := p.next()
	start := t.Pos
	if async != nil {
		start = async.Pos
	}
	target := p.starTargets(forTargets)
	if p.kind() != kwIn {
		p.syntaxError()
	}
	p.next()
	iter := p.starExpressions()
	p.expectHeaderColon()
	body := p.block("'for' statement", t.Pos.Line)
	orelse := p.elseBlock()
	end := lastEnd(body)
	if len(orelse) > 0 {
		end = lastEnd(orelse)
	}
	loc := Loc{Pos: start, End: end}
	if async != nil {
		return &AsyncFor{Loc: loc, Target: target, Iter: iter, Body: body, Orelse: orelse}
	}
	return &For{Loc: loc, Target: target, Iter: iter, Body: body, Orelse: orelse}
}

func (p *parser) withStmt(async *Token) Stmt {
	t := p.next()
	start := t.Pos
	if async != nil {
		start = async.Pos
	}
	var items []*WithItem
	if p.kind() == LPAR {
		items = p.tryParenWithItems()
	}
	if items == nil {
		for {
			items = append(items, p.withItem())
			if !p.accept(COMMA) {
				break
			}
		}
		p.expectHeaderColon()
	}
	body := p.block("'with' statement", t.Pos.Line)
	loc := Loc{Pos: start, End: lastEnd(body)}
	if async != nil {
		return &AsyncWith{Loc: loc, Items: items, Body: body}
	}
	return &With{Loc: loc, Items: items, Body: body}
}

// tryParenWithItems parses `'(' with_item, ... [','] ')' ':'`, or returns
// nil (consuming nothing) if the parenthesis belongs to an expression.
func (p *parser) tryParenWithItems() (items []*WithItem) {
	save, saveLast, saveFurthest := p.i, p.last, p.furthest
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bail); !ok {
				panic(r)
			}
			p.i, p.last, p.furthest = save, saveLast, saveFurthest
			items = nil
		}
	}()
	p.next()
	for {
		items = append(items, p.withItem())
		if !p.accept(COMMA) {
			break
		}
		if p.kind() == RPAR {
			break
		}
	}
	p.expect(RPAR)
	if p.kind() != COLON {
		p.syntaxError()
	}
	p.next()
	return items
}

func (p *parser) withItem() *WithItem {
	start := p.tok().Pos
	w := &WithItem{ContextExpr: p.expression()}
	if p.accept(kwAs) {
		target := p.starTarget()
		p.setContext(target, Store, starTargets)
		w.OptionalVars = target
	}
	w.Loc = p.loc(start)
	return w
}

func (p *parser) tryStmt() Stmt {
	t := p.next()
	p.expectColon()
	body := p.block("'try' statement", t.Pos.Line)
	var handlers []*ExceptHandler
	star := -1 // unknown; 0 plain except, 1 except*
	for p.kind() == kwExcept {
		h, isStar := p.exceptHandler()
		s := 0
		if isStar {
			s = 1
		}
		if star >= 0 && s != star {
			p.errorAtNode(h, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		star = s
		handlers = append(handlers, h)
	}
	orelse := []Stmt{}
	if len(handlers) > 0 {
		orelse = p.elseBlock()
	}
	final := []Stmt{}
	if ft := p.tok(); ft.Kind == kwFinally {
		p.next()
		p.expectColon()
		final = p.block("'finally' statement", ft.Pos.Line)
	}
	if len(handlers) == 0 && len(final) == 0 {
		pos := p.dedentAwarePos()
		p.fail(pos, pos, "expected 'except' or 'finally' block")
	}
	var end Pos
	switch {
	case len(final) > 0:
		end = lastEnd(final)
	case len(orelse) > 0:
		end = lastEnd(orelse)
	default:
		end = handlers[len(handlers)-1].End
	}
	loc := Loc{Pos: t.Pos, End: end}
	if handlers == nil {
		handlers = []*ExceptHandler{}
	}
	if star == 1 {
		return &TryStar{Loc: loc, Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}
	}
	return &Try{Loc: loc, Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}
}

func (p *parser) exceptHandler() (*ExceptHandler, bool) {
	t := p.next()
	h := &ExceptHandler{}
	isStar := p.accept(STAR)
	what := "'except' statement"
	if isStar {
		what = "'except*' statement"
		if p.kind() == COLON {
			p.fail(p.tok().Pos, p.tok().End, "expected one or more exception types")
		}
	}
	if p.kind() == NEWLINE {
		p.errorAtToken(p.tok(), "expected ':'")
	}
	if p.kind() != COLON {
		h.Type = p.expression()
		if p.kind() == COMMA {
			tup := p.expressionsAfter(h.Type)
			if p.kind() == COLON || p.kind() == kwAs {
				p.fail(tup.Span().Pos, tup.Span().End, "multiple exception types must be parenthesized")
			}
			p.syntaxError()
		}
		if p.accept(kwAs) {
			h.Name = p.expect(NAME).Text
		}
	}
	p.expectHeaderColon()
	h.Body = p.block(what, t.Pos.Line)
	h.Loc = Loc{Pos: t.Pos, End: lastEnd(h.Body)}
	return h, isStar
}

// expressionsAfter parses `, expr, ...` after first, returning a Tuple.
func (p *parser) expressionsAfter(first Expr) Expr {
	elts := []Expr{first}
	for p.accept(COMMA) {
		if !p.startsExpression() {
			break
		}
		elts = append(elts, p.expression())
	}
	return &Tuple{Loc: p.loc(first.Span().Pos), Elts: elts}
}

// decorated parses decorators and the def or class they decorate.
func (p *parser) decorated() Stmt {
	var decos []Expr
	for p.accept(AT) {
		decos = append(decos, p.namedExpression())
		if p.kind() != NEWLINE {
			p.syntaxError()
		}
		p.next()
	}
	switch p.kind() {
	case kwDef:
		return p.funcDef(decos, nil)
	case kwClass:
		return p.classDef(decos)
	case kwAsync:
		if p.peek(1) == kwDef {
			return p.funcDef(decos, p.next())
		}
	}
	p.syntaxError()
	return nil
}

func (p *parser) funcDef(decos []Expr, async *Token) Stmt {
	t := p.next()
	start := t.Pos
	if async != nil {
		start = async.Pos
	}
	name := p.expect(NAME).Text
	if p.kind() != LPAR {
		p.errorAtToken(p.tok(), "expected '('")
	}
	p.next()
	args := p.parameters(false)
	p.expect(RPAR)
	var returns Expr
	if p.accept(RARROW) {
		returns = p.expression()
	}
	p.expectColon()
	body := p.block("function definition", t.Pos.Line)
	if decos == nil {
		decos = []Expr{}
	}
	loc := Loc{Pos: start, End: lastEnd(body)}
	if async != nil {
		return &AsyncFunctionDef{Loc: loc, Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns}
	}
	return &FunctionDef{Loc: loc, Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns}
}

func (p *parser) classDef(decos []Expr) Stmt {
	t := p.next()
	nameTok := p.expect(NAME)
	c := &ClassDef{Name: nameTok.Text, Bases: []Expr{}, Keywords: []*Keyword{}}
	if p.kind() == LPAR {
		call := p.callArgs(&Name{Loc: Loc{Pos: nameTok.Pos, End: nameTok.End}, Id: nameTok.Text}, nameTok.Pos, false).(*Call)
		if call.Args != nil {
			c.Bases = call.Args
		}
		if call.Keywords != nil {
			c.Keywords = call.Keywords
		}
	}
	p.expectHeaderColon()
	c.Body = p.block("class definition", t.Pos.Line)
	if decos == nil {
		decos = []Expr{}
	}
	c.DecoratorList = decos
	c.Loc = Loc{Pos: t.Pos, End: lastEnd(c.Body)}
	return c
}

// dedentAwarePos is where CPython reports an error at the current token:
// its start, except that a DEDENT before a statement (which has no column
// in CPython) puts the caret one column left of that statement.
func (p *parser) dedentAwarePos() Pos {
	t := p.tok()
	if t.Kind != DEDENT || int(t.Off) == len(p.sc.src) {
		return t.Pos
	}
	return Pos{Line: t.Pos.Line, Col: t.Pos.Col - 1}
}
