//go:build !js

package tests

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"time"
)

// This file is the corpus harness without the testing.T plumbing: running
// one program, the comparison rules of corpus/README.md, the verdict
// against the list of known failures, and that list's file format. It is
// tested on its own (harness_logic_test.go) with a fake interpreter.

// runResult is what one run of the interpreter produced.
type runResult struct {
	Stdout, Stderr []byte
	Exit           int           // exit status; -1 when killed
	TimedOut       bool          // killed after the per-program timeout
	Elapsed        time.Duration // wall time
	StartErr       error         // the interpreter could not be started
}

// maxCapture bounds what is kept of each stream (a runaway program must
// not eat the machine's memory); more than this is a failure anyway.
const maxCapture = 8 << 20

// runProgram runs `bin file` in dir with empty stdin, killing it after
// timeout.
func runProgram(bin, dir, file string, timeout time.Duration) runResult {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, file)
	cmd.Dir = dir
	cmd.Stdin = nil // the null device: empty stdin
	var out, errb cappedBuffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.WaitDelay = 2 * time.Second
	start := time.Now()
	err := cmd.Run()
	res := runResult{Stdout: out.Bytes(), Stderr: errb.Bytes(), Elapsed: time.Since(start)}
	if ctx.Err() == context.DeadlineExceeded {
		res.TimedOut = true
	}
	var exitErr *exec.ExitError
	switch {
	case err == nil:
		res.Exit = 0
	case errors.As(err, &exitErr):
		res.Exit = exitErr.ExitCode()
	default:
		res.Exit = -1
		if !res.TimedOut {
			res.StartErr = err
		}
	}
	return res
}

// cappedBuffer keeps the first maxCapture bytes written to it.
type cappedBuffer struct{ bytes.Buffer }

func (c *cappedBuffer) Write(p []byte) (int, error) {
	if room := maxCapture - c.Len(); room > 0 {
		if len(p) > room {
			c.Buffer.Write(p[:room])
		} else {
			c.Buffer.Write(p)
		}
	}
	return len(p), nil
}

// errSpec is a parsed NAME.err file.
type errSpec struct {
	Exit  int
	Lines []string // lines that must appear in stderr
}

// parseErrFile parses "exit: N" followed by the lines stderr must contain.
// Blank lines are ignored.
func parseErrFile(b []byte) (errSpec, error) {
	lines := splitLines(b)
	if len(lines) == 0 || !strings.HasPrefix(lines[0], "exit: ") {
		return errSpec{}, errors.New(`.err file does not start with "exit: N"`)
	}
	n, err := strconv.Atoi(strings.TrimPrefix(lines[0], "exit: "))
	if err != nil {
		return errSpec{}, fmt.Errorf(".err file: bad exit line %q", lines[0])
	}
	spec := errSpec{Exit: n}
	for _, l := range lines[1:] {
		if l != "" {
			spec.Lines = append(spec.Lines, l)
		}
	}
	return spec, nil
}

// splitLines splits b into lines without their terminators ("\n" or
// "\r\n"); a final line end does not start an empty line.
func splitLines(b []byte) []string {
	if len(b) == 0 {
		return nil
	}
	s := strings.TrimSuffix(string(b), "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\r")
	}
	return lines
}

// mismatch lists every way a run differs from the recorded one.
type mismatch struct{ problems []string }

func (m *mismatch) Error() string { return strings.Join(m.problems, "\n") }

// first is the first problem: the one-line summary.
func (m *mismatch) first() string { return m.problems[0] }

// compareRun applies the comparison rules of corpus/README.md. wantErr is
// the content of NAME.err, or nil when the program has none. It returns
// nil when the run passes, else a *mismatch.
func compareRun(wantOut, wantErr []byte, got runResult) error {
	var m mismatch
	add := func(format string, a ...any) { m.problems = append(m.problems, fmt.Sprintf(format, a...)) }
	switch {
	case got.StartErr != nil:
		add("could not start the interpreter: %v", got.StartErr)
		return &m
	case got.TimedOut:
		add("timed out after %s (killed)", got.Elapsed.Round(time.Millisecond))
	}
	if d := firstDifference(wantOut, got.Stdout); d != "" {
		add("stdout %s", d)
	}
	if wantErr != nil {
		spec, err := parseErrFile(wantErr)
		if err != nil {
			add("%v", err)
			return &m
		}
		if !got.TimedOut && got.Exit != spec.Exit {
			add("exit status: want %d, got %d", spec.Exit, got.Exit)
		}
		gotLines := splitLines(got.Stderr)
		for _, want := range spec.Lines {
			if !containsLine(gotLines, want) {
				add("stderr lacks the line %q", want)
			}
		}
	} else {
		if !got.TimedOut && got.Exit != 0 {
			add("exit status: want 0, got %d", got.Exit)
		}
		if len(got.Stderr) > 0 {
			add("stderr should be empty, starts with %q", splitLines(got.Stderr)[0])
		}
	}
	if len(m.problems) == 0 {
		return nil
	}
	return &m
}

