package compile

import (
	"strconv"

	"aioplay/runtime/syntax"
)

// The match statement.
//
// Each case matches a copy of the subject (DUP_TOP), except the last one,
// which consumes the subject itself. A pattern consumes its subject from
// the top of the stack. Values captured by names are kept on the stack
// until the whole pattern has matched, and only then stored, so a failed
// case binds nothing. Captures live below the items the matcher still
// works on: a new capture is moved under them with ROT_N.
//
// When a test fails, the stack holds onTop work items plus the captures
// so far; the failure jumps to failPop[n] (n = onTop + captures), a chain
// of POP_TOPs that ends at the next case.

type patternCtx struct {
	stores           []string // captured names; stores[0] nearest the top
	allowIrrefutable bool
	failPop          []label
	onTop            int
}

func wildcard(p syntax.Pattern) bool {
	a, ok := p.(*syntax.MatchAs)
	return ok && a.Pattern == nil && a.Name == ""
}

func wildcardStar(p syntax.Pattern) bool {
	s, ok := p.(*syntax.MatchStar)
	return ok && s.Name == ""
}

func (c *compiler) compileMatch(s *syntax.Match) {
	c.visitExpr(s.Subject)
	end := c.newLabel()
	cases := len(s.Cases)
	hasDefault := cases > 1 && wildcard(s.Cases[cases-1].Pattern)
	n := cases
	if hasDefault {
		n--
	}
	for i := 0; i < n; i++ {
		m := s.Cases[i]
		c.setLoc(m.Pattern)
		if i != n-1 {
			c.op(DUP_TOP)
		}
		pc := &patternCtx{allowIrrefutable: m.Guard != nil || i == cases-1}
		c.compilePattern(m.Pattern, pc)
		for _, name := range pc.stores {
			c.nameOp(name, syntax.Store)
		}
		if m.Guard != nil {
			c.ensureFailPop(pc, 0)
			c.jumpIf(m.Guard, pc.failPop[0], false)
		}
		if i != n-1 {
			c.op(POP_TOP)
		}
		c.visitStmts(m.Body)
		c.noLoc()
		c.jump(JUMP, end)
		c.setLoc(m.Pattern)
		c.emitFailPop(pc)
	}
	if hasDefault {
		m := s.Cases[cases-1]
		c.setLoc(m.Pattern)
		if cases == 1 {
			c.op(POP_TOP)
		}
		if m.Guard != nil {
			c.jumpIf(m.Guard, end, false)
		}
		c.visitStmts(m.Body)
	}
	c.bind(end)
}

func (c *compiler) ensureFailPop(pc *patternCtx, n int) {
	for len(pc.failPop) <= n {
		pc.failPop = append(pc.failPop, c.newLabel())
	}
}

// jumpToFailPop emits op (a conditional or plain jump) to the failure
// path for the current stack state.
func (c *compiler) jumpToFailPop(pc *patternCtx, op Opcode) {
	pops := pc.onTop + len(pc.stores)
	c.ensureFailPop(pc, pops)
	c.jump(op, pc.failPop[pops])
}

// emitFailPop emits the failure chain: failPop[n] pops n items.
func (c *compiler) emitFailPop(pc *patternCtx) {
	if len(pc.failPop) == 0 {
		return
	}
	for i := len(pc.failPop) - 1; i > 0; i-- {
		c.bind(pc.failPop[i])
		c.op(POP_TOP)
	}
	c.bind(pc.failPop[0])
	pc.failPop = nil
}

func (c *compiler) rotate(count int) {
	if count > 1 {
		c.emit(ROT_N, int32(count))
	}
}

func (c *compiler) storeCapture(name string, pc *patternCtx, p syntax.Node) {
	if name == "" {
		c.op(POP_TOP)
		return
	}
	for _, s := range pc.stores {
		if s == name {
			c.fail(p, "multiple assignments to name '"+name+"' in pattern")
		}
	}
	c.rotate(pc.onTop + len(pc.stores) + 1)
	pc.stores = append(pc.stores, name)
}

