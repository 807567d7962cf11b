package ui

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLineAssembler(t *testing.T) {
	var a lineAssembler
	assert.Equal(t, 0, a.Add("stdout", "a\nb\n", 0, 0))
	assert.Equal(t, 2, a.Add("stdout", "c", 1, 1))
	assert.Equal(t, 2, a.Add("stdout", "d\ne", 2, 2), "an open line grows")
	assert.Equal(t, 4, a.Add("stderr", "boom\n", 3, -1), "the other stream closes an open line")
	assert.Equal(t, []Line{
		{"stdout", "a", 0, 0}, {"stdout", "b", 0, 0}, {"stdout", "cd", 1, 1},
		{"stdout", "e", 2, 2}, {"stderr", "boom", 3, -1},
	}, a.Lines())
}

func TestLineAssemblerEmptyLines(t *testing.T) {
	var a lineAssembler
	a.Add("stdout", "\n\n", 0, 0)
	a.Add("stdout", "x", 0, 0)
	a.Add("stdout", "\n", 0, 0)
	require.Len(t, a.Lines(), 3)
	assert.Equal(t, "", a.Lines()[0].Text)
	assert.Equal(t, "x", a.Lines()[2].Text)
}

func TestTracebackLine(t *testing.T) {
	n, from, to, ok := tracebackLine(`  File "main.py", line 12, in f`)
	require.True(t, ok)
	assert.Equal(t, 12, n)
	assert.Equal(t, "line 12", `  File "main.py", line 12, in f`[from:to])
	_, _, _, ok = tracebackLine(`print('File "main.py", line 3')`)
	assert.False(t, ok, "only location lines link")
	_, _, _, ok = tracebackLine(`  File "other.py", line 3`)
	assert.False(t, ok)
}

func TestNiceStep(t *testing.T) {
	assert.Equal(t, 0.5, niceStep(3, 8))
	assert.Equal(t, 1.0, niceStep(6, 8))
	assert.Equal(t, 500.0, niceStep(3600, 8))
}

func TestLayoutLanesSeed(t *testing.T) {
	s := int64(1e9)
	tr := &Trace{EndNs: 3 * s,
		Tasks: []TraceTask{{ID: 0, Name: "Task-1", Coro: "my_async_function", Parent: -1},
			{ID: 1, Name: "Task-2", Coro: "f1", Parent: 0, CreatedNs: 2 * s},
			{ID: 2, Name: "Task-3", Coro: "f2", Parent: 0, CreatedNs: 2 * s},
			{ID: 3, Name: "Task-4", Coro: "BaseEventLoop.shutdown_asyncgens", Internal: true, CreatedNs: 3 * s}},
		Events: []TraceEvent{
			{Kind: "step", Task: 0}, {Kind: "wait", Task: 0, On: "sleep", Dur: s, Target: -1},
			{Kind: "wake", Task: 0, T: s}, {Kind: "step", Task: 0, T: s, End: s},
			{Kind: "wait", Task: 0, T: 2 * s, On: "gather", Targets: []int{1, 2}},
			{Kind: "step", Task: 1, T: 2 * s, End: 2 * s}, {Kind: "wait", Task: 1, T: 2 * s, On: "sleep", Dur: s},
			{Kind: "wake", Task: 1, T: 3 * s}, {Kind: "done", Task: 1, T: 3 * s, Outcome: "result", Text: "'f1_return_value'"},
			{Kind: "wake", Task: 0, T: 3 * s}, {Kind: "done", Task: 0, T: 3 * s, Outcome: "result", Text: "None"},
			{Kind: "step", Task: 3, T: 3 * s},
		},
		Outputs: []TraceOutput{{Stream: "stdout", T: 0, Task: 0, Text: "a\n"}, {Stream: "stdout", T: 3 * s, Task: -1, Text: "line at the end\n"}},
	}
	lanes := layoutLanes(tr)
	require.Len(t, lanes, 4, "three tasks, the internal one left out, and the outside-tasks lane")
	assert.Equal(t, []int{0, 1, 2, -1}, []int{lanes[0].Task, lanes[1].Task, lanes[2].Task, lanes[3].Task})
	var waits []Segment
	for _, sg := range lanes[0].Segments {
		if sg.Kind == "wait" {
			waits = append(waits, sg)
		}
	}
	require.Len(t, waits, 2)
	assert.Equal(t, Segment{Kind: "wait", On: "sleep", From: 0, To: s, Target: -1, Title: "waits on sleep(1) from 0.000 to 1.000 s"}, waits[0])
	assert.Equal(t, "gather", waits[1].On)
	assert.Equal(t, [2]int64{2 * s, 3 * s}, [2]int64{waits[1].From, waits[1].To})
	assert.Equal(t, "result", lanes[1].Outcome)
	assert.Equal(t, 3*s, lanes[1].End)
	assert.Equal(t, "output", lanes[3].Marks[0].Kind)
}
