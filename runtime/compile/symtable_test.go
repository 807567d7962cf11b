package compile

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"aioplay/runtime/syntax"
)

// findCode returns the code object with the given qualname in code's tree.
func findCode(code *Code, qualname string) *Code {
	if code.Qualname == qualname {
		return code
	}
	for _, k := range code.Consts {
		if sub, ok := k.(*Code); ok {
			if c := findCode(sub, qualname); c != nil {
				return c
			}
		}
	}
	return nil
}

func mustCompile(t *testing.T, src string) *Code {
	t.Helper()
	code, err := CompileSource("main.py", []byte(src))
	require.NoError(t, err, "compiling %q", src)
	return code
}

// The expected values below were read from CPython 3.11's code objects
// (co_varnames, co_cellvars, co_freevars, co_qualname, co_flags).
func TestScopes(t *testing.T) {
	tests := []struct {
		name, src, qualname          string
		varnames, cellvars, freevars []string
		flags, noflags               uint32
	}{
		{"closure", "def f(a):\n  b = 1\n  def g():\n    return a + b\n  return g\n", "f",
			[]string{"a", "g"}, []string{"a", "b"}, nil, CO_OPTIMIZED | CO_NEWLOCALS, CO_NOFREE},
		{"free in nested", "def f(a):\n  b = 1\n  def g():\n    return a + b\n  return g\n", "f.<locals>.g",
			nil, nil, []string{"a", "b"}, CO_NESTED, CO_NOFREE},
		{"global decl", "def f():\n  global x\n  x = 1\n  y = x\n", "f",
			[]string{"y"}, nil, nil, CO_NOFREE, 0},
		{"nonlocal", "def f():\n  x = 0\n  def g():\n    nonlocal x\n    x += 1\n  return g\n", "f.<locals>.g",
			nil, nil, []string{"x"}, 0, 0},
		{"pass-through free", "def f():\n  x = 0\n  def g():\n    def h():\n      return x\n", "f.<locals>.g",
			[]string{"h"}, nil, []string{"x"}, 0, 0},
		{"super uses __class__", "class C:\n  def m(self):\n    return super().m()\n", "C.m",
			[]string{"self"}, nil, []string{"__class__"}, 0, 0},
		{"class cell", "class C:\n  def m(self):\n    return __class__\n", "C",
			nil, []string{"__class__"}, nil, 0, CO_OPTIMIZED},
		{"class local free in method", "def f():\n  x = 1\n  class C:\n    x = 2\n    def m(self):\n      return x\n", "f.<locals>.C",
			nil, nil, []string{"x"}, 0, 0},
		{"generator", "def g():\n  yield 1\n", "g", nil, nil, nil, CO_GENERATOR, CO_COROUTINE},
		{"coroutine", "async def g():\n  await x\n", "g", nil, nil, nil, CO_COROUTINE, CO_GENERATOR},
		{"async generator", "async def g():\n  yield 1\n", "g", nil, nil, nil, CO_ASYNC_GENERATOR, CO_COROUTINE},
		{"genexp with await is async", "async def g(xs):\n  return (await x for x in xs)\n", "g.<locals>.<genexpr>",
			[]string{".0", "x"}, nil, nil, CO_ASYNC_GENERATOR, 0},
		{"listcomp", "def f(xs):\n  return [x for x in xs]\n", "f.<locals>.<listcomp>",
			[]string{".0", "x"}, nil, nil, CO_NESTED, CO_GENERATOR},
		{"walrus in comprehension binds in function", "def f(xs):\n  [y := x for x in xs]\n  return y\n", "f",
			[]string{"xs"}, []string{"y"}, nil, 0, 0},
		{"walrus in comprehension (inner)", "def f(xs):\n  [y := x for x in xs]\n  return y\n", "f.<locals>.<listcomp>",
			[]string{".0", "x"}, nil, []string{"y"}, 0, 0},
		{"varargs", "def f(a, *args, b, **kw):\n  pass\n", "f",
			[]string{"a", "b", "args", "kw"}, nil, nil, CO_VARARGS | CO_VARKEYWORDS, 0},
		{"lambda qualname", "def f():\n  return lambda: 1\n", "f.<locals>.<lambda>", nil, nil, nil, 0, 0},
		{"method qualname", "class A:\n  class B:\n    def m(self): pass\n", "A.B.m", []string{"self"}, nil, nil, 0, 0},
		{"global function in function", "def f():\n  global g\n  def g(): pass\n", "g", nil, nil, nil, 0, 0},
		{"future annotations", "from __future__ import annotations\ndef f(a: int): pass\n", "f",
			[]string{"a"}, nil, nil, CO_FUTURE_ANNOTATIONS, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code := findCode(mustCompile(t, tc.src), tc.qualname)
			require.NotNil(t, code, "a code object named %s", tc.qualname)
			if tc.varnames != nil {
				assert.Equal(t, tc.varnames, code.Varnames, "varnames")
			}
			if tc.cellvars != nil {
				assert.Equal(t, tc.cellvars, code.Cellvars, "cellvars")
			}
			if tc.freevars != nil {
				assert.Equal(t, tc.freevars, code.Freevars, "freevars")
			}
			assert.Equal(t, tc.flags, code.Flags&tc.flags, "flags %s should be set", flagString(tc.flags))
			assert.Zero(t, code.Flags&tc.noflags, "flags %s should be clear", flagString(tc.noflags))
		})
	}
}

func TestCell2Arg(t *testing.T) {
	code := findCode(mustCompile(t, "def f(a, b):\n  def g(): return b\n  return g\n"), "f")
	require.NotNil(t, code)
	assert.Equal(t, []string{"b"}, code.Cellvars)
	assert.Equal(t, []int32{1}, code.Cell2Arg, "cell b is initialised from argument 1")
}

func TestNameOps(t *testing.T) {
	code := mustCompile(t, "x = 1\ndef f(a):\n  global y\n  y = a + x\nclass C:\n  z = x\n")
	f := findCode(code, "f")
	ops := map[Opcode]bool{}
	for _, in := range f.Instrs {
		ops[in.Op] = true
	}
	assert.True(t, ops[LOAD_FAST], "a parameter is a fast local")
	assert.True(t, ops[LOAD_GLOBAL], "x is an implicit global in a function")
	assert.True(t, ops[STORE_GLOBAL], "y is declared global")
	c := findCode(code, "C")
	for _, in := range c.Instrs {
		assert.NotEqual(t, LOAD_GLOBAL, in.Op, "class bodies use LOAD_NAME")
		assert.NotEqual(t, LOAD_FAST, in.Op, "class bodies use LOAD_NAME")
	}
}

func TestModes(t *testing.T) {
	mod := parse(t, "1 + x")
	code, err := Compile(mod, "<string>", Eval)
	require.NoError(t, err)
	last := code.Instrs[len(code.Instrs)-1]
	assert.Equal(t, RETURN_VALUE, last.Op)
	assert.Equal(t, BINARY_OP, code.Instrs[len(code.Instrs)-2].Op, "eval returns the expression's value")

	code, err = Compile(parse(t, "x + 1"), "<stdin>", Single)
	require.NoError(t, err)
	found := false
	for _, in := range code.Instrs {
		found = found || in.Op == PRINT_EXPR
	}
	assert.True(t, found, "interactive expression statements are printed")
}

func parse(t *testing.T, src string) *syntax.Module {
	t.Helper()
	mod, err := syntax.Parse("main.py", []byte(src))
	require.NoError(t, err)
	return mod
}
