// Package asyncio is aioplay's asyncio: an event loop that reproduces
// CPython 3.11's scheduling exactly on a virtual clock, the Future and Task
// types, the combinators (gather, wait, wait_for, shield, as_completed,
// timeout, TaskGroup), the synchronisation primitives and queues, and the
// companion modules time and contextvars. It also records a trace of every
// task (trace.go, documented in TRACE.md) from which the page draws its
// timeline.
//
// The rules that decide output order are written down in
// ../shared/ASYNCIO.md; the file split mirrors CPython's Lib/asyncio
// (events.go, base_events.go, futures.go, tasks.go, runners.go ...), so a
// reader who knows asyncio finds their way.
//
// It may import the Go standard library (no reflect, regexp, encoding/json:
// the package is compiled to WebAssembly) and aioplay/runtime/py. It never
// starts goroutines and never reads a real clock by itself: time is the
// loop's virtual clock (int64 nanoseconds), advanced only by the loop.
//
// # Host boundary
//
// The host builds a Runtime with NewRuntime(Options), installs
// rt.Modules() into py.Options.Modules, creates the interpreter and calls
// rt.Bind(in), runs the program, then calls rt.AtExit() (what CPython
// prints at interpreter shutdown: "Task was destroyed but it is
// pending!", late "exception was never retrieved" reports) and finally
// writes rt.Trace() (TRACE.md). Its output sinks report each write with
// rt.Trace().Output(stream, text) when tracing. rt.Now() and
// rt.CurrentTask() say when and from which task output comes.
//
// When a run must end because CPython would never finish it (deadlock,
// virtual-time cap, iteration cap) the loop returns a *Halt error, which
// travels through the VM unchanged: the host prints Halt.Error() on stderr
// and exits with status 1.
//
// Options.RealSleep selects the real clock (the loop sleeps before each
// jump of the virtual clock); Options.FormatException overrides the
// traceback formatter used by the loop's logged errors.
//
// Hooks for the VM: (*Task).Discarded (a created task's value was
// discarded by an expression statement) and (*Runtime).RegisterAsyncGen /
// ForgetAsyncGen (async generators to close at asyncio.run's shutdown).
//
// # Files
//
//	events.go          Handle / TimerHandle, the ready queue and the timer heap
//	base_events.go     Loop: _run_once on the virtual clock, run_forever, limits (Halt)
//	run_until_complete.go  run_until_complete, ensure_future, get_event_loop
//	futures.go         Future; futures_methods.go its Python methods
//	tasks.go           Task and its step; tasks_methods.go its Python methods
//	coro.go            NativeCoro (coroutines written in Go), the Future iterator
//	sleep.go, tasks_combinators.go (gather, shield), tasks_wait.go (wait, wait_for),
//	as_completed.go, executor.go (to_thread, run_in_executor)
//	timeouts.go, taskgroups.go, locks.go, barrier.go, queues.go
//	runners.go         asyncio.run, Runner, shutdown
//	diagnostics.go     never-retrieved / destroyed-pending reports, deadlock texts
//	exceptions.go      the loop's exception handler and CPython's log format
//	repr.go            reprs of futures, tasks, handles, coroutines (reprlib rules)
//	context.go, contextvars.go  contextvars; timemod.go the time module
//	trace.go, trace_json.go     the trace (TRACE.md)
//	module.go, types.go, runtime.go  module tables, Python types, per-interpreter state
package asyncio
