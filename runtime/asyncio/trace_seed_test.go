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

func TestTraceRecordsBlockingCallsAndCancellation(t *testing.T) {
	src := `import asyncio, time
async def victim():
    await asyncio.sleep(5)
async def main():
    v = asyncio.create_task(victim(), name="victim")
    await asyncio.sleep(0)
    time.sleep(0.25)
    v.cancel()
    await asyncio.gather(v, return_exceptions=True)
asyncio.run(main())
`
	_, errs, rt, err := runPython(t, "main.py", []byte(src), Options{Trace: true})
	require.NoError(t, err, errs)
	tr := rt.Trace()
	require.GreaterOrEqual(t, len(tr.Tasks), 2)
	assert.Equal(t, "victim", tr.Tasks[1].Name)
	assert.Equal(t, 5, tr.Tasks[1].Line)
	assert.Equal(t, 0, tr.Tasks[1].Parent)
	var kinds []string
	for _, e := range tr.Events {
		switch e.Kind {
		case EvBlock:
			assert.Equal(t, int64(25e7), e.Dur)
			assert.Equal(t, 7, e.Line)
			assert.Equal(t, "time.sleep", e.Text)
			kinds = append(kinds, "block")
		case EvCancel:
			assert.Equal(t, 1, e.Task)
			assert.Equal(t, 0, e.Target, "cancelled by main")
			kinds = append(kinds, "cancel")
		case EvDone:
			if e.Task == 1 {
				assert.Equal(t, "cancelled", e.Detail)
				kinds = append(kinds, "victim cancelled")
			}
		}
	}
	assert.Equal(t, []string{"block", "cancel", "victim cancelled"}, kinds)
}
