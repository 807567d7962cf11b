package asyncio

import "aioplay/runtime/py"

// Tracer records a run for the page's timeline: every task, every step,
// what each suspension waits on, wake-ups, cancellations, outcomes,
// blocking calls and output writes. The format is documented in TRACE.md
// and written by WriteJSON (trace_json.go).
type Tracer struct {
	rt      *Runtime
	Tasks   []TraceTask
	Events  []TraceEvent
	Outputs []TraceOutput
	// RealNow, if set by the host, reads a real clock in ns; step events
	// then carry their real duration.
	RealNow   func() int64
	stepT0    int64
	realStart int64
	// Line, if set by the host, returns the line of Python code running
	// now (for task creation sites and blocking calls); by default the
	// interpreter's current frame is asked.
	Line func() int
}

// TraceTask is one task of the run.
type TraceTask struct {
	ID      int    // index in Tasks
	Name    string // "Task-1"
	Parent  int    // the task that created it, -1 for none
	Line    int    // the line that created it, 0 if unknown
	Coro    string // the coroutine's __qualname__
	Created int64  // virtual ns
	// Internal marks the tasks asyncio itself creates (asyncio.run's
	// shutdown_asyncgens and shutdown_default_executor wrappers).
	Internal bool
}

// TraceEvent kinds.
const (
	EvStep   = "step"   // a step ran: T..End virtual ns, Real ns
	EvWait   = "wait"   // the task suspended: On, Dur, Target
	EvWake   = "wake"   // the awaited thing completed
	EvCancel = "cancel" // cancel() was called on the task
	EvDone   = "done"   // the task finished: Detail is "result", "exception" or "cancelled"; Text is the repr
	EvBlock  = "block"  // a blocking call (time.sleep, to_thread): Dur, Text
	EvRename = "rename" // set_name: Text is the new name
	EvNote   = "note"   // a diagnostic for the page: Detail is its kind, Text the message
)

// waitKind says what a suspension waits on; its name is TraceEvent.On.
type waitKind uint8

const (
	waitFuture waitKind = iota
	waitSleep0
	waitSleep
	waitTask
	waitGather
	waitWait
	waitTaskGroup
	waitQueueGet
	waitQueuePut
	waitLock
	waitEvent
	waitSemaphore
	waitCondition
	waitBarrier
	waitTimeout
	waitExecutor
)

var waitKindNames = [...]string{"future", "sleep0", "sleep", "task", "gather", "wait", "taskgroup",
	"queue_get", "queue_put", "lock", "event", "semaphore", "condition", "barrier", "wait_for", "executor"}

func (k waitKind) String() string { return waitKindNames[k] }

// TraceEvent is one event of a task.
type TraceEvent struct {
	Kind    string
	Task    int   // task id, -1 for none (blocking calls outside tasks)
	T       int64 // virtual ns
	End     int64 // step end (virtual ns)
	Real    int64 // step real duration (ns), 0 if unknown
	On      string
	Dur     int64 // sleep/blocking duration (ns)
	Target  int   // awaited task id, -1 if none
	Targets []int // the tasks a gather waits for
	Detail  string
	Text    string
	Line    int
}

// TraceOutput is one write to stdout or stderr.
type TraceOutput struct {
	Stream string // "stdout" or "stderr"
	T      int64  // virtual ns
	Task   int    // task id, -1 outside tasks
	Text   string
}

func newTracer(rt *Runtime) *Tracer { return &Tracer{rt: rt} }

// Output records a write; the host calls it from its stdout/stderr sinks.
func (tr *Tracer) Output(stream, text string) {
	tr.Outputs = append(tr.Outputs, TraceOutput{Stream: stream, T: tr.rt.now, Task: tr.currentID(), Text: text})
}

func (tr *Tracer) currentID() int {
	if t := tr.rt.CurrentTask(); t != nil {
		return int(t.trace)
	}
	return -1
}

func (tr *Tracer) line() int {
	if tr.Line != nil {
		return tr.Line()
	}
	if in := tr.rt.in; in != nil {
		if fr := in.CurrentFrame(); fr != nil {
			return fr.Line()
		}
	}
	return 0
}

func (tr *Tracer) taskCreated(t *Task) {
	t.trace = int32(len(tr.Tasks))
	tr.Tasks = append(tr.Tasks, TraceTask{ID: int(t.trace), Name: t.Name(nil), Parent: tr.currentID(), Line: tr.line(), Coro: coroName(t.coro), Created: tr.rt.now, Internal: isInternal(t.coro)})
}

