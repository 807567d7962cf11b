package asyncio

import (
	"strconv"

	"aioplay/runtime/py"
)

// Loop is the event loop (base_events.py:BaseEventLoop) on the Runtime's
// virtual clock. Python sees it as an instance of _UnixSelectorEventLoop.
type Loop struct {
	rt     *Runtime
	ready  readyQueue
	timers timerHeap
	// cancelledTimers counts cancelled handles still in the heap
	// (loop._timer_cancelled_count).
	cancelledTimers int

	running, stopping, closed bool
	iterations                int64
	// spins counts consecutive iterations that ran with timers pending but
	// never let the clock advance (the starvation guard, ASYNCIO.md V5).
	spins int

	current           *Task     // the task whose step is running (current_task())
	tasks             []*Task   // tasks created on this loop, creation order (all_tasks)
	compactAt         int       // len(tasks) at which finished tasks are dropped next
	mainFuture        py.Object // the future run_until_complete waits for (deadlock report)
	excHandler        py.Object // set_exception_handler(...); nil means default
	asyncgens         []py.Object
	asyncgensShutdown bool
	executorShutdown  bool
	debug             bool
}

// NewLoop makes a loop on rt's clock (new_event_loop()).
func (rt *Runtime) NewLoop() *Loop {
	l := &Loop{rt: rt}
	rt.loops = append(rt.loops, l)
	return l
}

// Type makes the loop a Python object.
func (l *Loop) Type() *py.Type { return LoopType }

// Now is the virtual clock in nanoseconds (loop.time() * 1e9).
func (l *Loop) Now() int64 { return l.rt.now }

// Time is loop.time().
func (l *Loop) Time() float64 { return float64(l.rt.now) / 1e9 }

// IsRunning, IsClosed are is_running() and is_closed().
func (l *Loop) IsRunning() bool { return l.running }
func (l *Loop) IsClosed() bool  { return l.closed }

// Stop is loop.stop(): the current iteration completes, then run_forever returns.
func (l *Loop) Stop() { l.stopping = true }

func (l *Loop) checkClosed() error {
	if l.closed {
		return py.Errorf(py.RuntimeError, "Event loop is closed")
	}
	return nil
}

// CallSoonGo schedules a Go callback (call_soon for internal callbacks).
func (l *Loop) CallSoonGo(fn func(arg py.Object) error, arg py.Object, label string) *Handle {
	h := &Handle{loop: l, fn: fn, arg: arg, label: label, index: -1}
	l.ready.push(h)
	return h
}

// callSoonHandle appends an existing handle to the ready queue.
func (l *Loop) callSoonHandle(h *Handle) { l.ready.push(h) }

// CallSoon is loop.call_soon(cb, *args, context=ctx).
func (l *Loop) CallSoon(cb py.Object, args []py.Object, ctx *Context) (*Handle, error) {
	if err := l.checkClosed(); err != nil {
		return nil, err
	}
	h := &Handle{loop: l, cb: cb, args: args, ctx: ctx, index: -1}
	l.ready.push(h)
	return h, nil
}

// CallAtNs schedules h to run at the virtual time when (ns).
func (l *Loop) scheduleTimer(h *Handle, when int64) {
	h.loop = l
	h.timer = true
	h.when = when
	l.rt.seq++
	h.seq = l.rt.seq
	h.scheduled = true
	l.timers.push(h)
}

// CallAt is loop.call_at(when, cb, *args) with when in virtual ns.
func (l *Loop) CallAt(when int64, cb py.Object, args []py.Object, ctx *Context) (*Handle, error) {
	if err := l.checkClosed(); err != nil {
		return nil, err
	}
	h := &Handle{cb: cb, args: args, ctx: ctx}
	l.scheduleTimer(h, when)
	return h, nil
}

// CallLaterGo schedules a Go callback delay ns from now.
func (l *Loop) CallLaterGo(delay int64, fn func(arg py.Object) error, arg py.Object, label string) *Handle {
	h := &Handle{fn: fn, arg: arg, label: label}
	l.scheduleTimer(h, l.rt.now+delay)
	return h
}

// CallAtGo schedules a Go callback at the virtual time when (ns).
func (l *Loop) CallAtGo(when int64, fn func(arg py.Object) error, arg py.Object, label string) *Handle {
	h := &Handle{fn: fn, arg: arg, label: label}
	l.scheduleTimer(h, when)
	return h
}

// timerCancelled is called when a timer in the heap is cancelled.
func (l *Loop) timerCancelled() { l.cancelledTimers++ }

// secondsToNs converts a delay in seconds to virtual nanoseconds, rounding
// to the nearest nanosecond (ASYNCIO.md V1).
func secondsToNs(d float64) int64 {
	if d != d { // NaN
		return 0
	}
	if d > 1e10 {
		return 1e19 / 2
	}
	if d < -1e10 {
		return -1e19 / 2
	}
	if d >= 0 {
		return int64(d*1e9 + 0.5)
	}
	return -int64(-d*1e9 + 0.5)
}

