package asyncio

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"aioplay/runtime/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runPython runs a program on a real interpreter with this package's
// modules, returning stdout, stderr and the runtime.
func runPython(t *testing.T, filename string, src []byte, opts Options) (string, string, *Runtime, error) {
	t.Helper()
	rt := NewRuntime(opts)
	var out, errb strings.Builder
	in := py.NewInterp(py.Options{
		Filename: filename,
		Source:   src,
		Stdout: func(s string) {
			out.WriteString(s)
			if tr := rt.Trace(); tr != nil {
				tr.Output("stdout", s)
			}
		},
		Stderr: func(s string) {
			errb.WriteString(s)
			if tr := rt.Trace(); tr != nil {
				tr.Output("stderr", s)
			}
		},
		Modules: rt.Modules(),
	})
	rt.Bind(in)
	defer Forget(in)
	err := py.RunSource(in, src)
	rt.AtExit()
	return out.String(), errb.String(), rt, err
}

// TestSeedTrace pins the trace of the seed program (tests/corpus/seed_run.py).
func TestSeedTrace(t *testing.T) {
	src, err := os.ReadFile("../../tests/corpus/seed_run.py")
	require.NoError(t, err)
	want, err := os.ReadFile("../../tests/corpus/seed_run.out")
	require.NoError(t, err)
	out, errs, rt, err := runPython(t, "seed_run.py", src, Options{Trace: true})
	require.NoError(t, err)
	assert.Equal(t, string(want), out)
	assert.Empty(t, errs)
	assert.Equal(t, int64(3e9), rt.Now(), "three sequential 1 s phases on the virtual clock")
	var buf bytes.Buffer
	require.NoError(t, rt.Trace().WriteJSON(&buf))
	golden(t, "testdata/seed_run.trace.json", buf.String())
}
