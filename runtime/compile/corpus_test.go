package compile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"aioplay/runtime/syntax"
)

// TestCorpusCompiles compiles every corpus program. Programs whose
// recorded stderr shows a SyntaxError must fail with the same message;
// all others must compile.
func TestCorpusCompiles(t *testing.T) {
	files, err := filepath.Glob("../../tests/corpus/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files, "the corpus should be found")
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			wantErr := ""
			if errText, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".err"); err == nil {
				for _, line := range strings.Split(string(errText), "\n") {
					if msg, ok := strings.CutPrefix(line, "SyntaxError: "); ok {
						wantErr = msg
					}
				}
			}
			code, err := CompileSource("main.py", src)
			if wantErr != "" {
				require.Error(t, err, "CPython reports a SyntaxError")
				se, ok := err.(*syntax.Error)
				require.True(t, ok, "the error should be a *syntax.Error, got %T", err)
				assert.Equal(t, wantErr, se.Msg)
				return
			}
			require.NoError(t, err)
			require.NotNil(t, code)
			// the disassembler must handle every program
			assert.NotEmpty(t, Disassemble(code))
		})
	}
}