// containsLine reports whether some line equals want or ends with
// ": " + want (the "FILE:LINE: " prefix of warnings).
func containsLine(lines []string, want string) bool {
	for _, l := range lines {
		if l == want || strings.HasSuffix(l, ": "+want) {
			return true
		}
	}
	return false
}

// firstDifference describes where got first differs from want, or returns
// "" when they are equal.
func firstDifference(want, got []byte) string {
	if bytes.Equal(want, got) {
		return ""
	}
	w, g := strings.SplitAfter(string(want), "\n"), strings.SplitAfter(string(got), "\n")
	for i := 0; ; i++ {
		var wl, gl string
		wok, gok := i < len(w) && w[i] != "", i < len(g) && g[i] != ""
		if wok {
			wl = w[i]
		}
		if gok {
			gl = g[i]
		}
		if wl == gl && (wok || gok) {
			continue
		}
		switch {
		case !wok:
			return fmt.Sprintf("differs at line %d: want end of output, got %q", i+1, gl)
		case !gok:
			return fmt.Sprintf("differs at line %d: want %q, got end of output", i+1, wl)
		}
		return fmt.Sprintf("differs at line %d: want %q, got %q", i+1, wl, gl)
	}
}

// tail returns the last n lines of b, indented, for failure reports.
func tail(b []byte, n int) string {
	lines := splitLines(b)
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	var sb strings.Builder
	for _, l := range lines {
		if len(l) > 300 {
			l = l[:300] + "..."
		}
		sb.WriteString("    | " + l + "\n")
	}
	return sb.String()
}

// verdict is how one program's result counts against the failing list.
type verdict int

const (
	passed       verdict = iota // passes and is not listed
	knownFailing                // fails and is listed: logged, not a test failure
	nowPasses                   // passes but is listed: a test failure (shrink the list)
	newFailure                  // fails and is not listed: a test failure
)

func judge(listed bool, mismatchErr error) verdict {
	switch {
	case mismatchErr == nil && !listed:
		return passed
	case mismatchErr == nil:
		return nowPasses
	case listed:
		return knownFailing
	}
	return newFailure
}

// failingList is tests/corpus_failing.txt: one program name per line,
// optionally followed by "# reason"; lines starting with '#' are comments.
type failingList struct {
	reasons map[string]string // name -> reason ("" when none)
}

func (f failingList) has(name string) bool { _, ok := f.reasons[name]; return ok }

func parseFailingList(b []byte) (failingList, error) {
	f := failingList{reasons: map[string]string{}}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(line, "#")
		name, reason = strings.TrimSpace(name), strings.TrimSpace(reason)
		if strings.ContainsAny(name, " \t/") || strings.HasSuffix(name, ".py") {
			return f, fmt.Errorf("line %d: %q is not a program name (write NAME, without .py)", n, name)
		}
		if _, dup := f.reasons[name]; dup {
			return f, fmt.Errorf("line %d: %s is listed twice", n, name)
		}
		f.reasons[name] = reason
	}
	return f, sc.Err()
}

const failingHeader = `# Corpus programs known not to pass yet (see tests/corpus_test.go).
# One program name per line, optionally followed by "# reason".
# A listed program that starts passing fails the test until it is removed;
# an unlisted program that fails fails the test. Rewrite this file from the
# current state with:  go test ./tests -run TestCorpus -update-failing
`

// formatFailingList writes the list sorted by name.
func formatFailingList(reasons map[string]string) []byte {
	names := make([]string, 0, len(reasons))
	for n := range reasons {
		names = append(names, n)
	}
	sort.Strings(names)
	var b bytes.Buffer
	b.WriteString(failingHeader)
	for _, n := range names {
		b.WriteString(n)
		if r := reasons[n]; r != "" {
			b.WriteString("  # " + r)
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// shortReason makes a one-line reason for the failing list: the first
// problem, and the last line of stderr when there is one (usually the
// exception that stopped the program).
func shortReason(err error, stderr []byte) string {
	var m *mismatch
	s := err.Error()
	if errors.As(err, &m) {
		s = m.first()
	}
	s = clip(s, 90)
	if lines := splitLines(stderr); len(lines) > 0 {
		s += " | stderr: " + clip(lines[len(lines)-1], 90)
	}
	return strings.ReplaceAll(s, "\n", " ")
}

// clip shortens s to at most n bytes (plus "...").
func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}

// corpusPrograms lists the NAME of every NAME.py in dir, sorted.
func corpusPrograms(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if n, ok := strings.CutSuffix(e.Name(), ".py"); ok && !e.IsDir() {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names, nil
}

// readExpected reads NAME.out and NAME.err (nil when absent).
func readExpected(dir, name string) (out, errFile []byte, err error) {
	out, err = os.ReadFile(dir + "/" + name + ".out")
	if err != nil {
		return nil, nil, err
	}
	errFile, err = os.ReadFile(dir + "/" + name + ".err")
	if errors.Is(err, os.ErrNotExist) {
		return out, nil, nil
	}
	return out, errFile, err
}
