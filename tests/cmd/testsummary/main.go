// Command testsummary reads the JSON stream of `go test -json` on stdin
// and prints what a person needs from it: each package's ok/FAIL line, the
// full output of every failing test, the output of failed builds, lines
// that test binaries print outside any test (such as the corpus summary),
// and at the end one line with the counts of all tests and subtests:
//
//	tests: 412 passed, 0 failed, 3 skipped
//
// It exits with status 1 when any test, package or build failed. build.sh
// pipes `go test -json ./...` through it; the raw stream is kept beside.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

// event is one line of `go test -json` (cmd/test2json).
type event struct {
	Action     string
	Package    string
	Test       string
	Output     string
	ImportPath string // build-output, build-fail
}

type summary struct {
	out                     io.Writer
	pending                 map[string][]string // output of running tests, by package + test
	passed, failed, skipped int
	badPackages             int
}

func main() {
	s := &summary{out: os.Stdout, pending: map[string][]string{}}
	if err := s.read(os.Stdin); err != nil {
		fmt.Fprintln(os.Stderr, "testsummary:", err)
		os.Exit(2)
	}
	fmt.Fprintf(s.out, "tests: %d passed, %d failed, %d skipped\n", s.passed, s.failed, s.skipped)
	if s.failed > 0 || s.badPackages > 0 {
		os.Exit(1)
	}
}

func (s *summary) read(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		line := sc.Bytes()
		var e event
		if len(line) == 0 || line[0] != '{' || json.Unmarshal(line, &e) != nil {
			// go test writes some errors (e.g. "no Go files") as plain text.
			fmt.Fprintln(s.out, string(line))
			continue
		}
		s.handle(e)
	}
	return sc.Err()
}

func (s *summary) handle(e event) {
	key := e.Package + "\x00" + e.Test
	switch {
	case e.Action == "build-output":
		fmt.Fprint(s.out, e.Output)
	case e.Action == "build-fail":
		s.badPackages++
	case e.Test == "":
		s.packageEvent(e)
	case e.Action == "output":
		if !strings.HasPrefix(e.Output, "=== ") { // RUN, PAUSE, CONT, NAME
			s.pending[key] = append(s.pending[key], e.Output)
		}
	case e.Action == "pass":
		s.passed++
		delete(s.pending, key)
	case e.Action == "skip":
		s.skipped++
		delete(s.pending, key)
	case e.Action == "fail":
		s.failed++
		fmt.Fprint(s.out, strings.Join(s.pending[key], ""))
		delete(s.pending, key)
	}
}

// packageEvent handles output and results that belong to a package, not
// to one test.
func (s *summary) packageEvent(e event) {
	switch e.Action {
	case "output":
		o := e.Output
		if o == "PASS\n" || strings.HasPrefix(o, "=== ") || strings.HasPrefix(o, "testing: warning: no tests") {
			return
		}
		fmt.Fprint(s.out, o)
	case "fail":
		s.badPackages++
	}
}