func (tr *Tracer) renamed(t *Task, name string) {
	if t.trace >= 0 {
		tr.Tasks[t.trace].Name = name
		tr.Events = append(tr.Events, TraceEvent{Kind: EvRename, Task: int(t.trace), T: tr.rt.now, Target: -1, Text: name})
	}
}

func (tr *Tracer) stepStart(t *Task) {
	tr.stepT0 = tr.rt.now
	if tr.RealNow != nil {
		tr.realStart = tr.RealNow()
	}
}

func (tr *Tracer) stepEnd(t *Task) {
	ev := TraceEvent{Kind: EvStep, Task: int(t.trace), T: tr.stepT0, End: tr.rt.now, Target: -1}
	if tr.RealNow != nil {
		ev.Real = tr.RealNow() - tr.realStart
	}
	tr.Events = append(tr.Events, ev)
}

func (tr *Tracer) taskDone(t *Task) {
	{
		done := TraceEvent{Kind: EvDone, Task: int(t.trace), T: tr.rt.now, Target: -1}
		switch {
		case t.Cancelled():
			done.Detail = "cancelled"
		case t.exc != nil:
			done.Detail = "exception"
			done.Text = reprOf(tr.rt.in, t.exc)
		default:
			done.Detail = "result"
			done.Text = reprlibRepr(tr.rt.in, t.result)
		}
		tr.Events = append(tr.Events, done)
	}
}

func (tr *Tracer) suspended(t *Task, on waitKind, target *Task, dur int64) {
	ev := TraceEvent{Kind: EvWait, Task: int(t.trace), T: tr.rt.now, On: on.String(), Dur: dur, Target: -1}
	if target != nil {
		ev.Target = int(target.trace)
	}
	tr.Events = append(tr.Events, ev)
}

func (tr *Tracer) suspendedOnFuture(t *Task, f *Future) {
	if task, ok := f.obj.(*Task); ok {
		tr.suspended(t, waitTask, task, 0)
		return
	}
	on := f.waitKind
	if on == waitFuture && f.gather != nil {
		on = waitGather
	}
	var dur int64
	if f.timer != nil {
		dur = f.timer.when - tr.rt.now
	}
	tr.suspended(t, on, nil, dur)
	if f.gather != nil {
		ev := &tr.Events[len(tr.Events)-1]
		for _, c := range f.gather.children {
			if ct, ok := c.obj.(*Task); ok && ct.trace >= 0 {
				ev.Targets = append(ev.Targets, int(ct.trace))
			}
		}
	}
}

func (tr *Tracer) woken(t *Task, arg py.Object) {
	tr.Events = append(tr.Events, TraceEvent{Kind: EvWake, Task: int(t.trace), T: tr.rt.now, Target: -1})
}

func (tr *Tracer) cancelRequested(t *Task) {
	tr.Events = append(tr.Events, TraceEvent{Kind: EvCancel, Task: int(t.trace), T: tr.rt.now, Target: tr.currentID()})
}

// Note records one of aioplay's own diagnostics, shown by the page and
// kept out of stdout/stderr: kind is e.g. "never_awaited" (a coroutine
// dropped unstarted; the host calls it from py.Interp.NeverAwaited) or
// "never_run" (an async def that nothing calls). line 0 means the current
// line.
func (tr *Tracer) Note(kind, text string, line int) {
	if line == 0 {
		line = tr.line()
	}
	tr.Events = append(tr.Events, TraceEvent{Kind: EvNote, Task: tr.currentID(), T: tr.rt.now, Target: -1, Detail: kind, Text: text, Line: line})
}

// blocking records a call that blocked the loop for dur ns.
func (tr *Tracer) blocking(what string, dur int64) {
	tr.Events = append(tr.Events, TraceEvent{Kind: EvBlock, Task: tr.currentID(), T: tr.rt.now, Dur: dur, Target: -1, Text: what, Line: tr.line()})
}

func isInternal(c Coroutine) bool {
	nc, ok := c.(*NativeCoro)
	return ok && (nc.qualname == "BaseEventLoop.shutdown_asyncgens" || nc.qualname == "BaseEventLoop.shutdown_default_executor")
}
