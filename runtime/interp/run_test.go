package interp

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"aioplay/runtime/asyncio"
	"aioplay/runtime/py"
)

// lockedBuffer is a bytes.Buffer safe to read while a run may write.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestRunTurnsAPanicIntoAnInternalError(t *testing.T) {
	var stdout, stderr lockedBuffer
	code := Run([]byte("print(1)\n"), Options{
		Stdout: &stdout, Stderr: &stderr,
		beforeRun: func(*sinks) { panic("boom in the runtime") },
	})
	assert.Equal(t, ExitInternalError, code)
	assert.Empty(t, stdout.String())
	report := stderr.String()
	assert.True(t, strings.HasPrefix(report, "aioplay: internal error: boom in the runtime\nGo stack (most recent call first):\n"),
		"the report starts with the panic value and the stack header, got:\n%s", report)
	assert.Contains(t, report, "TestRunTurnsAPanicIntoAnInternalError", "the stack shows where the panic came from")
	assert.LessOrEqual(t, strings.Count(report, "\n"), maxStackLines+4, "the stack is kept short")
}

func TestRunTurnsAPanicUnderATimeoutIntoAnInternalError(t *testing.T) {
	var stderr lockedBuffer
	code := Run(nil, Options{
		Stderr:    &stderr,
		Timeout:   5 * time.Second,
		beforeRun: func(*sinks) { panic(errors.New("an error value")) },
	})
	assert.Equal(t, ExitInternalError, code)
	assert.True(t, strings.HasPrefix(stderr.String(), "aioplay: internal error: an error value\n"), stderr.String())
}

func TestRunStopsAtTheWallClockTimeout(t *testing.T) {
	var stderr lockedBuffer
	const timeout = 300 * time.Millisecond
	start := time.Now()
	code := Run([]byte("while True:\n    pass\n"), Options{Stderr: &stderr, Timeout: timeout})
	assert.Less(t, time.Since(start), timeout+stopGrace-200*time.Millisecond,
		"Run returns soon after the timeout, without waiting out the grace period: the VM notices Stop")
	assert.Equal(t, 1, code)
	assert.Equal(t, "aioplay: stopped: wall-clock timeout of 0.3 s exceeded\n", stderr.String())
}

func TestStopBeforeTheInterpreterExists(t *testing.T) {
	s := &session{}
	s.stop()
	assert.True(t, s.stopped.Load(), "the request is remembered for when the interpreter exists")
}

func TestRunWritesNothingAfterTheTimeout(t *testing.T) {
	var stdout, stderr lockedBuffer
	released := make(chan struct{})
	code := Run(nil, Options{
		Stdout: &stdout, Stderr: &stderr,
		Timeout: 100 * time.Millisecond,
		beforeRun: func(out *sinks) {
			defer close(released)
			out.Stdout("before\n")
			time.Sleep(300 * time.Millisecond) // not interruptible by Stop
			out.Stdout("after the timeout\n")
			out.Stderr("after the timeout\n")
		},
	})
	assert.Equal(t, 1, code)
	<-released
	assert.Equal(t, "before\n", stdout.String(), "nothing is written after the timeout")
	assert.Equal(t, "aioplay: stopped: wall-clock timeout of 0.1 s exceeded\n", stderr.String())
}

func TestFinish(t *testing.T) {
	var stderr bytes.Buffer
	out := &sinks{stdout: &bytes.Buffer{}, stderr: &stderr}
	status := func(err error) (int, string) {
		stderr.Reset()
		return finish(nil, err, out), stderr.String()
	}

	code, text := status(nil)
	assert.Equal(t, 0, code, "a program that ends normally")
	assert.Empty(t, text)

	code, text = status(&asyncio.Halt{Reason: "deadlock: main waits for a future nobody completes"})
	assert.Equal(t, 1, code, "an asyncio halt")
	assert.Equal(t, "aioplay: deadlock: main waits for a future nobody completes\n", text)

	code, text = status(&py.HaltError{Reason: "step limit exceeded"})
	assert.Equal(t, 1, code, "the VM's step limit")
	assert.Equal(t, "aioplay: stopped: step limit exceeded\n", text)

	code, text = status(errors.New("not a Python exception"))
	assert.Equal(t, ExitInternalError, code, "a non-Python error is an internal error")
	assert.Equal(t, "aioplay: internal error: not a Python exception\n", text)
}

func TestSinksDropWritesAfterClose(t *testing.T) {
	var stdout, stderr bytes.Buffer
	s := &sinks{stdout: &stdout, stderr: &stderr}
	s.Stdout("a")
	s.closeWith("last\n")
	s.Stdout("b")
	s.Stderr("c")
	s.closeWith("again\n")
	require.Equal(t, "a", stdout.String())
	require.Equal(t, "last\n", stderr.String())
}

