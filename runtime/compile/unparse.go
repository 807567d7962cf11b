package compile

import (
	"strings"

	"aioplay/runtime/syntax"
)

// unparse renders an expression as source text, like CPython's
// ast.unparse, for annotations under `from __future__ import annotations`.
// It covers the expressions annotations use; anything else is rendered
// in a reasonable, not necessarily identical, form.
func unparse(e syntax.Expr) string {
	var b strings.Builder
	unparseTo(&b, e, precTest)
	return b.String()
}

// Operator precedences (lowest first), as in Lib/ast.py.
const (
	precTuple = iota
	precYield
	precTest
	precOr
	precAnd
	precNot
	precCmp
	precBor
	precBxor
	precBand
	precShift
	precArith
	precTerm
	precFactor
	precPower
	precAwait
	precAtom
)

var binPrec = map[syntax.Operator]int{
	syntax.BitOr: precBor, syntax.BitXor: precBxor, syntax.BitAnd: precBand,
	syntax.LShift: precShift, syntax.RShift: precShift,
	syntax.Add: precArith, syntax.Sub: precArith,
	syntax.Mult: precTerm, syntax.MatMult: precTerm, syntax.Div: precTerm, syntax.Mod: precTerm, syntax.FloorDiv: precTerm,
	syntax.Pow: precPower,
}

func unparseTo(b *strings.Builder, e syntax.Expr, prec int) {
	paren := func(p int, f func()) {
		if prec > p {
			b.WriteByte('(')
			f()
			b.WriteByte(')')
		} else {
			f()
		}
	}
	switch e := e.(type) {
	case *syntax.Name:
		b.WriteString(e.Id)
	case *syntax.Constant:
		if _, ok := e.Value.(syntax.Ellipsis); ok {
			b.WriteString("...")
			return
		}
		b.WriteString(constString(constValue(e.Value)))
	case *syntax.Attribute:
		unparseTo(b, e.Value, precAtom)
		b.WriteString("." + e.Attr)
	case *syntax.Subscript:
		unparseTo(b, e.Value, precAtom)
		b.WriteByte('[')
		if t, ok := e.Slice.(*syntax.Tuple); ok && len(t.Elts) > 0 {
			unparseSeq(b, t.Elts)
			if len(t.Elts) == 1 {
				b.WriteByte(',')
			}
		} else {
			unparseTo(b, e.Slice, precTuple)
		}
		b.WriteByte(']')
	case *syntax.Tuple:
		if len(e.Elts) == 0 {
			b.WriteString("()")
			return
		}
		b.WriteByte('(')
		unparseSeq(b, e.Elts)
		if len(e.Elts) == 1 {
			b.WriteByte(',')
		}
		b.WriteByte(')')
	case *syntax.List:
		b.WriteByte('[')
		unparseSeq(b, e.Elts)
		b.WriteByte(']')
	case *syntax.Set:
		b.WriteByte('{')
		unparseSeq(b, e.Elts)
		b.WriteByte('}')
	case *syntax.Dict:
		b.WriteByte('{')
		for i := range e.Values {
			if i > 0 {
				b.WriteString(", ")
			}
			if e.Keys[i] == nil {
				b.WriteString("**")
				unparseTo(b, e.Values[i], precBor)
			} else {
				unparseTo(b, e.Keys[i], precTest)
				b.WriteString(": ")
				unparseTo(b, e.Values[i], precTest)
			}
		}
		b.WriteByte('}')
	case *syntax.BinOp:
		p := binPrec[e.Op]
		paren(p, func() {
			left, right := p, p+1
			if e.Op == syntax.Pow {
				left, right = p+1, p
			}
			unparseTo(b, e.Left, left)
			b.WriteString(" " + e.Op.String() + " ")
			unparseTo(b, e.Right, right)
		})
	case *syntax.UnaryOp:
		p := precFactor
		if e.Op == syntax.Not {
			p = precNot
		}
		paren(p, func() {
			b.WriteString(e.Op.String())
			if e.Op == syntax.Not {
				b.WriteByte(' ')
			}
			unparseTo(b, e.Operand, p)
		})
	case *syntax.BoolOp:
		p := precAnd
		if e.Op == syntax.Or {
			p = precOr
		}
		paren(p, func() {
			for i, v := range e.Values {
				if i > 0 {
					b.WriteString(" " + e.Op.String() + " ")
				}
				unparseTo(b, v, p+1)
			}
		})
	case *syntax.Compare:
		paren(precCmp, func() {
			unparseTo(b, e.Left, precCmp+1)
			for i, op := range e.Ops {
				b.WriteString(" " + op.String() + " ")
				unparseTo(b, e.Comparators[i], precCmp+1)
			}
		})
	case *syntax.Call:
		unparseTo(b, e.Func, precAtom)
		b.WriteByte('(')
		n := 0
		for _, a := range e.Args {
			if n > 0 {
				b.WriteString(", ")
			}
			unparseTo(b, a, precTest)
			n++
		}
		for _, k := range e.Keywords {
			if n > 0 {
				b.WriteString(", ")
			}
			if k.Arg == "" {
				b.WriteString("**")
			} else {
				b.WriteString(k.Arg + "=")
			}
			unparseTo(b, k.Value, precTest)
			n++
		}
		b.WriteByte(')')
	case *syntax.Starred:
		b.WriteByte('*')
		unparseTo(b, e.Value, precBor)
	case *syntax.Slice:
		if e.Lower != nil {
			unparseTo(b, e.Lower, precTest)
		}
		b.WriteByte(':')
		if e.Upper != nil {
			unparseTo(b, e.Upper, precTest)
		}
		if e.Step != nil {
			b.WriteByte(':')
			unparseTo(b, e.Step, precTest)
		}
	case *syntax.IfExp:
		paren(precTest, func() {
			unparseTo(b, e.Body, precTest+1)
			b.WriteString(" if ")
			unparseTo(b, e.Test, precTest+1)
			b.WriteString(" else ")
			unparseTo(b, e.Orelse, precTest)
		})
	case *syntax.Await:
		paren(precAwait, func() {
			b.WriteString("await ")
			unparseTo(b, e.Value, precAtom)
		})
	case *syntax.JoinedStr:
		b.WriteString("f" + pyStrRepr(joinedText(e)))
	default:
		b.WriteString("...")
	}
}

func unparseSeq(b *strings.Builder, elts []syntax.Expr) {
	for i, x := range elts {
		if i > 0 {
			b.WriteString(", ")
		}
		unparseTo(b, x, precTest)
	}
}

// joinedText renders the body of an f-string (approximately).
func joinedText(e *syntax.JoinedStr) string {
	var b strings.Builder
	for _, v := range e.Values {
		switch v := v.(type) {
		case *syntax.Constant:
			if s, ok := v.Value.(string); ok {
				b.WriteString(strings.NewReplacer("{", "{{", "}", "}}").Replace(s))
			}
		case *syntax.FormattedValue:
			b.WriteString("{" + unparse(v.Value))
			if v.Conversion > 0 {
				b.WriteString("!" + string(rune(v.Conversion)))
			}
			if spec, ok := v.FormatSpec.(*syntax.JoinedStr); ok {
				b.WriteString(":" + joinedText(spec))
			}
			b.WriteString("}")
		}
	}
	return b.String()
}
