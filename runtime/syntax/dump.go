package syntax

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
)

// Dump formats a tree exactly as CPython 3.11's ast.dump(node) does
// (no indentation, no attributes).
func Dump(n Node) string {
	d := dumper{}
	d.node(n)
	return d.b.String()
}

// DumpAttributes is like ast.dump(node, include_attributes=True): nodes
// that have positions in CPython also print lineno, col_offset,
// end_lineno and end_col_offset.
func DumpAttributes(n Node) string {
	d := dumper{attrs: true}
	d.node(n)
	return d.b.String()
}

type dumper struct {
	b     strings.Builder
	attrs bool
}

// field is one name=value of a node; skip marks an optional field whose
// value is None, which ast.dump leaves out.
type field struct {
	name  string
	write func()
	skip  bool
}

func (d *dumper) node(n Node) {
	name, fields, hasAttrs := d.describe(n)
	d.b.WriteString(name)
	d.b.WriteByte('(')
	first := true
	for _, f := range fields {
		if f.skip {
			continue
		}
		if !first {
			d.b.WriteString(", ")
		}
		first = false
		d.b.WriteString(f.name)
		d.b.WriteByte('=')
		f.write()
	}
	if d.attrs && hasAttrs {
		s := n.Span()
		for _, a := range [...]struct {
			k string
			v int32
		}{{"lineno", s.Pos.Line}, {"col_offset", s.Pos.Col}, {"end_lineno", s.End.Line}, {"end_col_offset", s.End.Col}} {
			if !first {
				d.b.WriteString(", ")
			}
			first = false
			d.b.WriteString(a.k)
			d.b.WriteByte('=')
			d.b.WriteString(strconv.Itoa(int(a.v)))
		}
	}
	d.b.WriteByte(')')
}

func (d *dumper) expr(e Expr) func() {
	return func() {
		if e == nil {
			d.b.WriteString("None")
		} else {
			d.node(e)
		}
	}
}

func (d *dumper) optExpr(name string, e Expr) field {
	return field{name: name, write: d.expr(e), skip: e == nil}
}

func (d *dumper) exprs(list []Expr) func() {
	return func() {
		d.b.WriteByte('[')
		for i, e := range list {
			if i > 0 {
				d.b.WriteString(", ")
			}
			d.expr(e)()
		}
		d.b.WriteByte(']')
	}
}

func (d *dumper) stmts(list []Stmt) func() {
	return func() {
		d.b.WriteByte('[')
		for i, s := range list {
			if i > 0 {
				d.b.WriteString(", ")
			}
			d.node(s)
		}
		d.b.WriteByte(']')
	}
}

func (d *dumper) patterns(list []Pattern) func() {
	return func() {
		d.b.WriteByte('[')
		for i, p := range list {
			if i > 0 {
				d.b.WriteString(", ")
			}
			d.node(p)
		}
		d.b.WriteByte(']')
	}
}

func nodes[T Node](d *dumper, list []T) func() {
	return func() {
		d.b.WriteByte('[')
		for i, n := range list {
			if i > 0 {
				d.b.WriteString(", ")
			}
			d.node(n)
		}
		d.b.WriteByte(']')
	}
}

func (d *dumper) str(s string) func() {
	return func() { d.b.WriteString(reprStr(s)) }
}

func (d *dumper) optStr(name, s string) field {
	return field{name: name, write: d.str(s), skip: s == ""}
}

func (d *dumper) strs(list []string) func() {
	return func() {
		d.b.WriteByte('[')
		for i, s := range list {
			if i > 0 {
				d.b.WriteString(", ")
			}
			d.b.WriteString(reprStr(s))
		}
		d.b.WriteByte(']')
	}
}

func (d *dumper) int(v int) func() {
	return func() { d.b.WriteString(strconv.Itoa(v)) }
}

func (d *dumper) raw(s string) func() {
	return func() { d.b.WriteString(s) }
}

func (d *dumper) optArg(name string, a *Arg) field {
	return field{name: name, write: func() { d.node(a) }, skip: a == nil}
}

func (d *dumper) optPattern(name string, p Pattern) field {
	return field{name: name, write: func() { d.node(p) }, skip: p == nil}
}

func (d *dumper) ctx(c ExprContext) field {
	return field{name: "ctx", write: d.raw(c.String() + "()")}
}

