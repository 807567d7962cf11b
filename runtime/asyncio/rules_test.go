package asyncio

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRules runs the programs in testdata/rules, one per group of rules
// of ASYNCIO.md, and compares their stdout with what CPython 3.11 printed
// (the .out files were produced by python3.11 from inside that folder).
func TestRules(t *testing.T) {
	files, err := filepath.Glob("testdata/rules/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		f := f
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".out")
			require.NoError(t, err)
			out, errs, _, err := runPython(t, filepath.Base(f), src, Options{})
			assert.NoError(t, err, "stderr:\n%s", errs)
			assert.Equal(t, string(want), out)
		})
	}
}
