package syntax

// import and from-import statements.

func (p *parser) importStmt() Stmt {
	start := p.next().Pos
	imp := &Import{}
	for {
		imp.Names = append(imp.Names, p.dottedAsName())
		if !p.accept(COMMA) {
			break
		}
	}
	imp.Loc = p.loc(start)
	return imp
}

func (p *parser) dottedName() string {
	name := p.expect(NAME).Text
	for p.kind() == DOT {
		p.next()
		name += "." + p.expect(NAME).Text
	}
	return name
}

func (p *parser) dottedAsName() *Alias {
	start := p.tok().Pos
	a := &Alias{Name: p.dottedName()}
	if p.accept(kwAs) {
		a.Asname = p.expect(NAME).Text
	}
	a.Loc = p.loc(start)
	return a
}

func (p *parser) importFrom() Stmt {
	start := p.next().Pos
	imp := &ImportFrom{}
	for {
		if p.accept(DOT) {
			imp.Level++
		} else if p.accept(ELLIPSIS) {
			imp.Level += 3
		} else {
			break
		}
	}
	if p.kind() != kwImport || imp.Level == 0 {
		imp.Module = p.dottedName()
	}
	if p.kind() != kwImport {
		p.syntaxError()
	}
	p.next()
	if t := p.tok(); t.Kind == STAR {
		p.next()
		imp.Names = []*Alias{{Loc: Loc{Pos: t.Pos, End: t.End}, Name: "*"}}
		imp.Loc = p.loc(start)
		return imp
	}
	paren := p.accept(LPAR)
	for {
		t := p.expect(NAME)
		a := &Alias{Name: t.Text}
		if p.accept(kwAs) {
			a.Asname = p.expect(NAME).Text
		}
		a.Loc = p.loc(t.Pos)
		imp.Names = append(imp.Names, a)
		if !p.accept(COMMA) {
			break
		}
		if paren && p.kind() == RPAR {
			break
		}
		if !paren && p.kind() == NEWLINE {
			p.errorAtToken(p.tok(), "trailing comma not allowed without surrounding parentheses")
		}
	}
	if paren {
		p.expect(RPAR)
	}
	imp.Loc = p.loc(start)
	return imp
}