// describe returns a node's class name, fields, and whether it has
// position attributes in CPython.
func (d *dumper) describe(n Node) (string, []field, bool) {
	f := func(name string, w func()) field { return field{name: name, write: w} }
	switch x := n.(type) {
	case *Module:
		return "Module", []field{f("body", d.stmts(x.Body)), f("type_ignores", d.raw("[]"))}, false
	case *FunctionDef:
		return "FunctionDef", []field{f("name", d.str(x.Name)), f("args", func() { d.node(x.Args) }),
			f("body", d.stmts(x.Body)), f("decorator_list", d.exprs(x.DecoratorList)), d.optExpr("returns", x.Returns)}, true
	case *AsyncFunctionDef:
		return "AsyncFunctionDef", []field{f("name", d.str(x.Name)), f("args", func() { d.node(x.Args) }),
			f("body", d.stmts(x.Body)), f("decorator_list", d.exprs(x.DecoratorList)), d.optExpr("returns", x.Returns)}, true
	case *ClassDef:
		return "ClassDef", []field{f("name", d.str(x.Name)), f("bases", d.exprs(x.Bases)),
			f("keywords", nodes(d, x.Keywords)), f("body", d.stmts(x.Body)), f("decorator_list", d.exprs(x.DecoratorList))}, true
	case *Return:
		return "Return", []field{d.optExpr("value", x.Value)}, true
	case *Delete:
		return "Delete", []field{f("targets", d.exprs(x.Targets))}, true
	case *Assign:
		return "Assign", []field{f("targets", d.exprs(x.Targets)), f("value", d.expr(x.Value))}, true
	case *AugAssign:
		return "AugAssign", []field{f("target", d.expr(x.Target)), f("op", d.raw(x.Op.Name()+"()")), f("value", d.expr(x.Value))}, true
	case *AnnAssign:
		return "AnnAssign", []field{f("target", d.expr(x.Target)), f("annotation", d.expr(x.Annotation)),
			d.optExpr("value", x.Value), f("simple", d.int(x.Simple))}, true
	case *For:
		return "For", []field{f("target", d.expr(x.Target)), f("iter", d.expr(x.Iter)), f("body", d.stmts(x.Body)), f("orelse", d.stmts(x.Orelse))}, true
	case *AsyncFor:
		return "AsyncFor", []field{f("target", d.expr(x.Target)), f("iter", d.expr(x.Iter)), f("body", d.stmts(x.Body)), f("orelse", d.stmts(x.Orelse))}, true
	case *While:
		return "While", []field{f("test", d.expr(x.Test)), f("body", d.stmts(x.Body)), f("orelse", d.stmts(x.Orelse))}, true
	case *If:
		return "If", []field{f("test", d.expr(x.Test)), f("body", d.stmts(x.Body)), f("orelse", d.stmts(x.Orelse))}, true
	case *With:
		return "With", []field{f("items", nodes(d, x.Items)), f("body", d.stmts(x.Body))}, true
	case *AsyncWith:
		return "AsyncWith", []field{f("items", nodes(d, x.Items)), f("body", d.stmts(x.Body))}, true
	case *Match:
		return "Match", []field{f("subject", d.expr(x.Subject)), f("cases", nodes(d, x.Cases))}, true
	case *Raise:
		return "Raise", []field{d.optExpr("exc", x.Exc), d.optExpr("cause", x.Cause)}, true
	case *Try:
		return "Try", []field{f("body", d.stmts(x.Body)), f("handlers", nodes(d, x.Handlers)), f("orelse", d.stmts(x.Orelse)), f("finalbody", d.stmts(x.Finalbody))}, true
	case *TryStar:
		return "TryStar", []field{f("body", d.stmts(x.Body)), f("handlers", nodes(d, x.Handlers)), f("orelse", d.stmts(x.Orelse)), f("finalbody", d.stmts(x.Finalbody))}, true
	case *Assert:
		return "Assert", []field{f("test", d.expr(x.Test)), d.optExpr("msg", x.Msg)}, true
	case *Import:
		return "Import", []field{f("names", nodes(d, x.Names))}, true
	case *ImportFrom:
		return "ImportFrom", []field{d.optStr("module", x.Module), f("names", nodes(d, x.Names)), f("level", d.int(x.Level))}, true
	case *Global:
		return "Global", []field{f("names", d.strs(x.Names))}, true
	case *Nonlocal:
		return "Nonlocal", []field{f("names", d.strs(x.Names))}, true
	case *ExprStmt:
		return "Expr", []field{f("value", d.expr(x.Value))}, true
	case *Pass:
		return "Pass", nil, true
	case *Break:
		return "Break", nil, true
	case *Continue:
		return "Continue", nil, true
	case *BoolOp:
		return "BoolOp", []field{f("op", d.raw(x.Op.Name()+"()")), f("values", d.exprs(x.Values))}, true
	case *NamedExpr:
		return "NamedExpr", []field{f("target", d.expr(x.Target)), f("value", d.expr(x.Value))}, true
	case *BinOp:
		return "BinOp", []field{f("left", d.expr(x.Left)), f("op", d.raw(x.Op.Name()+"()")), f("right", d.expr(x.Right))}, true
	case *UnaryOp:
		return "UnaryOp", []field{f("op", d.raw(x.Op.Name()+"()")), f("operand", d.expr(x.Operand))}, true
	case *Lambda:
		return "Lambda", []field{f("args", func() { d.node(x.Args) }), f("body", d.expr(x.Body))}, true
	case *IfExp:
		return "IfExp", []field{f("test", d.expr(x.Test)), f("body", d.expr(x.Body)), f("orelse", d.expr(x.Orelse))}, true
	case *Dict:
		return "Dict", []field{f("keys", d.exprs(x.Keys)), f("values", d.exprs(x.Values))}, true
	case *Set:
		return "Set", []field{f("elts", d.exprs(x.Elts))}, true
	case *ListComp:
		return "ListComp", []field{f("elt", d.expr(x.Elt)), f("generators", nodes(d, x.Generators))}, true
	case *SetComp:
		return "SetComp", []field{f("elt", d.expr(x.Elt)), f("generators", nodes(d, x.Generators))}, true
	case *DictComp:
		return "DictComp", []field{f("key", d.expr(x.Key)), f("value", d.expr(x.Value)), f("generators", nodes(d, x.Generators))}, true
	case *GeneratorExp:
		return "GeneratorExp", []field{f("elt", d.expr(x.Elt)), f("generators", nodes(d, x.Generators))}, true
	case *Await:
		return "Await", []field{f("value", d.expr(x.Value))}, true
	case *Yield:
		return "Yield", []field{d.optExpr("value", x.Value)}, true
	case *YieldFrom:
		return "YieldFrom", []field{f("value", d.expr(x.Value))}, true
	case *Compare:
		return "Compare", []field{f("left", d.expr(x.Left)), f("ops", func() {
			d.b.WriteByte('[')
			for i, op := range x.Ops {
				if i > 0 {
					d.b.WriteString(", ")
				}
				d.b.WriteString(op.Name() + "()")
			}
			d.b.WriteByte(']')
		}), f("comparators", d.exprs(x.Comparators))}, true
	case *Call:
		return "Call", []field{f("func", d.expr(x.Func)), f("args", d.exprs(x.Args)), f("keywords", nodes(d, x.Keywords))}, true
	case *FormattedValue:
		return "FormattedValue", []field{f("value", d.expr(x.Value)), f("conversion", d.int(x.Conversion)), d.optExpr("format_spec", x.FormatSpec)}, true
	case *JoinedStr:
		return "JoinedStr", []field{f("values", d.exprs(x.Values))}, true
	case *Constant:
		return "Constant", []field{f("value", d.raw(reprConstant(x.Value))), d.optStr("kind", x.Kind)}, true
	case *Attribute:
		return "Attribute", []field{f("value", d.expr(x.Value)), f("attr", d.str(x.Attr)), d.ctx(x.Ctx)}, true
	case *Subscript:
		return "Subscript", []field{f("value", d.expr(x.Value)), f("slice", d.expr(x.Slice)), d.ctx(x.Ctx)}, true
	case *Starred:
		return "Starred", []field{f("value", d.expr(x.Value)), d.ctx(x.Ctx)}, true
	case *Name:
		return "Name", []field{f("id", d.str(x.Id)), d.ctx(x.Ctx)}, true
	case *List:
		return "List", []field{f("elts", d.exprs(x.Elts)), d.ctx(x.Ctx)}, true
	case *Tuple:
		return "Tuple", []field{f("elts", d.exprs(x.Elts)), d.ctx(x.Ctx)}, true
	case *Slice:
		return "Slice", []field{d.optExpr("lower", x.Lower), d.optExpr("upper", x.Upper), d.optExpr("step", x.Step)}, true
	case *Comprehension:
		return "comprehension", []field{f("target", d.expr(x.Target)), f("iter", d.expr(x.Iter)), f("ifs", d.exprs(x.Ifs)), f("is_async", d.int(x.IsAsync))}, false
	case *ExceptHandler:
		return "ExceptHandler", []field{d.optExpr("type", x.Type), d.optStr("name", x.Name), f("body", d.stmts(x.Body))}, true
	case *Arguments:
		return "arguments", []field{f("posonlyargs", nodes(d, x.Posonlyargs)), f("args", nodes(d, x.Args)), d.optArg("vararg", x.Vararg),
			f("kwonlyargs", nodes(d, x.Kwonlyargs)), f("kw_defaults", d.exprs(x.KwDefaults)), d.optArg("kwarg", x.Kwarg),
			f("defaults", d.exprs(x.Defaults))}, false
	case *Arg:
		return "arg", []field{f("arg", d.str(x.Arg)), d.optExpr("annotation", x.Annotation)}, true
	case *Keyword:
		return "keyword", []field{d.optStr("arg", x.Arg), f("value", d.expr(x.Value))}, true
	case *Alias:
		return "alias", []field{f("name", d.str(x.Name)), d.optStr("asname", x.Asname)}, true
	case *WithItem:
		return "withitem", []field{f("context_expr", d.expr(x.ContextExpr)), d.optExpr("optional_vars", x.OptionalVars)}, false
	case *MatchCase:
		return "match_case", []field{f("pattern", func() { d.node(x.Pattern) }), d.optExpr("guard", x.Guard), f("body", d.stmts(x.Body))}, false
	case *MatchValue:
		return "MatchValue", []field{f("value", d.expr(x.Value))}, true
	case *MatchSingleton:
		return "MatchSingleton", []field{f("value", d.raw(reprConstant(x.Value)))}, true
	case *MatchSequence:
		return "MatchSequence", []field{f("patterns", d.patterns(x.Patterns))}, true
	case *MatchMapping:
		return "MatchMapping", []field{f("keys", d.exprs(x.Keys)), f("patterns", d.patterns(x.Patterns)), d.optStr("rest", x.Rest)}, true
	case *MatchClass:
		return "MatchClass", []field{f("cls", d.expr(x.Cls)), f("patterns", d.patterns(x.Patterns)),
			f("kwd_attrs", d.strs(x.KwdAttrs)), f("kwd_patterns", d.patterns(x.KwdPatterns))}, true
	case *MatchStar:
		return "MatchStar", []field{d.optStr("name", x.Name)}, true
	case *MatchAs:
		return "MatchAs", []field{d.optPattern("pattern", x.Pattern), d.optStr("name", x.Name)}, true
	case *MatchOr:
		return "MatchOr", []field{f("patterns", d.patterns(x.Patterns))}, true
	}
	return "?", nil, false
}

