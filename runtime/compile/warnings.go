package compile

import (
	"math/big"

	"aioplay/runtime/syntax"
)

// Compile-time warnings. CPython's compiler reports a few likely mistakes
// as SyntaxWarning while compiling (they print before the program runs,
// as "main.py:2: SyntaxWarning: ..." followed by the source line).

// Warning is a compile-time warning.
type Warning struct {
	Pos      syntax.Pos
	End      syntax.Pos
	Category string // "SyntaxWarning"
	Msg      string
}

// CompileWarnings is Compile that also returns the warnings, in source
// order of emission, each (line, message) pair once.
func CompileWarnings(mod *syntax.Module, filename string, mode Mode, flags ...Flags) (*Code, []Warning, error) {
	var ws []Warning
	code, err := compileWith(mod, filename, mode, &ws, flags...)
	return code, ws, err
}

func (c *compiler) warn(msg string) {
	if c.warnings == nil {
		return
	}
	l := c.u.loc
	for _, w := range *c.warnings {
		if w.Pos.Line == l.Line && w.Msg == msg {
			return
		}
	}
	*c.warnings = append(*c.warnings, Warning{
		Pos: syntax.Pos{Line: l.Line, Col: l.Col}, End: syntax.Pos{Line: l.EndLine, Col: l.EndCol},
		Category: "SyntaxWarning", Msg: msg,
	})
}

// inferType names the type of the value e certainly evaluates to, or "".
func inferType(e syntax.Expr) string {
	switch e := e.(type) {
	case *syntax.Tuple:
		return "tuple"
	case *syntax.List, *syntax.ListComp:
		return "list"
	case *syntax.Dict, *syntax.DictComp:
		return "dict"
	case *syntax.Set, *syntax.SetComp:
		return "set"
	case *syntax.GeneratorExp:
		return "generator"
	case *syntax.Lambda:
		return "function"
	case *syntax.JoinedStr, *syntax.FormattedValue:
		return "str"
	case *syntax.Constant:
		return constTypeName(constValue(e.Value))
	}
	if v, ok := foldConst(e); ok {
		return constTypeName(v)
	}
	return ""
}

func constTypeName(v Const) string {
	switch v.(type) {
	case nil:
		return "NoneType"
	case bool:
		return "bool"
	case int64, *big.Int:
		return "int"
	case float64:
		return "float"
	case complex128:
		return "complex"
	case string:
		return "str"
	case []byte:
		return "bytes"
	case Ellipsis:
		return "ellipsis"
	case ConstTuple:
		return "tuple"
	case ConstFrozenSet:
		return "frozenset"
	}
	return ""
}

// isLiteral reports whether e is a constant other than None, True, False
// and Ellipsis (the operands `is` should not be used with).
func isLiteral(e syntax.Expr) bool {
	v, ok := constOf(e)
	if !ok {
		return false
	}
	switch v.(type) {
	case nil, bool, Ellipsis:
		return false
	}
	return true
}

func (c *compiler) checkCompare(e *syntax.Compare) {
	left := isLiteral(e.Left)
	for i, op := range e.Ops {
		right := isLiteral(e.Comparators[i])
		if (op == syntax.Is || op == syntax.IsNot) && (left || right) {
			if op == syntax.Is {
				c.warn(`"is" with a literal. Did you mean "=="?`)
			} else {
				c.warn(`"is not" with a literal. Did you mean "!="?`)
			}
			return
		}
		left = right
	}
}

func (c *compiler) checkCaller(f syntax.Expr) {
	switch f.(type) {
	case *syntax.Constant, *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.Dict, *syntax.DictComp,
		*syntax.Set, *syntax.SetComp, *syntax.GeneratorExp, *syntax.JoinedStr, *syntax.FormattedValue:
		if t := inferType(f); t != "" {
			c.warn("'" + t + "' object is not callable; perhaps you missed a comma?")
		}
	}
}

func (c *compiler) checkSubscript(value, index syntax.Expr) {
	switch v := value.(type) {
	case *syntax.Constant:
		switch constValue(v.Value).(type) {
		case nil, Ellipsis, int64, *big.Int, float64, complex128, bool:
			c.warn("'" + inferType(value) + "' object is not subscriptable; perhaps you missed a comma?")
			return
		}
	case *syntax.Set, *syntax.SetComp, *syntax.GeneratorExp, *syntax.Lambda:
		c.warn("'" + inferType(value) + "' object is not subscriptable; perhaps you missed a comma?")
		return
	}
	it := inferType(index)
	if it == "" || it == "int" || it == "bool" {
		return
	}
	switch v := value.(type) {
	case *syntax.Constant:
		switch constValue(v.Value).(type) {
		case string, []byte:
		default:
			return
		}
	case *syntax.Tuple, *syntax.List, *syntax.ListComp, *syntax.JoinedStr, *syntax.FormattedValue:
	default:
		return
	}
	c.warn(inferType(value) + " indices must be integers or slices, not " + it + "; perhaps you missed a comma?")
}