// runOnce is one iteration (base_events.py:_run_once on the virtual clock,
// ASYNCIO.md L3 and V3).
func (l *Loop) runOnce() error {
	// 1. Drop cancelled timers.
	if len(l.timers) > 100 && l.cancelledTimers*2 > len(l.timers) {
		l.timers.rebuild()
		l.cancelledTimers = 0
	} else {
		for len(l.timers) > 0 && l.timers[0].cancelled {
			h := l.timers.pop()
			h.scheduled = false
			l.cancelledTimers--
		}
	}
	// 2. Advance the virtual clock when nothing is ready.
	rt := l.rt
	if l.ready.len() == 0 && !l.stopping {
		if len(l.timers) == 0 {
			return l.deadlock()
		}
		if w := l.timers[0].when; w > rt.now {
			if err := rt.advanceTo(w); err != nil {
				return err
			}
		}
		l.spins = 0
	} else if len(l.timers) > 0 && l.ready.len() > 0 {
		// The starvation guard (ASYNCIO.md V5): CPython's clock moves
		// while tasks spin on sleep(0). After StarvationSpins busy
		// iterations in a row, each further one costs BusyIterationCost of
		// virtual time, so `while not flag: await asyncio.sleep(0)` ends
		// when the timer that sets flag comes due, while a long sleep(0)
		// loop beside a far timer does not make that timer fire early.
		l.spins++
		if l.spins > rt.opts.starvationSpins() {
			if err := rt.advanceTo(rt.now + rt.opts.busyIterationCost()); err != nil {
				return err
			}
		}
	} else {
		l.spins = 0
	}
	// 4. Move due timers to the end of the ready queue, in (when, seq) order.
	for len(l.timers) > 0 {
		h := l.timers[0]
		if h.cancelled {
			l.timers.pop()
			h.scheduled = false
			l.cancelledTimers--
			continue
		}
		if h.when > rt.now {
			break
		}
		l.timers.pop()
		h.scheduled = false
		l.ready.push(h)
	}
	// 5. Run what was ready when the iteration began.
	ntodo := l.ready.len()
	for i := 0; i < ntodo; i++ {
		h := l.ready.pop()
		if h.cancelled {
			continue
		}
		h.run()
		if rt.fatal != nil {
			err := rt.fatal
			rt.fatal = nil
			return err
		}
	}
	l.iterations++
	if max := rt.opts.maxIterations(); max > 0 && l.iterations >= max {
		return &Halt{Reason: "stopped: " + strconv.FormatInt(max, 10) + " loop iterations"}
	}
	return nil
}

// RunForever is loop.run_forever().
func (l *Loop) RunForever() error {
	if err := l.checkClosed(); err != nil {
		return err
	}
	if l.running {
		return py.Errorf(py.RuntimeError, "This event loop is already running")
	}
	if l.rt.running != nil {
		return py.Errorf(py.RuntimeError, "Cannot run the event loop while another loop is running")
	}
	l.running = true
	l.rt.running = l
	defer func() {
		l.stopping = false
		l.running = false
		l.rt.running = nil
	}()
	for {
		if err := l.runOnce(); err != nil {
			return err
		}
		if l.stopping {
			return nil
		}
	}
}

// Close is loop.close(): clear queues and mark closed.
func (l *Loop) Close() error {
	if l.running {
		return py.Errorf(py.RuntimeError, "Cannot close a running event loop")
	}
	if l.closed {
		return nil
	}
	l.closed = true
	for l.ready.len() > 0 {
		l.ready.pop()
	}
	for _, h := range l.timers {
		h.scheduled = false
		h.index = -1
	}
	l.timers = nil
	l.cancelledTimers = 0
	return nil
}

// deadlock ends a run in which nothing is ready and no timer is pending.
func (l *Loop) deadlock() error {
	return &Halt{Reason: "deadlock: " + l.rt.describeWaiter(l.mainFuture)}
}

// Halt ends a run that CPython would never finish: a deadlock (nothing
// ready, no timers, the awaited future not done), the virtual-time cap or
// the iteration cap. It is a plain Go error, not a Python exception, so
// Python code cannot catch it; the VM passes it up unchanged and the host
// prints Error() on stderr and exits with status 1.
type Halt struct {
	Reason string // "deadlock: Task-1 main() waits on ..."
}

func (h *Halt) Error() string { return "aioplay: " + h.Reason }

// advanceTo moves the virtual clock forward, enforcing the time cap.
func (rt *Runtime) advanceTo(t int64) error {
	if max := rt.opts.maxVirtual(); max > 0 && t-rt.start > max {
		rt.now = rt.start + max
		return &Halt{Reason: "stopped: " + formatSeconds(max) + " virtual seconds elapsed"}
	}
	if rt.opts.RealSleep != nil && t > rt.now {
		d := t - rt.now
		if f := rt.opts.SpeedFactor; f > 0 && f != 1 {
			d = int64(float64(d) / f)
		}
		rt.opts.RealSleep(d)
	}
	rt.now = t
	return nil
}

// formatSeconds prints whole seconds without a fraction ("3600") and
// others with the shortest decimal form.
func formatSeconds(ns int64) string {
	if ns%1e9 == 0 {
		return strconv.FormatInt(ns/1e9, 10)
	}
	return strconv.FormatFloat(float64(ns)/1e9, 'f', -1, 64)
}