// reprConstant formats a Constant value as Python's repr().
func reprConstant(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(x, 10)
	case *big.Int:
		return x.String()
	case float64:
		return reprFloat(x)
	case complex128:
		im := reprFloat(imag(x))
		im = strings.TrimSuffix(im, ".0")
		if real(x) == 0 && !math.Signbit(real(x)) {
			return im + "j"
		}
		re := strings.TrimSuffix(reprFloat(real(x)), ".0")
		if imag(x) >= 0 || math.IsNaN(imag(x)) {
			im = "+" + im
		}
		return "(" + re + im + "j)"
	case string:
		return reprStr(x)
	case []byte:
		return reprBytes(x)
	case Ellipsis:
		return "Ellipsis"
	}
	return "?"
}

// reprFloat formats f as Python's float repr.
func reprFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±XX
	mant, exp, _ := strings.Cut(s, "e")
	e, _ := strconv.Atoi(exp)
	neg := strings.HasPrefix(mant, "-")
	mant = strings.TrimPrefix(mant, "-")
	digits := strings.Replace(mant, ".", "", 1)
	sign := ""
	if neg {
		sign = "-"
	}
	if e < -4 || e >= 16 {
		m := digits[:1]
		if len(digits) > 1 {
			m += "." + digits[1:]
		}
		es := strconv.Itoa(abs(e))
		if len(es) < 2 {
			es = "0" + es
		}
		if e < 0 {
			return sign + m + "e-" + es
		}
		return sign + m + "e+" + es
	}
	if e < 0 {
		return sign + "0." + strings.Repeat("0", -e-1) + digits
	}
	if len(digits) <= e+1 {
		return sign + digits + strings.Repeat("0", e+1-len(digits)) + ".0"
	}
	return sign + digits[:e+1] + "." + digits[e+1:]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// reprStr formats s (WTF-8) as Python's str repr.