func (c *compiler) compilePattern(p syntax.Pattern, pc *patternCtx) {
	old := c.setLoc(p)
	defer func() { c.u.loc = old }()
	switch p := p.(type) {
	case *syntax.MatchValue:
		c.visitExpr(p.Value)
		c.emit(COMPARE_OP, CmpEQ)
		c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	case *syntax.MatchSingleton:
		c.loadConst(p.Value)
		c.emit(IS_OP, 0)
		c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	case *syntax.MatchSequence:
		c.patternSequence(p, pc)
	case *syntax.MatchMapping:
		c.patternMapping(p, pc)
	case *syntax.MatchClass:
		c.patternClass(p, pc)
	case *syntax.MatchStar:
		c.storeCapture(p.Name, pc, p)
	case *syntax.MatchAs:
		if p.Pattern == nil {
			if !pc.allowIrrefutable {
				if p.Name != "" {
					c.fail(p, "name capture '"+p.Name+"' makes remaining patterns unreachable")
				}
				c.fail(p, "wildcard makes remaining patterns unreachable")
			}
			c.storeCapture(p.Name, pc, p)
			return
		}
		pc.onTop++
		c.op(DUP_TOP)
		c.compilePattern(p.Pattern, pc)
		pc.onTop--
		c.storeCapture(p.Name, pc, p)
	case *syntax.MatchOr:
		c.patternOr(p, pc)
	default:
		panic("compile: unknown pattern")
	}
}

func (c *compiler) subpattern(p syntax.Pattern, pc *patternCtx) {
	allow := pc.allowIrrefutable
	pc.allowIrrefutable = true
	c.compilePattern(p, pc)
	pc.allowIrrefutable = allow
}

func (c *compiler) patternSequence(p *syntax.MatchSequence, pc *patternCtx) {
	patterns := p.Patterns
	size := len(patterns)
	star := -1
	onlyWildcard := true
	starWildcard := false
	for i, q := range patterns {
		if _, ok := q.(*syntax.MatchStar); ok {
			if star >= 0 {
				c.fail(p, "multiple starred names in sequence pattern")
			}
			starWildcard = wildcardStar(q)
			onlyWildcard = onlyWildcard && starWildcard
			star = i
			continue
		}
		onlyWildcard = onlyWildcard && wildcard(q)
	}
	pc.onTop++
	c.op(MATCH_SEQUENCE)
	c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	if star < 0 {
		c.op(GET_LEN)
		c.loadConst(int64(size))
		c.emit(COMPARE_OP, CmpEQ)
		c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	} else if size > 1 {
		c.op(GET_LEN)
		c.loadConst(int64(size - 1))
		c.emit(COMPARE_OP, CmpGE)
		c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	}
	pc.onTop--
	switch {
	case onlyWildcard:
		c.op(POP_TOP)
	case starWildcard:
		c.sequenceSubscr(patterns, star, pc)
	default:
		c.sequenceUnpack(patterns, star, pc)
	}
}

func (c *compiler) sequenceUnpack(patterns []syntax.Pattern, star int, pc *patternCtx) {
	size := len(patterns)
	if star < 0 {
		c.emit(UNPACK_SEQUENCE, int32(size))
	} else {
		c.emit(UNPACK_EX, int32(star+(size-star-1)<<8))
	}
	pc.onTop += size
	for _, q := range patterns {
		pc.onTop--
		c.subpattern(q, pc)
	}
}

// sequenceSubscr matches [a, *_, b] by indexing instead of unpacking.
func (c *compiler) sequenceSubscr(patterns []syntax.Pattern, star int, pc *patternCtx) {
	pc.onTop++
	size := len(patterns)
	for i, q := range patterns {
		if wildcard(q) || i == star {
			continue
		}
		c.op(DUP_TOP)
		if i < star {
			c.loadConst(int64(i))
		} else {
			c.op(GET_LEN)
			c.loadConst(int64(size - i))
			c.emit(BINARY_OP, OpSub)
		}
		c.op(BINARY_SUBSCR)
		c.subpattern(q, pc)
	}
	pc.onTop--
	c.op(POP_TOP)
}

