package compile

import (
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPositions compares the positions of the instructions that can raise
// (grouped by family, in order, per code object) with CPython 3.11's
// co_positions, recorded in testdata/positions.json by a script:
// [source, [[qualname, family, line, endline, col, endcol], ...]].
func TestPositions(t *testing.T) {
	data, err := os.ReadFile("testdata/positions.json")
	require.NoError(t, err)
	var rows [][2]json.RawMessage
	require.NoError(t, json.Unmarshal(data, &rows))
	for _, row := range rows {
		var src string
		var want [][6]any
		require.NoError(t, json.Unmarshal(row[0], &src))
		require.NoError(t, json.Unmarshal(row[1], &want))
		code := mustCompile(t, src)
		wantBy := map[string][]string{}
		for _, w := range want {
			key := w[0].(string) + " " + w[1].(string)
			wantBy[key] = append(wantBy[key], fmtPos(int(w[2].(float64)), int(w[3].(float64)), int(w[4].(float64)), int(w[5].(float64))))
		}
		gotBy := map[string][]string{}
		var walk func(c *Code)
		walk = func(c *Code) {
			for i, in := range c.Instrs {
				fam := positionFamily(in.Op)
				switch fam {
				case "LOAD_ATTR", "LOAD_METHOD":
					fam = "ATTR"
				case "", "LOAD_GLOBAL", "LOAD_NAME", "CONTAINS_OP", "UNPACK_EX", "GET_AWAITABLE", "UNARY_NEGATIVE", "UNARY_INVERT", "DELETE_SUBSCR":
					continue
				}
				p := c.Positions[i]
				key := c.Qualname + " " + fam
				gotBy[key] = append(gotBy[key], fmtPos(int(p.Line), int(p.EndLine), int(p.Col), int(p.EndCol)))
			}
			for _, k := range c.Consts {
				if sub, ok := k.(*Code); ok {
					walk(sub)
				}
			}
		}
		walk(code)
		assert.Equal(t, wantBy, gotBy, "positions for %q", src)
	}
}

func fmtPos(l, el, c, ec int) string {
	return strconv.Itoa(l) + "-" + strconv.Itoa(el) + ":" + strconv.Itoa(c) + "-" + strconv.Itoa(ec)
}

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
