//go:build !js

package tests

import (
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// The corpus test: every tests/corpus/NAME.py through the built CLI,
// compared with CPython 3.11's recorded NAME.out / NAME.err.
//
// tests/corpus_failing.txt is the progress list. For each program:
//   - passes, not listed: ok;
//   - fails, listed: logged with the first difference, not a failure;
//   - passes, listed: FAILS with "now passes: remove it from
//     corpus_failing.txt", so the list only shrinks honestly;
//   - fails, not listed: FAILS with the differences and stderr's tail.
//
// `go test ./tests -run TestCorpus -update-failing` rewrites the list with
// the programs failing now, each with its current first difference as the
// reason, instead of failing; programs filtered out by -run keep their
// entries as they were.

var updateFailing = flag.Bool("update-failing", false,
	"rewrite tests/corpus_failing.txt with the corpus programs failing now")

const (
	corpusDir         = "corpus"
	failingListPath   = "corpus_failing.txt"
	sharedCorpusDir   = "../../shared/corpus" // the corpus's origin, beside the repository
	perProgramTimeout = 10 * time.Second
)

// corpusSummary is printed by TestMain after the run (empty when
// TestCorpus did not run).
var corpusSummary string

func TestMain(m *testing.M) {
	code := m.Run()
	if corpusSummary != "" {
		fmt.Println(corpusSummary)
	}
	os.Exit(code)
}

// buildCLI builds cmd/aioplay into a temporary folder once per test binary.
var buildCLI = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "aioplay-corpus-")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "aioplay")
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(goTool); err != nil {
		goTool = "go"
	}
	cmd := exec.Command(goTool, "build", "-o", bin, "./cmd/aioplay")
	cmd.Dir = ".."
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ./cmd/aioplay: %v\n%s", err, out)
	}
	return bin, nil
})

// programResult is one program's outcome, kept for the summary.
type programResult struct {
	ran     bool
	verdict verdict
	reason  string // one line: the first difference and stderr's last line
}

func TestCorpus(t *testing.T) {
	bin, err := buildCLI()
	require.NoError(t, err, "the CLI must build")
	if dir := filepath.Dir(bin); filepath.Base(bin) == "aioplay" {
		t.Cleanup(func() { os.RemoveAll(dir) })
	}
	names, err := corpusPrograms(corpusDir)
	require.NoError(t, err)
	require.NotEmpty(t, names, "tests/corpus holds no programs")
	listData, err := os.ReadFile(failingListPath)
	require.NoError(t, err, "tests/corpus_failing.txt must exist (it may list nothing)")
	failing, err := parseFailingList(listData)
	require.NoError(t, err, "tests/corpus_failing.txt")

	inCorpus := map[string]bool{}
	for _, n := range names {
		inCorpus[n] = true
	}
	for n := range failing.reasons {
		if !inCorpus[n] {
			t.Errorf("corpus_failing.txt lists %s, which is not a program of tests/corpus", n)
		}
	}

	results := make([]programResult, len(names))
	t.Run("programs", func(t *testing.T) {
		for i, name := range names {
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				results[i] = checkProgram(t, bin, name, failing.has(name))
			})
		}
	})

	var pass, known, unlisted, total int
	newReasons := map[string]string{}
	for i, r := range results {
		name := names[i]
		if !r.ran {
			if failing.has(name) {
				newReasons[name] = failing.reasons[name]
			}
			continue
		}
		total++
		switch r.verdict {
		case passed, nowPasses:
			pass++
		case knownFailing:
			known++
			newReasons[name] = r.reason
		case newFailure:
			unlisted++
			newReasons[name] = r.reason
		}
	}
	corpusSummary = fmt.Sprintf("corpus: %d passed, %d failing (listed), %d total", pass, known, total)
	if unlisted > 0 {
		corpusSummary += fmt.Sprintf(" (and %d failing that are NOT listed)", unlisted)
	}
	t.Log(corpusSummary)

	if *updateFailing {
		require.NoError(t, os.WriteFile(failingListPath, formatFailingList(newReasons), 0o644))
		t.Logf("rewrote %s: %d programs listed", failingListPath, len(newReasons))
	}
}

// checkProgram runs one program and reports it according to its verdict.
func checkProgram(t *testing.T, bin, name string, listed bool) programResult {
	wantOut, wantErr, err := readExpected(corpusDir, name)
	require.NoError(t, err, "reading the expected output of %s", name)
	got := runProgram(bin, corpusDir, name+".py", perProgramTimeout)
	mismatchErr := compareRun(wantOut, wantErr, got)
	v := judge(listed, mismatchErr)
	reason := ""
	if mismatchErr != nil {
		reason = shortReason(mismatchErr, got.Stderr)
	}
	switch v {
	case knownFailing:
		t.Logf("known failing (listed): %s", reason)
	case nowPasses:
		if *updateFailing {
			t.Logf("now passes: dropped from %s", failingListPath)
		} else {
			t.Errorf("now passes: remove it from corpus_failing.txt")
		}
	case newFailure:
		msg := fmt.Sprintf("%s.py does not match CPython (and is not listed in corpus_failing.txt):\n%v\nstderr (last lines):\n%s",
			name, mismatchErr, tail(got.Stderr, 12))
		if *updateFailing {
			t.Log(msg)
		} else {
			t.Error(msg)
		}
	}
	return programResult{ran: true, verdict: v, reason: reason}
}

// TestCorpusIsSharedCopy checks that tests/corpus is still a verbatim copy
// of ../shared/corpus when that folder is beside the repository (it is on
// the developers' machines and in CI; a bare clone has no shared/).
func TestCorpusIsSharedCopy(t *testing.T) {
	if _, err := os.Stat(sharedCorpusDir); err != nil {
		t.Skipf("no %s beside the repository: nothing to compare with", sharedCorpusDir)
	}
	ours, err := readTree(corpusDir)
	require.NoError(t, err)
	theirs, err := readTree(sharedCorpusDir)
	require.NoError(t, err)
	for p := range theirs {
		if _, ok := ours[p]; !ok {
			t.Errorf("tests/corpus lacks %s (copy ../shared/corpus again)", p)
		}
	}
	for p, b := range ours {
		other, ok := theirs[p]
		switch {
		case !ok:
			t.Errorf("tests/corpus has %s, which ../shared/corpus does not", p)
		case !bytes.Equal(b, other):
			t.Errorf("tests/corpus/%s differs from ../shared/corpus/%s", p, p)
		}
	}
}

// readTree reads every regular file under dir, by slash-separated path.
func readTree(dir string) (map[string][]byte, error) {
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = b
		return nil
	})
	return files, err
}
