//go:build js && wasm

package ui

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"honnef.co/go/js/dom/v2"
)

func newTestOutput(t *testing.T) *outputView {
	doc := dom.GetWindow().Document()
	root := doc.CreateElement("div")
	root.SetID("output-test")
	doc.QuerySelector("body").AppendChild(root)
	t.Cleanup(func() { root.Underlying().Call("remove") })
	return &outputView{doc: doc, root: root}
}

func TestOutputRowsAreText(t *testing.T) {
	v := newTestOutput(t)
	v.add("stdout", "<b>not bold</b>\n", 0, 0)
	v.add("stdout", "partial", 1.5, 1)
	v.add("stdout", " line\n", 2, 1)
	v.add("stderr", "  File \"main.py\", line 12, in f\n", 3, -1)
	rows := v.root.QuerySelectorAll(".row")
	require.Len(t, rows, 3)
	assert.Equal(t, "<b>not bold</b>", rows[0].QuerySelector(".text").TextContent(), "output is text, never HTML")
	assert.Nil(t, rows[0].QuerySelector("b"))
	assert.Equal(t, "partial line", rows[1].QuerySelector(".text").TextContent(), "a line written in two parts is one row")
	assert.Equal(t, "1.5", rows[1].GetAttribute("data-t"), "the row keeps the time of its first write")
	assert.Equal(t, "1", rows[1].GetAttribute("data-task"))
	assert.Equal(t, "stderr", rows[2].GetAttribute("data-stream"))
	link := rows[2].QuerySelector("button.lineref")
	require.NotNil(t, link, "a traceback location links to the editor")
	assert.Equal(t, "line 12", link.TextContent())
	var clicked int
	v.onLine = func(n int) { clicked = n }
	link.Underlying().Call("click")
	assert.Equal(t, 12, clicked)
}

func TestOutputFloodIsCut(t *testing.T) {
	v := newTestOutput(t)
	for i := 0; i < maxRows+50; i++ {
		v.add("stdout", "x\n", 0, -1)
	}
	assert.Len(t, v.root.QuerySelectorAll(".row:not(.cut)"), maxRows)
	cut := v.root.QuerySelector(".row.cut")
	require.NotNil(t, cut)
	assert.Equal(t, "… 50 more lines not shown", cut.TextContent())
}

func TestParseTrace(t *testing.T) {
	tr, err := parseTrace(`{"version":1,"end_ns":3000000000,
	"tasks":[{"id":0,"name":"Task-1","parent":-1,"line":30,"coro":"main","created_ns":0}],
	"events":[{"kind":"wait","task":0,"t":0,"on":"gather","targets":[1,2]},{"kind":"done","task":0,"t":3000000000,"outcome":"result","text":"None"}],
	"outputs":[{"stream":"stdout","t":0,"task":0,"text":"hi\n"}],"future_field":{"x":1}}`)
	require.NoError(t, err)
	assert.Equal(t, int64(3e9), tr.EndNs)
	assert.Equal(t, []TraceTask{{ID: 0, Name: "Task-1", Parent: -1, Line: 30, Coro: "main"}}, tr.Tasks)
	assert.Equal(t, []int{1, 2}, tr.Events[0].Targets)
	assert.Equal(t, -1, tr.Events[0].Target)
	assert.Equal(t, "result", tr.Events[1].Outcome)
	assert.Equal(t, []TraceOutput{{Stream: "stdout", T: 0, Task: 0, Text: "hi\n"}}, tr.Outputs)
	_, err = parseTrace("{not json")
	assert.Error(t, err)
}

func TestTimelineLanes(t *testing.T) {
	doc := dom.GetWindow().Document()
	root := doc.CreateElement("div")
	root.SetAttribute("style", "width: 800px")
	doc.QuerySelector("body").AppendChild(root)
	defer root.Underlying().Call("remove")
	v := &timelineView{doc: doc, root: root}
	tr := &Trace{EndNs: 2e9, Tasks: []TraceTask{{ID: 0, Name: "Task-1", Coro: "main", Parent: -1}, {ID: 1, Name: "Task-2", Coro: "f", Parent: 0, CreatedNs: 1e9}},
		Events: []TraceEvent{{Kind: "wait", Task: 1, T: 1e9, On: "sleep", Dur: 1e9, Target: -1}, {Kind: "wake", Task: 1, T: 2e9}}}
	v.draw(tr)
	lanes := root.QuerySelectorAll("g.lane")
	require.Len(t, lanes, 2)
	assert.Equal(t, "1", lanes[1].GetAttribute("data-task"))
	sleep := lanes[1].QuerySelector(`rect[data-on="sleep"]`)
	require.NotNil(t, sleep)
	assert.Equal(t, "1", sleep.GetAttribute("data-from"))
	assert.Equal(t, "2", sleep.GetAttribute("data-to"))
	assert.Contains(t, sleep.QuerySelector("title").TextContent(), "sleep(1)")
	v.moveCursor(1e9)
	assert.Equal(t, "visible", root.QuerySelector("line.cursor").GetAttribute("visibility"))
}
