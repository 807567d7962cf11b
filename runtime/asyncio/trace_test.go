package asyncio

import (
	"bytes"
	"flag"
	"os"
	"testing"

	"aioplay/runtime/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTraceOfSleepingTasks(t *testing.T) {
	rt := NewRuntime(Options{Trace: true})
	tr := rt.Trace()
	child := script("child",
		await(func(py.Object) py.Object { tr.Output("stdout", "child\n"); return rt.sleep(1, nil) }),
		returns(func(py.Object) py.Object { return py.Int(7) }))
	main := script("main",
		await(func(py.Object) py.Object { return rt.running.NewTask(child, nil, nil) }),
		do(func(py.Object) { tr.Output("stdout", "main \"done\"\n") }))
	_, err := runMain(t, rt, main)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, tr.WriteJSON(&buf))
	golden(t, "testdata/trace_sleeping.json", buf.String())
}

var update = flag.Bool("update", false, "rewrite golden files")

// golden compares got with a file under testdata (-update rewrites it).
func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "missing golden file: run go test -update")
	assert.Equal(t, string(want), got, "trace differs from %s (go test -update rewrites it)", path)
}