func reprStr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, n := DecodeRune(s[i:])
		i += n
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < ' ' || r == 0x7f:
			b.WriteString(`\x` + hex2(int(r)))
		case r < 0x80:
			b.WriteByte(byte(r))
		case isPrintable(r):
			b.WriteRune(r)
		case r < 0x100:
			b.WriteString(`\x` + hex2(int(r)))
		case r < 0x10000:
			h := strconv.FormatInt(int64(r), 16)
			b.WriteString(`\u` + strings.Repeat("0", 4-len(h)) + h)
		default:
			h := strconv.FormatInt(int64(r), 16)
			b.WriteString(`\U` + strings.Repeat("0", 8-len(h)) + h)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// isPrintable approximates Python's str.isprintable for one character.
func isPrintable(r rune) bool {
	if r >= 0xD800 && r <= 0xDFFF {
		return false
	}
	return unicode.IsPrint(r)
}

func hex2(v int) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[v>>4&0xF], digits[v&0xF]})
}

// reprBytes formats b as Python's bytes repr.
func reprBytes(bs []byte) string {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	for _, c := range bs {
		hasSingle = hasSingle || c == '\''
		hasDouble = hasDouble || c == '"'
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(quote)
	for _, c := range bs {
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			b.WriteString(`\x` + hex2(int(c)))
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}
