//go:build !js

package tests

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// These tests check the corpus harness itself, independently of the
// interpreter: the comparison rules of corpus/README.md, the verdicts
// against the failing list, and a whole run through a fake interpreter.

func TestCompareRun(t *testing.T) {
	ok := func(out, errText string, exit int) runResult {
		return runResult{Stdout: []byte(out), Stderr: []byte(errText), Exit: exit}
	}
	tests := []struct {
		name         string
		wantOut      string
		wantErr      *string // nil: no .err file
		got          runResult
		wantProblems []string // substrings, one per expected problem; none: pass
	}{
		{name: "exact stdout passes", wantOut: "a\nb\n", got: ok("a\nb\n", "", 0)},
		{name: "empty output passes", wantOut: "", got: ok("", "", 0)},
		{name: "stdout differs", wantOut: "a\nb\n", got: ok("a\nc\n", "", 0),
			wantProblems: []string{`stdout differs at line 2: want "b\n", got "c\n"`}},
		{name: "missing final newline", wantOut: "a\n", got: ok("a", "", 0),
			wantProblems: []string{`line 1: want "a\n", got "a"`}},
		{name: "stdout too short", wantOut: "a\nb\n", got: ok("a\n", "", 0),
			wantProblems: []string{`line 2: want "b\n", got end of output`}},
		{name: "stdout too long", wantOut: "a\n", got: ok("a\nx\n", "", 0),
			wantProblems: []string{`line 2: want end of output, got "x\n"`}},
		{name: "no .err file but stderr", wantOut: "", got: ok("", "oops\n", 0),
			wantProblems: []string{`stderr should be empty, starts with "oops"`}},
		{name: "no .err file but exit 3", wantOut: "", got: ok("", "", 3),
			wantProblems: []string{"exit status: want 0, got 3"}},
		{name: "traceback matches last line", wantOut: "x\n", wantErr: ptr("exit: 1\nValueError: boom\n"),
			got: ok("x\n", "Traceback (most recent call last):\n  File \"a.py\", line 1, in <module>\nValueError: boom\n", 1)},
		{name: "listed lines in any order, others allowed", wantOut: "",
			wantErr: ptr("exit: 1\nValueError: boom\nTask exception was never retrieved\n"),
			got:     ok("", "Task exception was never retrieved\nmore\nValueError: boom\n", 1)},
		{name: "warning matched by suffix", wantOut: "",
			wantErr: ptr("exit: 0\nRuntimeWarning: coroutine 'f' was never awaited\n"),
			got:     ok("", "/x/y.py:3: RuntimeWarning: coroutine 'f' was never awaited\n  f()\n", 0)},
		{name: "suffix needs the colon-space", wantOut: "",
			wantErr:      ptr("exit: 1\nError: boom\n"),
			got:          ok("", "ValueError: boom\nXError: boom\n", 1),
			wantProblems: []string{`stderr lacks the line "Error: boom"`}},
		{name: "leading spaces count", wantOut: "",
			wantErr:      ptr("exit: 1\n    | ArithmeticError: x\n"),
			got:          ok("", "| ArithmeticError: x\n", 1),
			wantProblems: []string{`lacks the line "    | ArithmeticError: x"`}},
		{name: "CRLF line ends are terminators", wantOut: "",
			wantErr: ptr("exit: 1\nValueError: boom\n"),
			got:     ok("", "ValueError: boom\r\n", 1)},
		{name: "wrong exit status", wantOut: "", wantErr: ptr("exit: 2\n"), got: ok("", "", 1),
			wantProblems: []string{"exit status: want 2, got 1"}},
		{name: "several problems are all reported", wantOut: "a\n",
			wantErr: ptr("exit: 1\nKeyError: 'k'\n"), got: ok("b\n", "KeyError: 'j'\n", 0),
			wantProblems: []string{"stdout differs", "exit status: want 1, got 0", `lacks the line "KeyError: 'k'"`}},
		{name: "timeout", wantOut: "", got: runResult{TimedOut: true, Exit: -1, Elapsed: 10 * time.Second},
			wantProblems: []string{"timed out after 10s"}},
		{name: "malformed .err file", wantOut: "", wantErr: ptr("status 1\n"), got: ok("", "", 1),
			wantProblems: []string{`does not start with "exit: N"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var wantErr []byte
			if tc.wantErr != nil {
				wantErr = []byte(*tc.wantErr)
			}
			err := compareRun([]byte(tc.wantOut), wantErr, tc.got)
			if len(tc.wantProblems) == 0 {
				assert.NoError(t, err, "the run should pass")
				return
			}
			var m *mismatch
			require.True(t, errors.As(err, &m), "the run should fail with a *mismatch, got %v", err)
			require.Len(t, m.problems, len(tc.wantProblems), "problems: %q", m.problems)
			for i, want := range tc.wantProblems {
				assert.Contains(t, m.problems[i], want, "problem %d", i)
			}
		})
	}
}

func ptr(s string) *string { return &s }

func TestJudge(t *testing.T) {
	fail := errors.New("differs")
	assert.Equal(t, passed, judge(false, nil), "unlisted and passing")
	assert.Equal(t, nowPasses, judge(true, nil), "listed but passing must be reported")
	assert.Equal(t, knownFailing, judge(true, fail), "listed and failing")
	assert.Equal(t, newFailure, judge(false, fail), "unlisted and failing must be reported")
}

func TestFailingListRoundTrip(t *testing.T) {
	f, err := parseFailingList([]byte("# comment\n\nb_prog  # needs asyncio\na_prog\n"))
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"a_prog": "", "b_prog": "needs asyncio"}, f.reasons)
	assert.True(t, f.has("a_prog"))
	assert.False(t, f.has("c_prog"))

	again, err := parseFailingList(formatFailingList(f.reasons))
	require.NoError(t, err)
	assert.Equal(t, f.reasons, again.reasons, "format then parse gives the same list")

	_, err = parseFailingList([]byte("a\na\n"))
	assert.ErrorContains(t, err, "listed twice")
	_, err = parseFailingList([]byte("a.py\n"))
	assert.ErrorContains(t, err, "without .py")
}

func TestSplitLines(t *testing.T) {
	assert.Nil(t, splitLines(nil))
	assert.Equal(t, []string{"a", "b"}, splitLines([]byte("a\nb\n")))
	assert.Equal(t, []string{"a", "", "b"}, splitLines([]byte("a\n\nb")))
	assert.Equal(t, []string{"a"}, splitLines([]byte("a\r\n")))
}

// fakeInterpreter is a shell script standing in for the CLI: it acts out
// one behaviour per program name.
const fakeInterpreter = `#!/bin/sh
case "$1" in
ok.py)    echo hello ;;
boom.py)  echo before; echo 'Traceback (most recent call last):' >&2
          echo '  File "boom.py", line 1, in <module>' >&2
          echo 'ValueError: boom' >&2; exit 1 ;;
warn.py)  echo "$(pwd)/warn.py:2: RuntimeWarning: coroutine 'f' was never awaited" >&2
          echo 'RuntimeWarning: Enable tracemalloc to get the object allocation traceback' >&2 ;;
wrong.py) printf '1\n3\n' ;;
stdin.py) cat ;;
slow.py)  exec sleep 5 ;;
*)        echo "unknown program $1" >&2; exit 9 ;;
esac
`

func TestHarnessWithFakeInterpreter(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "fake-aioplay")
	require.NoError(t, os.WriteFile(bin, []byte(fakeInterpreter), 0o755))
	corpus := filepath.Join(dir, "corpus")
	require.NoError(t, os.Mkdir(corpus, 0o755))
	write := func(name, content string) {
		require.NoError(t, os.WriteFile(filepath.Join(corpus, name), []byte(content), 0o644))
	}
	for _, n := range []string{"ok", "boom", "warn", "wrong", "stdin", "slow"} {
		write(n+".py", "# program "+n+"\n")
	}
	write("ok.out", "hello\n")
	write("boom.out", "before\n")
	write("boom.err", "exit: 1\nValueError: boom\n")
	write("warn.out", "")
	write("warn.err", "exit: 0\nRuntimeWarning: coroutine 'f' was never awaited\n"+
		"RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n")
	write("wrong.out", "1\n2\n")
	write("stdin.out", "") // stdin must be empty
	write("slow.out", "")

	names, err := corpusPrograms(corpus)
	require.NoError(t, err)
	assert.Equal(t, []string{"boom", "ok", "slow", "stdin", "warn", "wrong"}, names)

	listed, err := parseFailingList([]byte("wrong # known\nok\n"))
	require.NoError(t, err)
	want := map[string]verdict{
		"ok":    nowPasses, // listed but passes
		"boom":  passed,
		"warn":  passed,
		"wrong": knownFailing,
		"stdin": passed,
		"slow":  newFailure, // killed by the timeout
	}
	for _, name := range names {
		out, errFile, err := readExpected(corpus, name)
		require.NoError(t, err)
		got := runProgram(bin, corpus, name+".py", 1*time.Second)
		mismatchErr := compareRun(out, errFile, got)
		assert.Equal(t, want[name], judge(listed.has(name), mismatchErr), "%s: %v", name, mismatchErr)
		if name == "slow" {
			assert.True(t, got.TimedOut, "slow.py must be killed")
			assert.Less(t, got.Elapsed, 4*time.Second, "the timeout must kill the program promptly")
		}
		if name == "wrong" {
			assert.ErrorContains(t, mismatchErr, `stdout differs at line 2: want "2\n", got "3\n"`)
		}
	}

	res := runProgram(filepath.Join(dir, "no-such-binary"), corpus, "ok.py", time.Second)
	assert.Error(t, res.StartErr, "a missing interpreter is reported")
	assert.ErrorContains(t, compareRun(nil, nil, res), "could not start the interpreter")
}

func TestShortReason(t *testing.T) {
	m := &mismatch{problems: []string{"stdout differs at line 1: want \"a\\n\", got end of output", "exit status: want 0, got 1"}}
	assert.Equal(t, `stdout differs at line 1: want "a\n", got end of output | stderr: NameError: name 'x' is not defined`,
		shortReason(m, []byte("Traceback (most recent call last):\nNameError: name 'x' is not defined\n")))
	assert.Equal(t, "timed out", shortReason(errors.New("timed out"), nil))
	long := strings.Repeat("x", 200)
	assert.Len(t, shortReason(errors.New(long), nil), 93, "clipped to 90 bytes and ...")
}
