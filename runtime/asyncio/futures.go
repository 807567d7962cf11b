package asyncio

import "aioplay/runtime/py"

// futureState is PENDING, CANCELLED or FINISHED (futures.py).
type futureState uint8

const (
	statePending futureState = iota
	stateCancelled
	stateFinished
)

// futureCallback is one done callback: a Go function (task wake-ups, the
// combinators) or a Python callable with the context it runs in.
type futureCallback struct {
	fn    func(arg py.Object) error
	task  *Task // a task's wake-up (fn is nil)
	py    py.Object
	ctx   *Context
	label string // repr of a Go callback: "Task.task_wakeup()"
}

// Future is asyncio.Future (futures.py:Future, the C accelerator's texts).
// A Task embeds one; obj is then the *Task, so callbacks receive the
// object Python code knows.
type Future struct {
	loop   *Loop
	obj    py.Object // the Python object: this *Future, or the *Task embedding it
	state  futureState
	result py.Object
	// exc is the exception of a finished future; in a cancelled task it
	// is the CancelledError that ended it, kept for the first retrieval
	// (_cancelled_exc).
	exc       *py.Exception
	callbacks []futureCallback

	cancelMsg py.Object // nil means None
	blocking  bool      // _asyncio_future_blocking
	logTB     bool      // the exception has not been retrieved (F5)
	// timer is sleep's timer: cancelling the future cancels it at once,
	// so a cancelled sleep leaves no live timer (ASYNCIO.md V2, T6).
	timer *Handle
	// gather is set on a _GatheringFuture (tasks_combinators.go).
	gather *gatherState
	// waitKind says what a task waiting on this future waits for, for
	// the trace and deadlock reports (a sleep's duration is its timer's).
	waitKind waitKind
}

// NewFuture is loop.create_future().
func (l *Loop) NewFuture() *Future {
	f := &Future{loop: l}
	f.obj = f
	return f
}

// Type makes Future a Python object.
func (f *Future) Type() *py.Type {
	if f.gather != nil {
		return GatheringFutureType
	}
	return FutureType
}

func (f *Future) future() *Future { return f }

// futureLike is implemented by *Future and *Task.
type futureLike interface {
	py.Object
	future() *Future
}

// asFuture returns the Go future behind a Future or Task object.
func asFuture(o py.Object) (*Future, bool) {
	if fl, ok := o.(futureLike); ok {
		return fl.future(), true
	}
	return nil, false
}

// Done, Cancelled are done() and cancelled().
func (f *Future) Done() bool      { return f.state != statePending }
func (f *Future) Cancelled() bool { return f.state == stateCancelled }

// Loop returns the loop the future belongs to.
func (f *Future) Loop() *Loop { return f.loop }

// makeCancelledError is futures.py:_make_cancelled_error: the saved
// exception the first time, a fresh CancelledError(msg) later.
func (f *Future) makeCancelledError() *py.Exception {
	if f.state == stateCancelled && f.exc != nil {
		e := f.exc
		f.exc = nil
		return e
	}
	if f.cancelMsg == nil {
		return py.NewException(CancelledError)
	}
	return py.NewException(CancelledError, f.cancelMsg)
}

// Result is result(): the value, or the exception to raise.
func (f *Future) Result() (py.Object, error) {
	switch f.state {
	case stateCancelled:
		return nil, f.makeCancelledError()
	case statePending:
		return nil, py.Errorf(InvalidStateError, "Result is not set.")
	}
	f.logTB = false
	if f.exc != nil {
		return nil, f.exc
	}
	return f.result, nil
}

// Exception is exception(): the exception or nil.
func (f *Future) Exception() (*py.Exception, error) {
	switch f.state {
	case stateCancelled:
		return nil, f.makeCancelledError()
	case statePending:
		return nil, py.Errorf(InvalidStateError, "Exception is not set.")
	}
	f.logTB = false
	return f.exc, nil
}

// SetResult is set_result(v).
func (f *Future) SetResult(v py.Object) error {
	if f.state != statePending {
		return py.Errorf(InvalidStateError, "invalid state")
	}
	f.result = v
	f.state = stateFinished
	f.scheduleCallbacks()
	return nil
}

