package asyncio

import (
	"strconv"

	"aioplay/runtime/py"
)

// Task is asyncio.Task (tasks.py:Task, C accelerator texts): a Future that
// drives a coroutine one step at a time on the loop.
type Task struct {
	Future
	coro       Coroutine
	name       py.Object // the name (a str unless set_name got something else); nil: "Task-<num>"
	num        int64     // the Task-N number it consumed
	ctx        *Context
	waiter     py.Object // _fut_waiter
	mustCancel bool
	numCancels int32
	// logDestroyPending: report "Task was destroyed but it is pending!"
	// if the task is still pending at exit (false for run_until_complete's
	// own wrapper task).
	logDestroyPending bool
	// discarded: the value of the expression that created the task was
	// thrown away (a fire-and-forget `asyncio.create_task(f())`), so
	// nothing else refers to it (see Discarded).
	discarded bool
	trace     int32 // index in the trace's task table, -1 when not traced
}

// Type makes Task a Python object.
func (t *Task) Type() *py.Type { return TaskType }

func (t *Task) future() *Future { return &t.Future }

// NewTask is Task(coro, loop=l, name=name, context=ctx): it schedules the
// first step (ASYNCIO.md T1) and consumes a Task-N number when unnamed.
func (l *Loop) NewTask(coro Coroutine, name py.Object, ctx *Context) *Task {
	t := &Task{coro: coro, name: name, logDestroyPending: true, trace: -1}
	t.loop = l
	t.obj = t
	if name == nil {
		l.rt.taskNum++
		t.num = l.rt.taskNum
	}
	if ctx == nil {
		ctx = l.rt.ctx.copy()
	}
	t.ctx = ctx
	if nc, ok := coro.(*NativeCoro); ok {
		nc.awaited = true
	}
	if len(l.tasks) >= l.compactAt {
		l.liveTasks()
		l.compactAt = 2*len(l.tasks) + 64
	}
	l.tasks = append(l.tasks, t)
	if tr := l.rt.tracer; tr != nil {
		tr.taskCreated(t)
	}
	t.scheduleStep(nil)
	return t
}

// Discarder is implemented by values that react to being thrown away by
// an expression statement (`asyncio.create_task(f())`, `asyncio.sleep(1)`
// on a line of its own). The VM may call Discarded when it pops the
// result of a call at the end of an expression statement, with the
// statement's location; this stands in for what CPython's reference
// counting does at that moment (ASYNCIO.md GC1, GC3, GC4).
type Discarder interface {
	Discarded(in *py.Interp, filename string, line int)
}

// Discarded: the task's creator threw it away. If the task then fails and
// nobody retrieved the exception, "Task exception was never retrieved" is
// logged right after the failing step, as CPython's reference counting
// does, instead of when the loop closes.
func (t *Task) Discarded(in *py.Interp, filename string, line int) {
	t.discarded = true
	if t.Done() && t.logTB {
		t.loop.rt.reportNeverRetrieved(&t.Future)
	}
}

// Name is get_name().
func (t *Task) Name(in *py.Interp) string {
	if t.name == nil {
		return "Task-" + strconv.FormatInt(t.num, 10)
	}
	if s, ok := t.name.(*py.Str); ok {
		return s.S
	}
	if in != nil {
		if s, err := py.ToStr(in, t.name); err == nil {
			return s.S
		}
	}
	return "?"
}

func (t *Task) nameObject() py.Object {
	if t.name == nil {
		t.name = py.NewStr(t.Name(nil))
	}
	return t.name
}

// Coro returns the coroutine the task drives.
func (t *Task) Coro() Coroutine { return t.coro }

