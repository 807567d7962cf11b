package py_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"aioplay/runtime/interp"
)

// TestNumGolden runs the programs of testdata/num_golden (operator
// dispatch with user classes, int/float/complex conversions and their
// errors, random.py over _random) and compares stdout and stderr with
// python3.11's (NAME.out, NAME.err, made by running python3.11 NAME.py in
// that directory; the directory is written $DIR in NAME.err).
func TestNumGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/num_golden/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(strings.TrimSuffix(name, ".py"), func(t *testing.T) {
			src, err := os.ReadFile(path)
			require.NoError(t, err)
			wantOut, err := os.ReadFile(strings.TrimSuffix(path, ".py") + ".out")
			require.NoError(t, err)
			wantErr, _ := os.ReadFile(strings.TrimSuffix(path, ".py") + ".err")
			abs, err := filepath.Abs(path)
			require.NoError(t, err)
			// CPython names the script by its absolute path; the .err
			// files write its directory as $DIR.
			wantErr = bytes.ReplaceAll(wantErr, []byte("$DIR/"), []byte(filepath.Dir(abs)+"/"))
			var stdout, stderr bytes.Buffer
			interp.Run(src, interp.Options{Filename: abs, Stdout: &stdout, Stderr: &stderr})
			assert.Equal(t, string(wantOut), stdout.String(), "stdout of %s", name)
			assert.Equal(t, string(wantErr), stderr.String(), "stderr of %s", name)
		})
	}
}
