package ui

// Trace is a run's asyncio trace (runtime/asyncio/TRACE.md, version 1),
// as parsed by parseTrace (trace.go). Times are virtual ns from the start
// of the run.
type Trace struct {
	Version int
	EndNs   int64
	Tasks   []TraceTask
	Events  []TraceEvent
	Outputs []TraceOutput
}

// TraceTask is one task of the run, in creation order (ID = index).
type TraceTask struct {
	ID, Parent, Line int
	Name, Coro       string
	CreatedNs        int64
	Internal         bool
}

// TraceEvent is one event; which fields are set depends on Kind.
type TraceEvent struct {
	Kind          string // step wait wake cancel done block rename
	Task          int
	T, End, Real  int64
	On            string
	Dur           int64
	Target, By    int
	Targets       []int
	Outcome, Text string
	Line          int
}

// TraceOutput is one write to stdout or stderr.
type TraceOutput struct {
	Stream string
	T      int64
	Task   int
	Text   string
}

// taskName is the name shown for a task id ("" outside tasks).
func (tr *Trace) taskName(id int) string {
	if tr == nil || id < 0 || id >= len(tr.Tasks) {
		return ""
	}
	return tr.Tasks[id].Name
}
