package ui

import "strconv"

// Lane is one task's row of the timeline, computed from the trace by
// layoutLanes; times are virtual ns.
type Lane struct {
	Task      int // trace id; -1 for the lane of code outside any task
	Name      string
	Coro      string
	Parent    int
	Line      int   // line that created the task
	Created   int64 // start of the lane
	End       int64 // done time, or the end of the run
	Outcome   string
	Detail    string // repr of the result or exception
	Segments  []Segment
	Marks     []Mark
	Cancelled bool
}

// Segment is a span of a lane: the task running a step, waiting on
// something, or blocking the loop.
type Segment struct {
	Kind     string // "run", "wait", "block"
	On       string // what a wait waits on (TRACE.md "on"), the call for a block
	From, To int64
	Target   int // awaited task id, -1 none
	Title    string
}

// Mark is an instant on a lane: an output line, a cancel request or the end.
type Mark struct {
	Kind  string // "output", "stderr", "cancel", "done"
	T     int64
	Title string
}

// layoutLanes turns a trace into lanes: one per task in creation order
// (the main coroutine first, asyncio's internal tasks left out), plus a
// last lane for output written outside any task when there is some.
func layoutLanes(tr *Trace) []Lane {
	index := map[int]int{} // task id -> lane index
	var lanes []Lane
	for _, t := range tr.Tasks {
		if t.Internal {
			continue
		}
		index[t.ID] = len(lanes)
		lanes = append(lanes, Lane{Task: t.ID, Name: t.Name, Coro: t.Coro, Parent: t.Parent, Line: t.Line,
			Created: t.CreatedNs, End: tr.EndNs})
	}
	type pending struct {
		on     string
		from   int64
		dur    int64
		target int
		open   bool
	}
	waits := map[int]*pending{}
	closeWait := func(task int, at int64) {
		w := waits[task]
		li, ok := index[task]
		if w == nil || !w.open || !ok {
			return
		}
		w.open = false
		title := "waits on " + waitLabel(w.on, w.dur, w.target, tr) + " from " + seconds(float64(w.from)/1e9) +
			" to " + seconds(float64(at)/1e9) + " s"
		lanes[li].Segments = append(lanes[li].Segments, Segment{Kind: "wait", On: w.on, From: w.from, To: at, Target: w.target, Title: title})
	}
	for _, e := range tr.Events {
		li, ok := index[e.Task]
		switch e.Kind {
		case "step":
			closeWait(e.Task, e.T)
			if ok {
				title := "runs at " + seconds(float64(e.T)/1e9) + " s"
				if e.End > e.T {
					title = "runs from " + seconds(float64(e.T)/1e9) + " to " + seconds(float64(e.End)/1e9) + " s"
				}
				if e.Real > 0 {
					title += " (" + realDuration(float64(e.Real)/1e6) + " real)"
				}
				lanes[li].Segments = append(lanes[li].Segments, Segment{Kind: "run", From: e.T, To: e.End, Target: -1, Title: title})
			}
		case "wait":
			waits[e.Task] = &pending{on: e.On, from: e.T, dur: e.Dur, target: e.Target, open: true}
		case "wake":
			closeWait(e.Task, e.T)
		case "cancel":
			if ok {
				by := "a callback"
				if n := tr.taskName(e.By); n != "" {
					by = n
				}
				lanes[li].Marks = append(lanes[li].Marks, Mark{Kind: "cancel", T: e.T, Title: "cancel() called by " + by + " at " + seconds(float64(e.T)/1e9) + " s"})
			}
		case "done":
			closeWait(e.Task, e.T)
			if ok {
				l := &lanes[li]
				l.End, l.Outcome, l.Detail = e.T, e.Outcome, e.Text
				l.Cancelled = e.Outcome == "cancelled"
				title := "done at " + seconds(float64(e.T)/1e9) + " s: " + e.Outcome
				if e.Text != "" {
					title += " " + e.Text
				}
				l.Marks = append(l.Marks, Mark{Kind: "done", T: e.T, Title: title})
			}
		case "block":
			if !ok {
				li, ok = ensureOutsideLane(&lanes, index, tr.EndNs), true
			}
			title := e.Text + " blocked the event loop for " + seconds(float64(e.Dur)/1e9) + " s"
			if e.Line > 0 {
				title += " (line " + strconv.Itoa(e.Line) + ")"
			}
			lanes[li].Segments = append(lanes[li].Segments, Segment{Kind: "block", On: e.Text, From: e.T, To: e.T + e.Dur, Target: -1, Title: title})
		}
	}
	for task := range waits {
		closeWait(task, tr.EndNs)
	}
	for _, o := range tr.Outputs {
		li, ok := index[o.Task]
		if !ok {
			li = ensureOutsideLane(&lanes, index, tr.EndNs)
		}
		kind := "output"
		if o.Stream == "stderr" {
			kind = "stderr"
		}
		text := o.Text
		if len(text) > 120 {
			text = text[:120] + "…"
		}
		lanes[li].Marks = append(lanes[li].Marks, Mark{Kind: kind, T: o.T, Title: seconds(float64(o.T)/1e9) + " s " + o.Stream + ": " + text})
	}
	return lanes
}

// ensureOutsideLane returns the index of the lane for code outside tasks,
// adding it (last) the first time.
func ensureOutsideLane(lanes *[]Lane, index map[int]int, end int64) int {
	if li, ok := index[-1]; ok {
		return li
	}
	index[-1] = len(*lanes)
	*lanes = append(*lanes, Lane{Task: -1, Name: "outside tasks", Parent: -1, End: end})
	return index[-1]
}

// waitLabel says what a wait is on, for people: "sleep(1)", "Task-2", "gather".
func waitLabel(on string, dur int64, target int, tr *Trace) string {
	switch on {
	case "sleep":
		return "sleep(" + strconv.FormatFloat(float64(dur)/1e9, 'g', -1, 64) + ")"
	case "sleep0":
		return "sleep(0)"
	case "task":
		if n := tr.taskName(target); n != "" {
			return n
		}
	}
	return on
}
