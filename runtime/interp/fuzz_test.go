package interp

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// FuzzRun runs arbitrary source through the whole runtime (compile, VM,
// modules) and checks the promise of this package: whatever the program,
// Run returns, and a Go panic never escapes nor is it the way a program
// ends (status ExitInternalError means a runtime bug). The corpus programs
// are the seeds. Steps and wall time are bounded so that loops end.
func FuzzRun(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "tests", "corpus", "*.py"))
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("print(1)\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		var stderr strings.Builder
		code := Run(src, Options{
			Stdout:   io.Discard,
			Stderr:   &stderr,
			Timeout:  2 * time.Second,
			MaxSteps: 1_000_000,
		})
		if code == ExitInternalError {
			t.Fatalf("internal error for the program:\n%s\nstderr:\n%s", src, stderr.String())
		}
	})
}