func (c *compiler) patternMapping(p *syntax.MatchMapping, pc *patternCtx) {
	keys := p.Keys
	size := len(keys)
	pc.onTop++
	c.op(MATCH_MAPPING)
	c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	if size == 0 && p.Rest == "" {
		pc.onTop--
		c.op(POP_TOP)
		return
	}
	if size > 0 {
		c.op(GET_LEN)
		c.loadConst(int64(size))
		c.emit(COMPARE_OP, CmpGE)
		c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	}
	seen := map[string]bool{}
	for _, k := range keys {
		if kc, ok := k.(*syntax.Constant); ok {
			key := constKey(constValue(kc.Value))
			// 1, 1.0 and True are the same key
			switch v := kc.Value.(type) {
			case bool:
				if v {
					key = constKey(int64(1))
				} else {
					key = constKey(int64(0))
				}
			case float64:
				if v == float64(int64(v)) {
					key = constKey(int64(v))
				}
			}
			if seen[key] {
				c.fail(p, "mapping pattern checks duplicate key ("+constRepr(constValue(kc.Value))+")")
			}
			seen[key] = true
		} else if v, ok := constOf(k); ok {
			key := constKey(v)
			if seen[key] {
				c.fail(p, "mapping pattern checks duplicate key ("+constRepr(v)+")")
			}
			seen[key] = true
		} else if _, ok := k.(*syntax.Attribute); !ok {
			c.fail(k, "mapping pattern keys may only match literals and attribute lookups")
		}
		c.visitExpr(k)
	}
	c.emit(BUILD_TUPLE, int32(size))
	c.op(MATCH_KEYS)
	pc.onTop += 2
	c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	// subject keys values
	c.emit(UNPACK_SEQUENCE, int32(size))
	pc.onTop += size - 1
	for _, q := range p.Patterns {
		pc.onTop--
		c.subpattern(q, pc)
	}
	// subject keys
	pc.onTop--
	if p.Rest != "" {
		c.op(COPY_DICT_WITHOUT_KEYS)
		var at syntax.Node = p
		if n := len(p.Patterns); n > 0 {
			at = p.Patterns[n-1] // CPython reports a bad **rest there
		}
		c.storeCapture(p.Rest, pc, at)
	} else {
		c.op(POP_TOP)
	}
	pc.onTop--
	c.op(POP_TOP)
}

func (c *compiler) patternClass(p *syntax.MatchClass, pc *patternCtx) {
	nargs := len(p.Patterns)
	nattrs := len(p.KwdAttrs)
	for i, a := range p.KwdAttrs {
		for j := i + 1; j < nattrs; j++ {
			if p.KwdAttrs[j] == a {
				c.fail(p.KwdPatterns[j], "attribute name repeated in class pattern: "+a)
			}
		}
	}
	c.visitExpr(p.Cls)
	names := make(ConstTuple, nattrs)
	for i, a := range p.KwdAttrs {
		names[i] = a
	}
	c.loadConst(names)
	c.emit(MATCH_CLASS, int32(nargs))
	pc.onTop++
	c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	for i := 0; i < nargs+nattrs; i++ {
		var q syntax.Pattern
		if i < nargs {
			q = p.Patterns[i]
		} else {
			q = p.KwdPatterns[i-nargs]
		}
		if wildcard(q) {
			continue
		}
		c.op(DUP_TOP)
		c.loadConst(int64(i))
		c.op(BINARY_SUBSCR)
		c.subpattern(q, pc)
	}
	pc.onTop--
	c.op(POP_TOP)
}

func (c *compiler) patternOr(p *syntax.MatchOr, pc *patternCtx) {
	end := c.newLabel()
	old := *pc
	var control []string
	for i, alt := range p.Patterns {
		c.setLoc(alt)
		sub := &patternCtx{allowIrrefutable: i == len(p.Patterns)-1 && old.allowIrrefutable}
		c.op(DUP_TOP)
		c.compilePattern(alt, sub)
		if i == 0 {
			control = sub.stores
		} else {
			if len(sub.stores) != len(control) {
				c.fail(alt, "alternative patterns bind different names")
			}
			for ic := len(control) - 1; ic >= 0; ic-- {
				is := -1
				for k, name := range sub.stores {
					if name == control[ic] {
						is = k
					}
				}
				if is < 0 {
					c.fail(alt, "alternative patterns bind different names")
				}
				if is != ic {
					// move stores[:is+1] to position ic-is (and the same on the stack)
					rot := is + 1
					moved := append([]string{}, sub.stores[:rot]...)
					rest := append([]string{}, sub.stores[rot:]...)
					at := ic - is
					sub.stores = append(append(append([]string{}, rest[:at]...), moved...), rest[at:]...)
					for r := 0; r < rot; r++ {
						c.rotate(ic + 1)
					}
				}
			}
		}
		c.jump(JUMP, end)
		c.emitFailPop(sub)
	}
	c.u.loc = spanPos(p)
	*pc = old
	// no alternative matched: pop the subject and fail
	c.op(POP_TOP)
	c.jumpToFailPop(pc, JUMP)
	c.bind(end)
	nrots := len(control) + 1 + pc.onTop + len(pc.stores)
	for _, name := range control {
		c.rotate(nrots)
		for _, s := range pc.stores {
			if s == name {
				c.fail(p, "multiple assignments to name '"+name+"' in pattern")
			}
		}
		pc.stores = append(pc.stores, name)
	}
	c.op(POP_TOP)
}

// constRepr is a short repr of a constant for error messages.
func constRepr(v Const) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(v, 10)
	case string:
		return pyStrRepr(v)
	case []byte:
		return "b" + pyStrRepr(string(v))
	}
	return constString(v)
}
