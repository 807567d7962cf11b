package compile

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"

	"aioplay/runtime/syntax"
)

// Disassemble returns a readable listing of code and, after it, of every
// code object nested in its constants (depth first, in constant order).
// The format is stable (golden tests compare it):
//
//	code <module> <module> main.py:1 args=0/0/0 stack=2 flags=NOFREE
//	  line  idx  OPNAME                 arg (resolved)
//	     1    0  LOAD_CONST               0 (None)
//	          1  RETURN_VALUE
//
// The line column shows the instruction's start line when it differs from
// the previous instruction's (blank for artificial instructions);
// jump targets are marked ">>".
func Disassemble(code *Code) string {
	var b strings.Builder
	disassemble(&b, code)
	return b.String()
}

func disassemble(b *strings.Builder, code *Code) {
	b.WriteString("code " + code.Name + " " + code.Qualname + " " + code.Filename + ":" + itoa(int(code.FirstLine)))
	b.WriteString(" args=" + itoa(int(code.ArgCount)) + "/" + itoa(int(code.PosOnlyArgCount)) + "/" + itoa(int(code.KwOnlyArgCount)))
	b.WriteString(" stack=" + itoa(int(code.StackSize)) + " flags=" + flagString(code.Flags) + "\n")
	if len(code.Varnames) > 0 {
		b.WriteString("  varnames: " + strings.Join(code.Varnames, ", ") + "\n")
	}
	if len(code.Cellvars) > 0 {
		b.WriteString("  cellvars: " + strings.Join(code.Cellvars, ", ") + "\n")
	}
	if len(code.Freevars) > 0 {
		b.WriteString("  freevars: " + strings.Join(code.Freevars, ", ") + "\n")
	}
	targets := map[int32]bool{}
	for _, in := range code.Instrs {
		if in.Op.HasJump() {
			targets[in.Arg] = true
		}
	}
	lastLine := int32(-1)
	for i, in := range code.Instrs {
		line := "    "
		if i < len(code.Positions) {
			if l := code.Positions[i].Line; l != lastLine && l != 0 {
				line = pad(itoa(int(l)), 4, true)
				lastLine = l
			}
		}
		mark := "  "
		if targets[int32(i)] {
			mark = ">>"
		}
		b.WriteString(line + " " + mark + pad(itoa(i), 4, true) + "  " + in.Op.String())
		if in.Op.HasArg() {
			b.WriteString(strings.Repeat(" ", max(1, 22-len(in.Op.String()))) + pad(itoa(int(in.Arg)), 3, true))
			if r := resolveArg(code, in); r != "" {
				b.WriteString(" (" + r + ")")
			}
		}
		b.WriteString("\n")
	}
	for _, k := range code.Consts {
		if sub, ok := k.(*Code); ok {
			b.WriteString("\n")
			disassemble(b, sub)
		}
	}
}

func pad(s string, n int, right bool) string {
	if len(s) >= n {
		return s
	}
	if right {
		return strings.Repeat(" ", n-len(s)) + s
	}
	return s + strings.Repeat(" ", n-len(s))
}

var flagNames = []struct {
	bit  uint32
	name string
}{
	{CO_OPTIMIZED, "OPTIMIZED"}, {CO_NEWLOCALS, "NEWLOCALS"}, {CO_VARARGS, "VARARGS"},
	{CO_VARKEYWORDS, "VARKEYWORDS"}, {CO_NESTED, "NESTED"}, {CO_GENERATOR, "GENERATOR"},
	{CO_NOFREE, "NOFREE"}, {CO_COROUTINE, "COROUTINE"}, {CO_ITERABLE_COROUTINE, "ITERABLE_COROUTINE"},
	{CO_ASYNC_GENERATOR, "ASYNC_GENERATOR"}, {CO_FUTURE_ANNOTATIONS, "FUTURE_ANNOTATIONS"},
}

func flagString(f uint32) string {
	var parts []string
	for _, fl := range flagNames {
		if f&fl.bit != 0 {
			parts = append(parts, fl.name)
		}
	}
	if len(parts) == 0 {
		return "0"
	}
	return strings.Join(parts, "|")
}

