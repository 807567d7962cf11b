package compile

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestDumpPositions writes, for $POS_FILE, one line per instruction of
// the families that can raise: "qualname family line endline col endcol".
// tools compare it with CPython's co_positions (a debugging aid).
func TestDumpPositions(t *testing.T) {
	f := os.Getenv("POS_FILE")
	if f == "" {
		t.Skip("set POS_FILE")
	}
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	code, err := CompileSource("main.py", src)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	var walk func(c *Code)
	walk = func(c *Code) {
		for i, in := range c.Instrs {
			fam := positionFamily(in.Op)
			if fam == "" {
				continue
			}
			p := c.Positions[i]
			b.WriteString(c.Qualname + " " + fam + " " + strconv.Itoa(int(p.Line)) + " " + strconv.Itoa(int(p.EndLine)) + " " +
				strconv.Itoa(int(p.Col)) + " " + strconv.Itoa(int(p.EndCol)) + "\n")
		}
		for _, k := range c.Consts {
			if sub, ok := k.(*Code); ok {
				walk(sub)
			}
		}
	}
	walk(code)
	os.WriteFile(os.Getenv("POS_OUT"), []byte(b.String()), 0o644)
}

func positionFamily(op Opcode) string {
	switch op {
	case CALL_FUNCTION, CALL_FUNCTION_KW, CALL_FUNCTION_EX, CALL_METHOD, CALL_METHOD_KW:
		return "CALL"
	case BINARY_OP, BINARY_SUBSCR, STORE_SUBSCR, COMPARE_OP, CONTAINS_OP, LOAD_ATTR, LOAD_METHOD, STORE_ATTR,
		RAISE_VARARGS, UNPACK_SEQUENCE, UNPACK_EX, GET_ITER, IMPORT_NAME, IMPORT_FROM, LOAD_GLOBAL, LOAD_NAME,
		FORMAT_VALUE, GET_AWAITABLE, UNARY_NEGATIVE, UNARY_INVERT, DELETE_SUBSCR:
		return op.String()
	}
	return ""
}
