package asyncio

import (
	"strings"

	"aioplay/runtime/py"
)

// reportUnretrieved logs "Task exception was never retrieved" (and the
// Future/_GatheringFuture variants) for futures of l whose exception nobody
// retrieved. CPython logs them when the object is garbage-collected; we do
// it at the deterministic point where the loop is closed (ASYNCIO.md GC4).
func (rt *Runtime) reportUnretrieved(l *Loop) {
	kept := rt.unretrieved[:0]
	var report []*Future
	for _, f := range rt.unretrieved {
		switch {
		case !f.logTB:
		case f.loop == l || l == nil:
			report = append(report, f)
		default:
			kept = append(kept, f)
		}
	}
	rt.unretrieved = kept
	for _, f := range report {
		rt.reportNeverRetrieved(f)
	}
}

// reportNeverRetrieved logs "X exception was never retrieved" for f
// (futures.py:Future.__del__) unless it was retrieved meanwhile.
func (rt *Runtime) reportNeverRetrieved(f *Future) {
	if !f.logTB {
		return
	}
	f.logTB = false
	f.loop.callExceptionHandler([]ctxItem{
		{"message", py.NewStr(py.TypeName(f.obj) + " exception was never retrieved")},
		{"exception", f.exc},
		{"future", f.obj},
	})
}

// AtExit emulates what CPython prints when the interpreter shuts down:
// pending tasks of loops that were never cleaned up are reported as "Task
// was destroyed but it is pending!" and their coroutine is closed (so its
// finally blocks run), and
// unretrieved exceptions are reported. The host calls it once, after the
// main module finished (also after an uncaught exception).
func (rt *Runtime) AtExit() {
	for _, l := range rt.loops {
		for _, t := range l.liveTasks() {
			if t.Done() || !t.logDestroyPending {
				continue
			}
			t.loop.callExceptionHandler([]ctxItem{
				{"message", py.NewStr("Task was destroyed but it is pending!")},
				{"task", t},
			})
			t.coro.Close(rt.in)
		}
	}
	rt.reportUnretrieved(nil)
}

// describeWaiter says what a future waits for, for deadlock reports:
// "Task-1 main() waits on a Future that nothing will complete".
func (rt *Runtime) describeWaiter(o py.Object) string {
	t, ok := o.(*Task)
	if !ok {
		if o == nil {
			return "run_forever() has nothing to run: no callbacks are ready and no timers are pending"
		}
		return "run_until_complete() waits on " + describeAwaited(rt.in, o)
	}
	var b strings.Builder
	b.WriteString(rt.describeTask(t))
	if l := t.loop; l != nil {
		for _, other := range l.liveTasks() {
			if other != t {
				b.WriteString("\n  ")
				b.WriteString(rt.describeTask(other))
			}
		}
	}
	return b.String()
}

func (rt *Runtime) describeTask(t *Task) string {
	s := t.Name(rt.in) + " " + coroName(t.coro) + "()"
	if t.waiter == nil {
		return s + " is ready"
	}
	return s + " waits on " + describeAwaited(rt.in, t.waiter)
}

func describeAwaited(in *py.Interp, o py.Object) string {
	if t, ok := o.(*Task); ok {
		return t.Name(in) + " " + coroName(t.coro) + "()"
	}
	f, ok := asFuture(o)
	if !ok {
		return reprOf(in, o)
	}
	switch f.waitKind {
	case waitQueueGet:
		return "Queue.get() on a queue that nothing will fill"
	case waitQueuePut:
		return "Queue.put() on a full queue that nothing will drain"
	case waitLock:
		return "Lock.acquire() on a lock that nothing will release"
	case waitEvent:
		return "Event.wait() on an event that nothing will set"
	case waitSemaphore:
		return "Semaphore.acquire() that nothing will release"
	case waitCondition:
		return "Condition.wait() that nothing will notify"
	case waitBarrier:
		return "Barrier.wait() that not enough tasks will reach"
	case waitTaskGroup:
		return "a TaskGroup whose tasks never finish"
	}
	if f.gather != nil {
		return "a gather() whose awaitables never finish"
	}
	return "a Future that nothing will complete"
}