// Cancel is Task.cancel(msg) (ASYNCIO.md C1).
func (t *Task) Cancel(msg py.Object) bool {
	t.logTB = false
	if t.Done() {
		return false
	}
	t.numCancels++
	if tr := t.loop.rt.tracer; tr != nil {
		tr.cancelRequested(t)
	}
	if t.waiter != nil {
		ok, err := cancelFuture(t.loop.rt.in, t.waiter, msg)
		if err == nil && ok {
			return true
		}
	}
	t.mustCancel = true
	t.cancelMsg = msg
	return true
}

// Uncancel is uncancel().
func (t *Task) Uncancel() int {
	if t.numCancels > 0 {
		t.numCancels--
	}
	return int(t.numCancels)
}

// step is Task.__step: one resumption of the coroutine (ASYNCIO.md T3).
// arg is nil or the exception to throw in.
func (t *Task) step(arg py.Object) error {
	l := t.loop
	rt := l.rt
	in := rt.in
	if t.Done() {
		return py.Errorf(InvalidStateError, "_step(): already done: %s", t.repr(in))
	}
	var exc *py.Exception
	if arg != nil {
		exc = arg.(*py.Exception)
	}
	if t.mustCancel {
		if exc == nil || !isSubtype(exc.Class, CancelledError) {
			exc = t.makeCancelledError()
		}
		t.mustCancel = false
	}
	t.waiter = nil
	if l.current != nil {
		return py.Errorf(py.RuntimeError, "Cannot enter into task %s while another task %s is being executed.", t.repr(in), l.current.repr(in))
	}
	l.current = t
	prevCtx := rt.ctx
	rt.ctx = t.ctx
	tr := rt.tracer
	if tr != nil {
		tr.stepStart(t)
	}
	var result py.Object
	var status py.GenStatus
	var err error
	if exc == nil {
		result, status, err = t.coro.Send(in, py.None)
	} else {
		result, status, err = t.coro.Throw(in, exc)
	}
	rt.ctx = prevCtx
	l.current = nil
	if tr != nil {
		tr.stepEnd(t)
	}
	var fatal error
	switch {
	case err != nil:
		e, ok := err.(*py.Exception)
		switch {
		case !ok:
			// A *Halt or an internal error: end the run.
			fatal = err
		case isSubtype(e.Class, CancelledError):
			t.Future.Cancel(nil)
			t.exc = e // _cancelled_exc
		default:
			t.Future.SetException(e)
			if e.Class == py.KeyboardInterrupt || isSubtype(e.Class, py.SystemExit) || isSubtype(e.Class, py.KeyboardInterrupt) {
				fatal = e
			}
		}
	case status == py.GenReturned:
		if t.mustCancel {
			t.mustCancel = false
			t.Future.Cancel(t.cancelMsg)
		} else {
			t.Future.SetResult(result)
		}
	default:
		t.handleYield(in, result)
	}
	if tr != nil && t.Done() {
		tr.taskDone(t)
	}
	if t.discarded && t.logTB {
		// CPython's refcounting destroys a fire-and-forget task right
		// after its failing step (ASYNCIO.md GC1, GC4 b).
		rt.reportNeverRetrieved(&t.Future)
	}
	if fatal != nil {
		rt.fatal = fatal
	}
	return nil
}

