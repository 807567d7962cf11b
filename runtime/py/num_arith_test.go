package py

import (
	"bufio"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// decodeNum reads the value encoding of gen_arith.py: "i:123", "b:True",
// "f:<hex bits>", "c:<bits>,<bits>".
func decodeNum(t *testing.T, s string) Object {
	kind, v := s[:1], s[2:]
	switch kind {
	case "i":
		b, ok := new(big.Int).SetString(v, 10)
		require.True(t, ok, s)
		return NewBigInt(b)
	case "b":
		return Bool(v == "True")
	case "f":
		return Float(floatFromBits(t, v))
	}
	p := strings.Split(v, ",")
	return Complex(complex(floatFromBits(t, p[0]), floatFromBits(t, p[1])))
}

// numResult renders a result the way gen_arith.py's res() does.
func numResult(o Object) string {
	switch v := o.(type) {
	case Bool:
		if v {
			return "bool:True"
		}
		return "bool:False"
	case Int, *BigInt:
		s, _ := IntDecimalString(v)
		return "int:" + s
	case Float:
		return "float:" + FloatRepr(float64(v))
	case Complex:
		return "complex:" + ComplexRepr(complex128(v))
	case *Tuple:
		parts := make([]string, len(v.Items))
		for i, it := range v.Items {
			parts[i] = numResult(it)
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	return fmt.Sprintf("?%T", o)
}

func numErrText(err error) string {
	e, ok := err.(*Exception)
	if !ok {
		return "ERR:" + err.Error()
	}
	if len(e.Args.Items) > 1 {
		parts := make([]string, len(e.Args.Items))
		for i, a := range e.Args.Items {
			if s, ok := a.(*Str); ok {
				parts[i] = "'" + s.S + "'"
			} else {
				parts[i] = numResult(a)[4:]
			}
		}
		return "ERR:" + e.Class.Name + ":(" + strings.Join(parts, ", ") + ")"
	}
	return "ERR:" + e.Class.Name + ":" + e.messageString()
}

var arithOps = map[string]BinOp{"+": OpAdd, "-": OpSub, "*": OpMul, "/": OpTrueDiv, "//": OpFloorDiv, "%": OpMod,
	"**": OpPow, "<<": OpLShift, ">>": OpRShift, "&": OpAnd, "|": OpOr, "^": OpXor}
var cmpOps = map[string]CompareOp{"<": CmpLT, "<=": CmpLE, "==": CmpEQ, "!=": CmpNE, ">": CmpGT, ">=": CmpGE}

// runNumOp evaluates one table row; skipped reports a Go panic.
func runNumOp(t *testing.T, a Object, op, bs string) (res Object, err error, skipped bool) {
	defer func() {
		if r := recover(); r != nil {
			skipped = true
		}
	}()
	switch op {
	case "divmod":
		res, err = DivMod(nil, a, decodeNum(t, bs))
	case "neg":
		res, err = Neg(nil, a)
	case "pos":
		res, err = Pos(nil, a)
	case "invert":
		res, err = Invert(nil, a)
	case "abs":
		res, err = Abs(nil, a)
	case "hash":
		var h int64
		h, err = Hash(nil, a)
		res = Int(h)
	case "pow3":
		p := strings.Split(bs, "|")
		res, err = Pow3(nil, a, decodeNum(t, p[0]), decodeNum(t, p[1]))
	default:
		if c, ok := cmpOps[op]; ok {
			res, err = RichCompare(nil, a, decodeNum(t, bs), c)
		} else {
			res, err = BinaryOp(nil, arithOps[op], a, decodeNum(t, bs))
		}
	}
	return
}

// TestNumArithTable checks int/float/complex/bool arithmetic, comparison,
// hashing and error texts against python3.11 (testdata/num_arith.txt).
func TestNumArithTable(t *testing.T) {
	setupBuiltinTypes() // the built-in types' methods, as NewInterp does
	f, err := os.Open("testdata/num_arith.txt")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	n, skipped, bad := 0, 0, 0
	for sc.Scan() {
		p := strings.Split(sc.Text(), "\t")
		require.Len(t, p, 4)
		a := decodeNum(t, p[0])
		res, err, skip := runNumOp(t, a, p[1], p[2])
		if skip {
			assert.Fail(t, "panic", "%s %s %s", p[0], p[1], p[2])
			skipped++
			continue
		}
		got := ""
		if err != nil {
			got = numErrText(err)
		} else {
			got = numResult(res)
		}
		n++
		if !assert.Equal(t, p[3], got, "%s %s %s", p[0], p[1], p[2]) {
			bad++
			if bad > 30 {
				t.FailNow()
			}
		}
	}
	t.Logf("%d cases checked, %d panicked", n, skipped)
}
