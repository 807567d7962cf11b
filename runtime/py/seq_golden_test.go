package py

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSeqGoldenPrograms runs the programs of testdata/seq_golden and
// compares their stdout with the .out files recorded from python3.11
// (regenerate with: for f in *.py; do python3.11 $f > ${f%.py}.out; done).
func TestSeqGoldenPrograms(t *testing.T) {
	files, err := filepath.Glob("testdata/seq_golden/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		f := f
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".out")
			require.NoError(t, err)
			var out, errOut strings.Builder
			in := NewInterp(Options{Filename: f, Stdout: func(s string) { out.WriteString(s) }, Stderr: func(s string) { errOut.WriteString(s) }})
			runErr := RunSource(in, src)
			require.NoError(t, runErr, "stderr: %s", errOut.String())
			require.Equal(t, string(want), out.String())
		})
	}
}
