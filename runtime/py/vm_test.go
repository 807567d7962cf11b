package py

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"aioplay/runtime/compile"
)

// runProgram runs src as main.py and returns stdout, stderr (the printed
// traceback of an uncaught exception included) and the exit status.
func runProgram(t testing.TB, src string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errOut strings.Builder
	in := NewInterp(Options{Filename: "main.py", Source: []byte(src),
		Stdout: func(s string) { out.WriteString(s) },
		Stderr: func(s string) { errOut.WriteString(s) }})
	err := RunSource(in, []byte(src))
	code, herr := in.ExitStatus(err)
	if herr != nil {
		errOut.WriteString("halt: " + herr.Error() + "\n")
	}
	return out.String(), errOut.String(), code
}

// TestGoldenPrograms runs every testdata/vm/*.py and compares stdout,
// stderr and the exit status with CPython 3.11's (testdata/gen_vm.py).
func TestGoldenPrograms(t *testing.T) {
	files, err := filepath.Glob("testdata/vm/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		t.Run(name, func(t *testing.T) {
			t.Parallel() // Interps share nothing mutable: -race checks it
			src, err := os.ReadFile(file)
			require.NoError(t, err)
			want, err := os.ReadFile(strings.TrimSuffix(file, ".py") + ".out")
			require.NoError(t, err)
			var got string
			func() {
				defer func() {
					if r := recover(); r != nil {
						got = "panic: " + toString(r)
					}
				}()
				out, errOut, code := runProgram(t, string(src))
				got = out + "--- stderr ---\n" + errOut + "--- exit " + strconv.Itoa(code) + " ---\n"
			}()
			assert.Equal(t, string(want), got, "output of %s differs from CPython 3.11's", file)
		})
	}
}

func toString(r any) string {
	switch v := r.(type) {
	case string:
		return v
	case error:
		return v.Error()
	}
	return "?"
}

func TestTracebackMarkers(t *testing.T) {
	cases := []struct{ src, want string }{
		{"x = 1\ny = x / 0\n", "Traceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n    y = x / 0\n        ~~^~~\nZeroDivisionError: division by zero\n"},
		{"d = {}\nd['k']\n", "Traceback (most recent call last):\n  File \"main.py\", line 2, in <module>\n    d['k']\n    ~^^^^^\nKeyError: 'k'\n"},
		{"def f():\n    raise ValueError('boom')\nf()\n", "Traceback (most recent call last):\n  File \"main.py\", line 3, in <module>\n    f()\n  File \"main.py\", line 2, in f\n    raise ValueError('boom')\nValueError: boom\n"},
		{"prnt(1)\n", "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    prnt(1)\n    ^^^^\nNameError: name 'prnt' is not defined. Did you mean: 'print'?\n"},
		{"class Foo:\n    def __init__(self): self.name = 1\nFoo().nmae\n", "Traceback (most recent call last):\n  File \"main.py\", line 3, in <module>\n    Foo().nmae\nAttributeError: 'Foo' object has no attribute 'nmae'\n"},
		{"class Foo:\n    def __init__(self): self.value = 1\nFoo().valeu\n", "Traceback (most recent call last):\n  File \"main.py\", line 3, in <module>\n    Foo().valeu\nAttributeError: 'Foo' object has no attribute 'valeu'. Did you mean: 'value'?\n"},
	}
	for _, c := range cases {
		_, stderr, code := runProgram(t, c.src)
		assert.Equal(t, c.want, stderr, "traceback of %q", c.src)
		assert.Equal(t, 1, code)
	}
}

func TestSuggestionDistance(t *testing.T) {
	assert.Equal(t, "print", bestSuggestion([]string{"input", "print", "open"}, "prnt"))
	assert.Equal(t, "", bestSuggestion([]string{"name"}, "nmae"), "two substitutions are too far for a 4-letter name")
	assert.Equal(t, "value", bestSuggestion([]string{"value"}, "valeu"))
	assert.Equal(t, 1, levenshtein("Abc", "abc", 10), "a case change costs 1")
}

func TestRecursionLimitAndStop(t *testing.T) {
	_, stderr, _ := runProgram(t, "def f(n):\n    return f(n+1)\nf(0)\n")
	assert.Contains(t, stderr, "[Previous line repeated 996 more times]\nRecursionError: maximum recursion depth exceeded\n")

	in := NewInterp(Options{Filename: "main.py", MaxSteps: 10000})
	err := RunSource(in, []byte("while True:\n    pass\n"))
	var halt *HaltError
	require.ErrorAs(t, err, &halt, "an endless loop ends at the step budget")

	in = NewInterp(Options{Filename: "main.py", MaxSteps: 100000})
	err = RunSource(in, []byte("def g():\n    while True:\n        yield 1\nsum(g())\n"))
	require.ErrorAs(t, err, &halt, "instructions run from Go re-entries (a generator drained by sum) count too")

	in = NewInterp(Options{Filename: "main.py"})
	in.Stop()
	err = RunSource(in, []byte("while True:\n    pass\n"))
	require.ErrorAs(t, err, &halt, "Stop() ends the program at the next check")
	assert.Equal(t, "stopped", halt.Reason)
}

func TestGeneratorDrivenFromGo(t *testing.T) {
	in := NewInterp(Options{Filename: "main.py"})
	code, err := compile.CompileSource("main.py", []byte("async def main(x):\n    y = yield_point = None\n    return x * 2\n"))
	require.NoError(t, err)
	m := NewModule("__main__")
	_, err = in.ExecCode(code, m.Dict)
	require.NoError(t, err)
	fn, ok := m.Dict.GetStr(Intern("main"))
	require.True(t, ok)
	coro, err := Call(in, fn, []Object{Int(21)}, nil)
	require.NoError(t, err)
	g, ok := coro.(*Generator)
	require.True(t, ok, "calling an async def returns a coroutine")
	assert.False(t, g.Started())
	v, st, err := g.Send(in, None)
	require.NoError(t, err)
	assert.Equal(t, GenReturned, st)
	assert.Equal(t, Object(Int(42)), v)
	_, _, err = g.Send(in, None)
	require.Error(t, err)
	assert.Equal(t, "RuntimeError: cannot reuse already awaited coroutine", err.Error())
}

func TestNeverAwaitedHook(t *testing.T) {
	var names []string
	in := NewInterp(Options{Filename: "main.py"})
	in.NeverAwaited = func(g *Generator, f *Frame) { names = append(names, g.Qualname+"@"+strconv.Itoa(f.Line())) }
	err := RunSource(in, []byte("async def f(): pass\nf()\nx = f()\n"))
	require.NoError(t, err)
	assert.Equal(t, []string{"f@2"}, names, "only a discarded call statement warns")
}

// TestParallelInterps runs programs in several Interps at once: they share
// only the immutable built-in types (run with -race to check).
func TestParallelInterps(t *testing.T) {
	src := "class A:\n    def f(self): return 1\ndef g():\n    yield from range(3)\nprint(sum(A().f() for _ in range(10)), list(g()))\n"
	done := make(chan string, 4)
	for i := 0; i < 4; i++ {
		go func() {
			out, _, _ := runProgram(t, src)
			done <- out
		}()
	}
	for i := 0; i < 4; i++ {
		assert.Equal(t, "10 [0, 1, 2]\n", <-done)
	}
}
