package compile

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"aioplay/runtime/syntax"
)

// syntaxErrorCases were checked against CPython 3.11:
// compile(src, "main.py", "exec") raises SyntaxError(msg) at (line, offset),
// offset being 1-based.
var syntaxErrorCases = []struct {
	src    string
	msg    string
	line   int
	offset int
}{
	{"return 1", "'return' outside function", 1, 1},
	{"class C:\n  return 1", "'return' outside function", 2, 3},
	{"await x", "'await' outside function", 1, 1},
	{"def f():\n  await x", "'await' outside async function", 2, 3},
	{"lambda: await x", "'await' outside async function", 1, 9},
	{"yield 1", "'yield' outside function", 1, 1},
	{"class C:\n  yield 1", "'yield' outside function", 2, 3},
	{"x = yield from y", "'yield' outside function", 1, 5},
	{"break", "'break' outside loop", 1, 1},
	{"continue", "'continue' not properly in loop", 1, 1},
	{"for x in y:\n  pass\nelse:\n  break", "'break' outside loop", 4, 3},
	{"while x:\n  def f():\n    break", "'break' outside loop", 3, 5},
	{"def f():\n  x\n  global x", "name 'x' is used prior to global declaration", 3, 3},
	{"def f():\n  x = 1\n  global x", "name 'x' is assigned to before global declaration", 3, 3},
	{"def f(x):\n  global x", "name 'x' is parameter and global", 2, 3},
	{"def f():\n  x: int\n  global x", "annotated name 'x' can't be global", 3, 3},
	{"nonlocal x", "nonlocal declaration not allowed at module level", 1, 1},
	{"def f():\n  nonlocal x", "no binding for nonlocal 'x' found", 2, 3},
	{"def f():\n  x\n  nonlocal x", "name 'x' is used prior to nonlocal declaration", 3, 3},
	{"def g():\n  x=1\n  def f():\n    x = 1\n    nonlocal x", "name 'x' is assigned to before nonlocal declaration", 5, 5},
	{"def g():\n  x=1\n  def f(x):\n    nonlocal x", "name 'x' is parameter and nonlocal", 4, 5},
	{"def f():\n  global x\n  nonlocal x", "name 'x' is nonlocal and global", 2, 3},
	{"def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x", "name 'x' is nonlocal and global", 4, 9},
	{"def f():\n  class C:\n    nonlocal x", "no binding for nonlocal 'x' found", 3, 5},
	{"async def f():\n  yield 1\n  return 2", "'return' with value in async generator", 3, 3},
	{"async def f():\n  return 2\n  yield 1", "'return' with value in async generator", 2, 3},
	{"def f():\n  [x async for x in y]", "asynchronous comprehension outside of an asynchronous function", 2, 3},
	{"x = [await y for y in z]", "asynchronous comprehension outside of an asynchronous function", 1, 5},
	{"def f():\n  [(yield x) for x in y]", "'yield' inside list comprehension", 2, 5},
	{"def f():\n  {(yield x) for x in y}", "'yield' inside set comprehension", 2, 5},
	{"def f():\n  {(yield x):1 for x in y}", "'yield' inside dict comprehension", 2, 5},
	{"def f():\n  ((yield x) for x in y)", "'yield' inside generator expression", 2, 5},
	{"[x for x in (y:=[1])]", "assignment expression cannot be used in a comprehension iterable expression", 1, 14},
	{"[x for x in y if (x:=1)]", "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 19},
	{"[i := 0 for i, j in range(5)]", "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 2},
	{"class C:\n  [(y:=1) for x in z]", "assignment expression within a comprehension cannot be used in a class body", 2, 5},
	{"def f():\n  [i for i in range(5) if (j := 0) for j in range(5)]", "comprehension inner loop cannot rebind assignment expression target 'j'", 2, 40},
	{"def f():\n  from m import *", "import * only allowed at module level", 2, 17},
	{"def f(a, a): pass", "duplicate argument 'a' in function definition", 1, 10},
	{"def f(*, a, a): pass", "duplicate argument 'a' in function definition", 1, 13},
	{"lambda a, a: 1", "duplicate argument 'a' in function definition", 1, 11},
	{"def f():\n  x: int = 1\n  global x", "annotated name 'x' can't be global", 3, 3},
	{"def f():\n  global x\n  x: int = 1", "annotated name 'x' can't be global", 3, 3},
	{"def f():\n  async with x: pass", "'async with' outside async function", 2, 3},
	{"def f():\n  async for x in y: pass", "'async for' outside async function", 2, 3},
	{"async def f():\n  yield from x", "'yield from' inside async function", 2, 3},
	{"try:\n  pass\nexcept* E:\n  break", "'break', 'continue' and 'return' cannot appear in an except* block", 4, 3},
	{"for x in y:\n  try:\n    pass\n  except* E:\n    continue", "'break', 'continue' and 'return' cannot appear in an except* block", 5, 5},
	{"def f():\n  try:\n    pass\n  except* E:\n    return", "'break', 'continue' and 'return' cannot appear in an except* block", 5, 5},
	{"match x:\n  case a: pass\n  case 1: pass", "name capture 'a' makes remaining patterns unreachable", 2, 8},
	{"match x:\n  case _: pass\n  case 1: pass", "wildcard makes remaining patterns unreachable", 2, 8},
	{"match x:\n  case [a, a]: pass", "multiple assignments to name 'a' in pattern", 2, 12},
	{"match x:\n  case a | b: pass", "name capture 'a' makes remaining patterns unreachable", 2, 8},
	{"match x:\n  case {'a': 1, 'a': 2}: pass", "mapping pattern checks duplicate key ('a')", 2, 8},
	{"match x:\n  case {1: 1, True: 2}: pass", "mapping pattern checks duplicate key (True)", 2, 8},
	{"match x:\n  case C(a=1, a=2): pass", "attribute name repeated in class pattern: a", 2, 17},
	{"match x:\n  case a if a: pass\n  case b: pass\n  case 1: pass", "name capture 'b' makes remaining patterns unreachable", 3, 8},
	{"match x:\n  case (a as b) | (b as a): pass", "name capture 'a' makes remaining patterns unreachable", 2, 9},
	{"match x:\n  case 1 | a: pass", "alternative patterns bind different names", 2, 12},
	{"match x:\n  case [*a, *b]: pass", "multiple starred names in sequence pattern", 2, 8},
	{"match x:\n  case [a, *a]: pass", "multiple assignments to name 'a' in pattern", 2, 12},
	{"match x:\n  case {'k': a, **a}: pass", "multiple assignments to name 'a' in pattern", 2, 14},
	{"a, *b, *c = x", "multiple starred expressions in assignment", 1, 1},
	{"*a = x", "starred assignment target must be in a list or tuple", 1, 1},
	{"f(a=1, a=2)", "keyword argument repeated: a", 1, 8},
	{"from __future__ import braces", "not a chance", 1, 1},
	{"from __future__ import nope", "future feature nope is not defined", 1, 1},
	{"import x\nfrom __future__ import annotations", "from __future__ imports must occur at the beginning of the file", 2, 1},
}

func TestSyntaxErrors(t *testing.T) {
	for _, tc := range syntaxErrorCases {
		t.Run(tc.msg, func(t *testing.T) {
			_, err := CompileSource("main.py", []byte(tc.src))
			require.Error(t, err, "CPython rejects %q", tc.src)
			se, ok := err.(*syntax.Error)
			require.True(t, ok, "want *syntax.Error, got %T", err)
			assert.Equal(t, tc.msg, se.Msg, "message for %q", tc.src)
			assert.Equal(t, tc.line, int(se.Pos.Line), "line for %q", tc.src)
			assert.Equal(t, tc.offset, se.Offset(), "offset for %q", tc.src)
			assert.Equal(t, syntax.KindSyntaxError, se.Kind)
		})
	}
}

func TestSyntaxWarnings(t *testing.T) {
	// texts and lines checked with CPython 3.11 (python3.11 main.py)
	src := "x = 1\nif x is 1:\n    print('a')\nassert (x, 2)\ny = (1, 2)(3)\nz = 'abc'['i']\nw = {1}[0]\nif x is not ():\n  pass\n"
	mod, err := syntax.Parse("main.py", []byte(src))
	require.NoError(t, err)
	_, ws, err := CompileWarnings(mod, "main.py", Exec)
	require.NoError(t, err)
	var got []string
	for _, w := range ws {
		got = append(got, itoa(int(w.Pos.Line))+": "+w.Category+": "+w.Msg)
	}
	assert.Equal(t, []string{
		`2: SyntaxWarning: "is" with a literal. Did you mean "=="?`,
		"4: SyntaxWarning: assertion is always true, perhaps remove parentheses?",
		"5: SyntaxWarning: 'tuple' object is not callable; perhaps you missed a comma?",
		"6: SyntaxWarning: str indices must be integers or slices, not str; perhaps you missed a comma?",
		"7: SyntaxWarning: 'set' object is not subscriptable; perhaps you missed a comma?",
		`8: SyntaxWarning: "is not" with a literal. Did you mean "!="?`,
	}, got)
}