var binaryOpNames = [...]string{"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "^", "|"}
var compareOpNames = [...]string{"<", "<=", "==", "!=", ">", ">="}

func resolveArg(code *Code, in Instr) string {
	a := int(in.Arg)
	switch {
	case in.Op.HasJump():
		return "to " + itoa(a)
	case in.Op.HasConst():
		if a < len(code.Consts) {
			return constString(code.Consts[a])
		}
	case in.Op.HasName():
		if a < len(code.Names) {
			return code.Names[a]
		}
	case in.Op.HasLocal():
		if a < len(code.Varnames) {
			return code.Varnames[a]
		}
	case in.Op.HasFree():
		if a < len(code.Cellvars) {
			return code.Cellvars[a]
		}
		if a-len(code.Cellvars) < len(code.Freevars) {
			return code.Freevars[a-len(code.Cellvars)]
		}
	}
	switch in.Op {
	case BINARY_OP:
		if a >= OpInplace && a-OpInplace < len(binaryOpNames) {
			return binaryOpNames[a-OpInplace] + "="
		}
		if a < len(binaryOpNames) {
			return binaryOpNames[a]
		}
	case COMPARE_OP:
		if a < len(compareOpNames) {
			return compareOpNames[a]
		}
	}
	return ""
}

// constString is the repr of a constant (a code object shows its
// qualified name).
func constString(v Const) string {
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
	case *big.Int:
		return v.String()
	case float64:
		return floatRepr(v)
	case complex128:
		if real(v) == 0 && !math.Signbit(real(v)) {
			return complexPart(imag(v)) + "j"
		}
		im := complexPart(imag(v))
		if !strings.HasPrefix(im, "-") {
			im = "+" + im
		}
		return "(" + complexPart(real(v)) + im + "j)"
	case string:
		return pyStrRepr(v)
	case []byte:
		return "b" + pyStrRepr(string(v))
	case Ellipsis:
		return "Ellipsis"
	case *Code:
		return "<code " + v.Qualname + ">"
	case ConstTuple:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = constString(x)
		}
		if len(v) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case ConstFrozenSet:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = constString(x)
		}
		return "frozenset({" + strings.Join(parts, ", ") + "})"
	}
	return "?"
}

func complexPart(f float64) string {
	s := floatRepr(f)
	return strings.TrimSuffix(s, ".0")
}

// floatRepr formats f as Python's repr(float).
func floatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±XX
	mant, exps, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(exps)
	neg := strings.HasPrefix(mant, "-")
	mant = strings.TrimPrefix(mant, "-")
	digits := strings.Replace(mant, ".", "", 1)
	sign := ""
	if neg {
		sign = "-"
	}
	if exp < -4 || exp >= 16 {
		m := digits[:1]
		if len(digits) > 1 {
			m += "." + digits[1:]
		}
		es := strconv.Itoa(abs(exp))
		if len(es) < 2 {
			es = "0" + es
		}
		if exp < 0 {
			return sign + m + "e-" + es
		}
		return sign + m + "e+" + es
	}
	if exp < 0 {
		return sign + "0." + strings.Repeat("0", -exp-1) + digits
	}
	if len(digits) <= exp+1 {
		return sign + digits + strings.Repeat("0", exp+1-len(digits)) + ".0"
	}
	return sign + digits[:exp+1] + "." + digits[exp+1:]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// pyStrRepr formats s as Python's repr(str) (WTF-8 surrogates as \udXXX).
func pyStrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, size := syntax.DecodeRune(s[i:])
		i += size
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\x` + hex2(int(r), 2))
		case r >= 0xd800 && r <= 0xdfff:
			b.WriteString(`\u` + hex2(int(r), 4))
		case r < 0x80 || unicode.IsPrint(r):
			b.WriteRune(r)
		case r <= 0xff:
			b.WriteString(`\x` + hex2(int(r), 2))
		case r <= 0xffff:
			b.WriteString(`\u` + hex2(int(r), 4))
		default:
			b.WriteString(`\U` + hex2(int(r), 8))
		}
	}
	b.WriteByte(quote)
	return b.String()
}

func hex2(n, width int) string {
	s := strconv.FormatInt(int64(n), 16)
	return strings.Repeat("0", max(0, width-len(s))) + s
}