func TestSinksTeeSeesEveryWrite(t *testing.T) {
	var got []string
	s := &sinks{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}}
	s.tee = func(stream, text string) { got = append(got, stream+":"+text) }
	s.Stdout("a")
	s.Stderr("b")
	s.close()
	s.Stdout("c")
	assert.Equal(t, []string{"stdout:a", "stderr:b"}, got)
}

// Both expected texts were printed by /usr/bin/python3.11 (for a file
// holding "1/0", and for -c "1/0").
func TestTracebackSourceLines(t *testing.T) {
	var stderr bytes.Buffer
	code := Run([]byte("1/0\n"), Options{Filename: "main.py", Stderr: &stderr})
	assert.Equal(t, 1, code)
	assert.Equal(t, "Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n",
		stderr.String(), "a file's traceback shows its source line")

	stderr.Reset()
	code = Run([]byte("1/0"), Options{Filename: "<string>", Stderr: &stderr})
	assert.Equal(t, 1, code)
	assert.Equal(t, "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nZeroDivisionError: division by zero\n",
		stderr.String(), "-c code has no source lines to show")
}

func TestRunSyntaxError(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := Run([]byte("print('never')\nx = (1 +\n"), Options{Stdout: &stdout, Stderr: &stderr})
	assert.Equal(t, 1, code)
	assert.Empty(t, stdout.String(), "nothing runs when the program does not compile")
	assert.Equal(t, "  File \"main.py\", line 2\n    x = (1 +\n        ^\nSyntaxError: '(' was never closed\n", stderr.String())
}

func TestRunSystemExit(t *testing.T) {
	for _, tc := range []struct {
		src, stderr string
		code        int
	}{
		{"import sys\nsys.exit()\n", "", 0},
		{"import sys\nsys.exit(3)\n", "", 3},
		{"raise SystemExit(None)\n", "", 0},
		{"import sys\nsys.exit('bye')\n", "bye\n", 1},
	} {
		var stderr bytes.Buffer
		assert.Equal(t, tc.code, Run([]byte(tc.src), Options{Stderr: &stderr}), tc.src)
		assert.Equal(t, tc.stderr, stderr.String(), tc.src)
	}
}

func TestRunWritesTheTrace(t *testing.T) {
	var stdout, trace bytes.Buffer
	src := "import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n    print('done')\n\nasyncio.run(main())\n"
	code := Run([]byte(src), Options{Stdout: &stdout, Trace: &trace})
	assert.Equal(t, 0, code)
	assert.Equal(t, "done\n", stdout.String())
	assert.True(t, strings.HasPrefix(trace.String(), `{"version":1,`), "a JSON trace: %.80s", trace.String())
	assert.Contains(t, trace.String(), `"done\n"`, "the trace records the output")
}

func TestRunReportsAtExit(t *testing.T) {
	// CPython 3.11 prints "Task exception was never retrieved" at shutdown
	// for a failed task nobody awaited.
	var stderr bytes.Buffer
	src := "import asyncio\n\nasync def boom():\n    raise ValueError('x')\n\nasync def main():\n    asyncio.get_running_loop().create_task(boom())\n    await asyncio.sleep(0.1)\n\nasyncio.run(main())\n"
	code := Run([]byte(src), Options{Stderr: &stderr})
	assert.Equal(t, 0, code)
	assert.Contains(t, stderr.String(), "Task exception was never retrieved")
}

func TestRunStampsOutputRecords(t *testing.T) {
	src := "import asyncio\n\nasync def worker():\n    await asyncio.sleep(2)\n    print('worker')\n\nasync def main():\n    print('start')\n    await asyncio.sleep(1)\n    print('main')\n    await asyncio.create_task(worker())\n\nasyncio.run(main())\nprint('end')\n"
	for _, traced := range []bool{true, false} {
		var recs []OutputRecord
		opts := Options{Output: func(r OutputRecord) { recs = append(recs, r) }}
		if traced {
			opts.Trace = io.Discard
		}
		require.Equal(t, 0, Run([]byte(src), opts))
		// print may write its text and its end separately: join the
		// records that carry the same stamp.
		var merged []OutputRecord
		for _, r := range recs {
			if n := len(merged); n > 0 && merged[n-1].Stream == r.Stream && merged[n-1].T == r.T && merged[n-1].Task == r.Task {
				merged[n-1].Text += r.Text
				continue
			}
			merged = append(merged, r)
		}
		var got []string
		for _, r := range merged {
			got = append(got, fmt.Sprintf("%s %q t=%g task=%d", r.Stream, r.Text, r.T, r.Task))
		}
		want := []string{
			`stdout "start\n" t=0 task=0`,
			`stdout "main\n" t=1 task=0`,
			`stdout "worker\n" t=3 task=1`,
			`stdout "end\n" t=3 task=-1`,
		}
		if !traced {
			// Without a trace the task is unknown: only the times tell.
			want = []string{
				`stdout "start\n" t=0 task=-1`,
				`stdout "main\n" t=1 task=-1`,
				`stdout "worker\nend\n" t=3 task=-1`,
			}
		}
		assert.Equal(t, want, got, "traced=%v", traced)
	}
}
