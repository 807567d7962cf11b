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
// rt.Modules() into py.Options.Modules, runs the program, and then reads
// rt.Trace(). When a run must end because CPython would never finish it
// (deadlock, virtual-time cap, iteration cap) the loop returns a *Halt
// error, which travels through the VM unchanged: the host prints
// Halt.Error() on stderr and exits with status 1.
package asyncio
