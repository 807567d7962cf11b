package asyncio

import (
	"fmt"
	"strings"
	"testing"

	"aioplay/runtime/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// These tests drive the loop with Go callbacks and Go-written coroutines,
// without a Python interpreter: they pin the scheduling rules of
// ASYNCIO.md that do not depend on Python code.

type recorder struct{ lines []string }

func (r *recorder) add(s string) func(py.Object) error {
	return func(py.Object) error { r.lines = append(r.lines, s); return nil }
}

func (r *recorder) logf(format string, a ...any) {
	r.lines = append(r.lines, fmt.Sprintf(format, a...))
}

func newTestLoop(opts Options) (*Runtime, *Loop) {
	rt := NewRuntime(opts)
	return rt, rt.NewLoop()
}

// runUntil runs the loop until stop is called by a callback, or fails.
func runForever(t *testing.T, l *Loop) {
	t.Helper()
	require.NoError(t, l.RunForever())
}

func TestCallSoonIsFIFOAndIterationBounded(t *testing.T) {
	_, l := newTestLoop(Options{})
	var r recorder
	l.CallSoonGo(func(py.Object) error {
		r.logf("a")
		l.CallSoonGo(r.add("a-child"), nil, "")
		return nil
	}, nil, "")
	l.CallSoonGo(r.add("b"), nil, "")
	l.CallSoonGo(func(py.Object) error {
		r.logf("c")
		l.CallSoonGo(func(py.Object) error { l.Stop(); return nil }, nil, "")
		return nil
	}, nil, "")
	runForever(t, l)
	assert.Equal(t, []string{"a", "b", "c", "a-child"}, r.lines, "callbacks scheduled during an iteration run in the next one (L2)")
	assert.Equal(t, int64(2), l.iterations)
}

func TestStopFinishesTheIteration(t *testing.T) {
	_, l := newTestLoop(Options{})
	var r recorder
	l.CallSoonGo(func(py.Object) error { l.Stop(); r.logf("stop"); return nil }, nil, "")
	l.CallSoonGo(r.add("same iteration"), nil, "")
	l.CallSoonGo(func(py.Object) error {
		l.CallSoonGo(r.add("next run"), nil, "")
		return nil
	}, nil, "")
	runForever(t, l)
	assert.Equal(t, []string{"stop", "same iteration"}, r.lines, "stop() lets the snapshot finish (L7)")
	l.CallSoonGo(func(py.Object) error { l.Stop(); return nil }, nil, "")
	runForever(t, l)
	assert.Equal(t, []string{"stop", "same iteration", "next run"}, r.lines, "handles left in the queue run in the next run_forever")
}

func TestTimersOrderedByDeadlineThenRegistration(t *testing.T) {
	rt, l := newTestLoop(Options{})
	var r recorder
	for i := 0; i < 8; i++ {
		l.CallAtGo(5e8, r.add(fmt.Sprint("tie", i)), nil, "")
	}
	l.CallLaterGo(3e8, r.add("early"), nil, "")
	l.CallLaterGo(7e8, func(py.Object) error { r.logf("late at %d", rt.now); l.Stop(); return nil }, nil, "")
	runForever(t, l)
	assert.Equal(t, []string{"early", "tie0", "tie1", "tie2", "tie3", "tie4", "tie5", "tie6", "tie7", "late at 700000000"}, r.lines,
		"equal deadlines fire in registration order (V2, V7)")
	assert.Equal(t, 0.7, l.Time())
}

func TestReadyCallbacksRunBeforeTimersThatJustCameDue(t *testing.T) {
	_, l := newTestLoop(Options{})
	var r recorder
	// The body of a task step: call_later(0), call_soon, then sleep(0).
	l.CallSoonGo(func(py.Object) error {
		l.CallLaterGo(0, r.add("call_later(0)"), nil, "")
		l.CallSoonGo(r.add("call_soon"), nil, "")
		l.CallSoonGo(r.add("after sleep0"), nil, "")
		return nil
	}, nil, "")
	l.CallLaterGo(1, func(py.Object) error { l.Stop(); return nil }, nil, "")
	runForever(t, l)
	assert.Equal(t, []string{"call_soon", "after sleep0", "call_later(0)"}, r.lines, "due timers are appended after the ready queue (L4)")
}

func TestCancelledTimersDoNotMoveTheClock(t *testing.T) {
	rt, l := newTestLoop(Options{})
	var r recorder
	h := l.CallLaterGo(10e9, r.add("never"), nil, "")
	l.CallLaterGo(1e9, func(py.Object) error { r.logf("at %d", rt.now); l.Stop(); return nil }, nil, "")
	h.Cancel()
	runForever(t, l)
	assert.Equal(t, []string{"at 1000000000"}, r.lines)
	assert.Empty(t, l.timers, "the cancelled timer was dropped (V2)")
	assert.True(t, h.Cancelled())
}

func TestHeapRebuildDropsManyCancelledTimers(t *testing.T) {
	_, l := newTestLoop(Options{})
	var r recorder
	var hs []*Handle
	for i := 0; i < 300; i++ {
		hs = append(hs, l.CallLaterGo(int64(i+1)*1e6, r.add(fmt.Sprint(i)), nil, ""))
	}
	for i, h := range hs {
		if i%3 != 0 {
			h.Cancel()
		}
	}
	l.CallSoonGo(func(py.Object) error { l.Stop(); return nil }, nil, "")
	runForever(t, l)
	assert.Len(t, l.timers, 100, "more than half cancelled: the heap is rebuilt (L3.1)")
	assert.Equal(t, 0, l.cancelledTimers)
	l.CallLaterGo(1e9, func(py.Object) error { l.Stop(); return nil }, nil, "")
	runForever(t, l)
	assert.Len(t, r.lines, 100)
	assert.Equal(t, "0", r.lines[0])
	assert.Equal(t, "297", r.lines[99])
}

func TestDeadlockHalts(t *testing.T) {
	_, l := newTestLoop(Options{})
	f := l.NewFuture()
	l.mainFuture = f
	err := l.RunForever()
	var h *Halt
	require.ErrorAs(t, err, &h)
	assert.Equal(t, "aioplay: deadlock: run_until_complete() waits on a Future that nothing will complete", err.Error())
	assert.False(t, l.IsRunning())
}

func TestVirtualTimeCap(t *testing.T) {
	_, l := newTestLoop(Options{MaxVirtualSeconds: 10})
	var tick func(py.Object) error
	n := 0
	tick = func(py.Object) error { n++; l.CallLaterGo(1e9, tick, nil, ""); return nil }
	l.CallSoonGo(tick, nil, "")
	err := l.RunForever()
	require.Error(t, err)
	assert.Equal(t, "aioplay: stopped: 10 virtual seconds elapsed", err.Error())
	assert.Equal(t, 11, n)
}

func TestIterationCap(t *testing.T) {
	_, l := newTestLoop(Options{MaxIterations: 1000})
	var spin func(py.Object) error
	spin = func(py.Object) error { l.CallSoonGo(spin, nil, ""); return nil }
	l.CallSoonGo(spin, nil, "")
	err := l.RunForever()
	require.Error(t, err)
	assert.Equal(t, "aioplay: stopped: 1000 loop iterations", err.Error())
}

func TestStarvationGuardAdvancesTheClock(t *testing.T) {
	rt, l := newTestLoop(Options{StarvationSpins: 50, BusyIterationCost: 1e6})
	flag := false
	l.CallLaterGo(1e8, func(py.Object) error { flag = true; return nil }, nil, "")
	spins := 0
	var spin func(py.Object) error
	spin = func(py.Object) error {
		if flag {
			l.Stop()
			return nil
		}
		spins++
		l.CallSoonGo(spin, nil, "")
		return nil
	}
	l.CallSoonGo(spin, nil, "")
	runForever(t, l)
	assert.True(t, flag)
	assert.Equal(t, int64(1e8), rt.now)
	assert.Equal(t, 150, spins, "50 free busy iterations, then 1 ms each until the 100 ms timer (V5)")
}

func TestBusyLoopDoesNotFireFarTimers(t *testing.T) {
	rt, l := newTestLoop(Options{StarvationSpins: 50, BusyIterationCost: 1e6})
	fired := false
	l.CallLaterGo(10e9, func(py.Object) error { fired = true; return nil }, nil, "")
	n := 0
	var spin func(py.Object) error
	spin = func(py.Object) error {
		n++
		if n == 1000 {
			l.Stop()
			return nil
		}
		l.CallSoonGo(spin, nil, "")
		return nil
	}
	l.CallSoonGo(spin, nil, "")
	runForever(t, l)
	assert.False(t, fired)
	assert.Equal(t, int64(950e6), rt.now)
}

func TestSecondsToNs(t *testing.T) {
	assert.Equal(t, int64(100_000_000), secondsToNs(0.1))
	assert.Equal(t, int64(700_000_000), secondsToNs(0.7))
	assert.Equal(t, secondsToNs(0.8), secondsToNs(0.1)+secondsToNs(0.7), "integer clock: 0.1 + 0.7 == 0.8 (V1)")
	assert.Equal(t, int64(-1_500_000_000), secondsToNs(-1.5))
}

func TestReadyQueueGrows(t *testing.T) {
	var q readyQueue
	for i := 0; i < 200; i++ {
		q.push(&Handle{seq: uint64(i)})
		if i%3 == 0 {
			q.pop()
		}
	}
	var got []uint64
	for q.len() > 0 {
		got = append(got, q.pop().seq)
	}
	require.Len(t, got, 133)
	for i := 1; i < len(got); i++ {
		assert.Less(t, got[i-1], got[i])
	}
}

func TestFutureCallbacksScheduledInOrder(t *testing.T) {
	_, l := newTestLoop(Options{})
	var r recorder
	f := l.NewFuture()
	f.AddDoneCallbackGo(r.add("cb1"), "")
	f.AddDoneCallbackGo(r.add("cb2"), "")
	l.CallSoonGo(func(py.Object) error {
		r.logf("set")
		f.SetResult(py.Int(1))
		l.CallSoonGo(r.add("soon after set"), nil, "")
		f.AddDoneCallbackGo(r.add("late cb"), "")
		return nil
	}, nil, "")
	l.CallLaterGo(1, func(py.Object) error { l.Stop(); return nil }, nil, "")
	runForever(t, l)
	assert.Equal(t, []string{"set", "cb1", "cb2", "soon after set", "late cb"}, r.lines, "F1, F2")
	res, err := f.Result()
	require.NoError(t, err)
	assert.Equal(t, py.Int(1), res)
	assert.EqualError(t, f.SetResult(py.Int(2)), "InvalidStateError: invalid state")
}

func TestFutureStateTexts(t *testing.T) {
	_, l := newTestLoop(Options{})
	f := l.NewFuture()
	_, err := f.Result()
	assert.EqualError(t, err, "InvalidStateError: Result is not set.")
	_, err = f.Exception()
	assert.EqualError(t, err, "InvalidStateError: Exception is not set.")
	assert.True(t, f.Cancel(py.NewStr("why")))
	assert.False(t, f.Cancel(nil))
	_, err = f.Result()
	assert.EqualError(t, err, "CancelledError: why")
	assert.True(t, strings.HasPrefix(f.repr(nil), "<Future cancelled"))
}

func TestRealClockSleepsBeforeEachJump(t *testing.T) {
	var slept []int64
	rt, l := newTestLoop(Options{RealSleep: func(ns int64) { slept = append(slept, ns) }, SpeedFactor: 2})
	l.CallLaterGo(1e9, func(py.Object) error { return nil }, nil, "")
	l.CallLaterGo(3e9, func(py.Object) error { l.Stop(); return nil }, nil, "")
	runForever(t, l)
	assert.Equal(t, []int64{5e8, 1e9}, slept, "the host sleeps (delta / SpeedFactor) before each jump")
	assert.Equal(t, int64(3e9), rt.now, "virtual time is the same as with the virtual clock")
}