// SetException is set_exception(exc) for an exception instance.
func (f *Future) SetException(exc *py.Exception) error {
	if f.state != statePending {
		return py.Errorf(InvalidStateError, "invalid state")
	}
	if exc.Class == py.StopIteration {
		return py.Errorf(py.TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future")
	}
	f.exc = exc
	f.state = stateFinished
	f.logTB = true
	f.loop.rt.unretrieved = append(f.loop.rt.unretrieved, f)
	f.scheduleCallbacks()
	return nil
}

// Cancel is Future.cancel(msg); msg nil means None.
func (f *Future) Cancel(msg py.Object) bool {
	f.logTB = false
	if f.state != statePending {
		return false
	}
	f.state = stateCancelled
	f.cancelMsg = msg
	if f.timer != nil {
		f.timer.Cancel()
		f.timer = nil
	}
	f.scheduleCallbacks()
	return true
}

// cancelFuture cancels any future-like object: a Go future or task
// directly, anything else through its cancel method.
func cancelFuture(in *py.Interp, o py.Object, msg py.Object) (bool, error) {
	switch x := o.(type) {
	case *Task:
		return x.Cancel(msg), nil
	case *Future:
		if x.gather != nil {
			return x.cancelGather(msg), nil
		}
		return x.Cancel(msg), nil
	}
	var args []py.Object
	var kw []string
	if msg != nil {
		args, kw = []py.Object{msg}, []string{"msg"}
	}
	m, err := py.GetAttr(in, o, py.Intern("cancel"))
	if err != nil {
		return false, err
	}
	r, err := py.Call(in, m, args, kw)
	if err != nil {
		return false, err
	}
	return py.Truth(in, r)
}

// scheduleCallbacks schedules every done callback with call_soon, in
// registration order, and clears the list (ASYNCIO.md F1).
func (f *Future) scheduleCallbacks() {
	cbs := f.callbacks
	if len(cbs) == 0 {
		return
	}
	f.callbacks = nil
	for i := range cbs {
		f.loop.scheduleCallback(&cbs[i], f.obj)
	}
}

func (l *Loop) scheduleCallback(cb *futureCallback, arg py.Object) {
	h := &Handle{loop: l, fn: cb.fn, arg: arg, label: cb.label, index: -1}
	if cb.task != nil {
		h.task, h.op = cb.task, opWakeup
	}
	if cb.py != nil {
		h.cb = cb.py
		h.args = []py.Object{arg}
		h.ctx = cb.ctx
	}
	l.ready.push(h)
}

// AddDoneCallbackGo adds a Go done callback; on a done future it is
// scheduled at once (ASYNCIO.md F2).
func (f *Future) AddDoneCallbackGo(fn func(arg py.Object) error, label string) {
	cb := futureCallback{fn: fn, label: label}
	if f.state != statePending {
		f.loop.scheduleCallback(&cb, f.obj)
		return
	}
	f.callbacks = append(f.callbacks, cb)
}

// addWakeup registers task t's wake-up (Task.__wakeup) as a done callback.
func (f *Future) addWakeup(t *Task) {
	cb := futureCallback{task: t, label: wakeupLabel}
	if f.state != statePending {
		f.loop.scheduleCallback(&cb, f.obj)
		return
	}
	f.callbacks = append(f.callbacks, cb)
}

// addDoneCallbackPy is add_done_callback(fn, context=ctx).
func (f *Future) addDoneCallbackPy(fn py.Object, ctx *Context) {
	cb := futureCallback{py: fn, ctx: ctx}
	if f.state != statePending {
		f.loop.scheduleCallback(&cb, f.obj)
		return
	}
	f.callbacks = append(f.callbacks, cb)
}

// removeDoneCallbackPy is remove_done_callback(fn): the number removed.
func (f *Future) removeDoneCallbackPy(in *py.Interp, fn py.Object) (int, error) {
	kept := f.callbacks[:0]
	n := 0
	for _, cb := range f.callbacks {
		if cb.py != nil {
			eq := cb.py == fn
			if !eq {
				var err error
				eq, err = py.Eq(in, cb.py, fn)
				if err != nil {
					return 0, err
				}
			}
			if eq {
				n++
				continue
			}
		}
		kept = append(kept, cb)
	}
	for i := len(kept); i < len(f.callbacks); i++ {
		f.callbacks[i] = futureCallback{}
	}
	f.callbacks = kept
	return n, nil
}

// removeGoCallback removes the Go callbacks with the given label.
func (f *Future) removeGoCallback(label string) {
	kept := f.callbacks[:0]
	for _, cb := range f.callbacks {
		if cb.py == nil && cb.label == label {
			continue
		}
		kept = append(kept, cb)
	}
	f.callbacks = kept
}

// copyState copies the outcome of src into f (futures.py:_copy_future_state).
func (f *Future) copyState(src *Future) {
	if f.Done() {
		return
	}
	switch {
	case src.Cancelled():
		f.Cancel(src.cancelMsg)
	case src.exc != nil:
		src.logTB = false
		f.SetException(src.exc)
	default:
		f.SetResult(src.result)
	}
}
