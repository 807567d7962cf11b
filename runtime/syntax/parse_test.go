package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// goldenSources lists every program with a golden AST dump: the shared
// corpus of real programs and the feature files in testdata/parse.
func goldenSources(t testing.TB) map[string]string {
	t.Helper()
	out := map[string]string{}
	corpus, err := filepath.Glob("../../tests/corpus/*.py")
	require.NoError(t, err)
	for _, f := range corpus {
		out[strings.TrimSuffix(filepath.Base(f), ".py")] = f
	}
	features, err := filepath.Glob("testdata/parse/*.py")
	require.NoError(t, err)
	for _, f := range features {
		out["parse_"+strings.TrimSuffix(filepath.Base(f), ".py")] = f
	}
	return out
}

// TestGoldenDump parses every golden program and compares Dump with the
// output of CPython 3.11's ast.dump, and DumpAttributes with
// ast.dump(include_attributes=True) where a .pos golden exists.
// The goldens are made by testdata/gen_golden.py.
func TestGoldenDump(t *testing.T) {
	sources := goldenSources(t)
	require.NotEmpty(t, sources)
	for name, path := range sources {
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(path)
			require.NoError(t, err)
			want, err := os.ReadFile(filepath.Join("testdata/golden", name+".ast"))
			require.NoError(t, err, "golden missing: run testdata/gen_golden.py")
			mod, err := Parse("main.py", src)
			require.NoError(t, err)
			assert.Equal(t, strings.TrimSpace(string(want)), Dump(mod), "ast.dump of %s", path)
			if pos, err := os.ReadFile(filepath.Join("testdata/golden", name+".pos")); err == nil {
				assert.Equal(t, strings.TrimSpace(string(pos)), DumpAttributes(mod), "positions of %s", path)
			}
		})
	}
}

func TestParseExpr(t *testing.T) {
	e, err := ParseExpr("<string>", []byte("a + b * 2\n\n"))
	require.NoError(t, err)
	assert.Equal(t, "BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=BinOp(left=Name(id='b', ctx=Load()), op=Mult(), right=Constant(value=2)))", Dump(e))

	e, err = ParseExpr("<string>", []byte("1, 2"))
	require.NoError(t, err)
	assert.Equal(t, "Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load())", Dump(e))

	_, err = ParseExpr("<string>", []byte("x = 1"))
	require.Error(t, err)
	assert.Equal(t, "<string>", err.(*Error).Filename)
}

func TestSpans(t *testing.T) {
	mod, err := Parse("main.py", []byte("y = f(a, b) + obj.attr[i]\n"))
	require.NoError(t, err)
	bin := mod.Body[0].(*Assign).Value.(*BinOp)
	call := bin.Left.(*Call)
	sub := bin.Right.(*Subscript)
	attr := sub.Value.(*Attribute)
	assert.Equal(t, Span{Pos{1, 4}, Pos{1, 25}}, bin.Span(), "BinOp covers a + b")
	assert.Equal(t, Span{Pos{1, 4}, Pos{1, 11}}, call.Span(), "Call covers func(args)")
	assert.Equal(t, Span{Pos{1, 14}, Pos{1, 25}}, sub.Span(), "Subscript covers a[b]")
	assert.Equal(t, Span{Pos{1, 14}, Pos{1, 22}}, attr.Span(), "Attribute covers a.b")
}

func TestConstantValues(t *testing.T) {
	cases := map[string]any{
		"1":                         int64(1),
		"0x7fffffffffffffff":        int64(1<<63 - 1),
		"1.5":                       1.5,
		"2j":                        complex(0, 2),
		"'a\\tb'":                   "a\tb",
		"b'\\x00a'":                 []byte{0, 'a'},
		"...":                       Ellipsis{},
		"None":                      nil,
		"True":                      true,
		"'\\ud800'":                 "\xed\xa0\x80",
		"'\\N{BULLET}\\N{em dash}'": "\u2022\u2014",
		"'\\U0001F600'":             "\U0001F600",
		"'\\101\\0'":                "A\x00",
	}
	for src, want := range cases {
		e, err := ParseExpr("<string>", []byte(src))
		require.NoError(t, err, src)
		c, ok := e.(*Constant)
		require.True(t, ok, "%s should be a Constant", src)
		assert.Equal(t, want, c.Value, "value of %s", src)
	}
	e, err := ParseExpr("<string>", []byte("123456789012345678901234567890"))
	require.NoError(t, err)
	assert.Equal(t, "123456789012345678901234567890", reprConstant(e.(*Constant).Value), "big ints become *big.Int")
}

func TestWalk(t *testing.T) {
	mod, err := Parse("main.py", []byte("def f(a=1):\n    return [x for x in a if x]\n"))
	require.NoError(t, err)
	names := 0
	Walk(mod, func(n Node) bool {
		if _, ok := n.(*Name); ok {
			names++
		}
		return true
	})
	assert.Equal(t, 4, names, "x, x, a, x")
}

// TestDeepNesting checks that pathological inputs fail (or parse) quickly
// instead of exhausting the Go stack.
func TestDeepNesting(t *testing.T) {
	cases := []struct {
		src string
		msg string // "" means it parses
	}{
		{strings.Repeat("(", 100000) + strings.Repeat(")", 100000), "too many nested parentheses"},
		{strings.Repeat("-", 100000) + "1", "too complex expression"},
		{strings.Repeat("not ", 100000) + "x", "too complex expression"},
		{"2" + strings.Repeat("**2", 100000), "too complex expression"},
		{strings.Repeat("lambda:", 10000) + "1", "too complex expression"},
		{strings.Repeat("await ", 10000) + "x", "invalid syntax"}, // await await is not Python
		{strings.Repeat("[", 199) + strings.Repeat("]", 199), ""},
		{strings.Repeat("[", 201) + strings.Repeat("]", 201), "too many nested parentheses"},
		{"x" + strings.Repeat(".a", 10000), ""},
		{"1" + strings.Repeat("+1", 10000), ""},
		{strings.Repeat("a if b else ", 10000) + "c", "too complex expression"},
		{strings.Repeat("f'{", 50) + strings.Repeat("}'", 50), ""},
	}
	for _, c := range cases {
		_, err := Parse("main.py", []byte(c.src))
		if c.msg == "" {
			if err != nil {
				// Other limits may apply; it must still be a clean error.
				_, ok := err.(*Error)
				assert.True(t, ok, "error is *Error for %.20q", c.src)
			}
			continue
		}
		require.Error(t, err, "%.20q...", c.src)
		assert.Equal(t, c.msg, err.(*Error).Msg, "%.20q...", c.src)
	}
}