// handleYield is the part of __step that deals with what the coroutine
// yielded.
func (t *Task) handleYield(in *py.Interp, result py.Object) {
	l := t.loop
	if result == py.None {
		// A bare yield (sleep(0)): run again next iteration.
		t.scheduleStep(nil)
		if tr := l.rt.tracer; tr != nil {
			tr.suspended(t, waitSleep0, nil, 0)
		}
		return
	}
	if f, ok := asFuture(result); ok {
		if !f.blocking {
			t.scheduleError(py.Errorf(py.RuntimeError, "yield was used instead of yield from in task %s with %s", t.repr(in), reprOf(in, result)))
			return
		}
		if f.loop != l {
			t.scheduleError(py.Errorf(py.RuntimeError, "Task %s got Future %s attached to a different loop", t.repr(in), reprOf(in, result)))
			return
		}
		if f == &t.Future {
			t.scheduleError(py.Errorf(py.RuntimeError, "Task cannot await on itself: %s", t.repr(in)))
			return
		}
		f.blocking = false
		f.addWakeup(t)
		t.waiter = result
		if tr := l.rt.tracer; tr != nil {
			tr.suspendedOnFuture(t, f)
		}
		if t.mustCancel {
			if ok, _ := cancelFuture(in, result, t.cancelMsg); ok {
				t.mustCancel = false
			}
		}
		return
	}
	// A duck-typed future (an object with _asyncio_future_blocking).
	if in != nil {
		if b, err := py.GetAttrOpt(in, result, py.Intern("_asyncio_future_blocking")); err == nil && b != nil && b != py.None {
			t.handleDuckFuture(in, result, b)
			return
		}
	}
	t.scheduleError(py.Errorf(py.RuntimeError, "Task got bad yield: %s", reprOf(in, result)))
}

func (t *Task) handleDuckFuture(in *py.Interp, result, blocking py.Object) {
	on, _ := py.Truth(in, blocking)
	if !on {
		t.scheduleError(py.Errorf(py.RuntimeError, "yield was used instead of yield from in task %s with %s", t.repr(in), reprOf(in, result)))
		return
	}
	if err := py.SetAttr(in, result, py.Intern("_asyncio_future_blocking"), py.False); err != nil {
		t.scheduleError(asException(err))
		return
	}
	wake := &py.BuiltinFunction{Name: "task_wakeup", Qualname: "Task.task_wakeup", Fn: func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		var a py.Object = py.None
		if len(args) > 0 {
			a = args[0]
		}
		return py.None, t.wakeup(a)
	}}
	if _, err := py.CallMethod(in, result, py.Intern("add_done_callback"), wake); err != nil {
		t.scheduleError(asException(err))
		return
	}
	t.waiter = result
	if t.mustCancel {
		if ok, _ := cancelFuture(in, result, t.cancelMsg); ok {
			t.mustCancel = false
		}
	}
}

func (t *Task) scheduleError(e *py.Exception) {
	t.scheduleStep(e)
}

// scheduleStep is call_soon(self.__step, exc).
func (t *Task) scheduleStep(exc py.Object) {
	t.loop.ready.push(&Handle{loop: t.loop, task: t, arg: exc, index: -1})
}

const wakeupLabel = "Task.task_wakeup()"

// wakeup is Task.__wakeup: the awaited future is done; step at once, in
// the same callback (ASYNCIO.md T4).
func (t *Task) wakeup(arg py.Object) error {
	if tr := t.loop.rt.tracer; tr != nil {
		tr.woken(t, arg)
	}
	var err error
	if f, ok := asFuture(arg); ok {
		_, err = f.Result()
	} else if arg != nil {
		_, err = py.CallMethod(t.loop.rt.in, arg, py.Intern("result"))
	}
	if err != nil {
		e, ok := err.(*py.Exception)
		if !ok {
			return err
		}
		return t.step(e)
	}
	return t.step(nil)
}

// GetStack-free helpers used by reprs and the trace.

// coroName is the coroutine's __qualname__.
func coroName(c Coroutine) string {
	switch x := c.(type) {
	case *py.Generator:
		if x.Qualname != "" {
			return x.Qualname
		}
		return x.Name
	case *NativeCoro:
		return x.qualname
	}
	return py.TypeName(c)
}

// liveTasks returns the loop's pending tasks in creation order and drops
// finished ones from the list (all_tasks()). The slice is the loop's own:
// callers must not keep it across task creation.
func (l *Loop) liveTasks() []*Task {
	kept := l.tasks[:0]
	for _, t := range l.tasks {
		if !t.Done() {
			kept = append(kept, t)
		}
	}
	for i := len(kept); i < len(l.tasks); i++ {
		l.tasks[i] = nil
	}
	l.tasks = kept
	return kept
}
