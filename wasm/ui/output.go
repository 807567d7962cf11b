//go:build js && wasm

package ui

import (
	"strconv"

	"honnef.co/go/js/dom/v2"
)

// maxRows bounds the rows kept in the page: a flood of output is cut with
// one notice row, so the page stays responsive.
const maxRows = 5000

// outputView renders lines into #output, one .row per line:
//
//	<div class="row" data-t="1" data-stream="stdout" data-task="0">
//	  <span class="t">1.000</span><span class="task">Task-1</span><span class="text">...</span>
//	</div>
//
// Text goes in with SetTextContent only. A traceback location line of
// main.py gets a button on its "line N" that marks the line in the editor.
type outputView struct {
	doc      dom.Document
	root     dom.Element
	rows     []dom.Element
	lines    lineAssembler
	names    func(task int) string // task names, once the trace is known
	cut      dom.Element           // the "more lines not shown" notice
	cutCount int
	onLine   func(n int) // a traceback link was clicked
}

func (v *outputView) clear() {
	v.root.SetTextContent("")
	v.rows = v.rows[:0]
	v.lines = lineAssembler{}
	v.cut, v.cutCount = nil, 0
	v.root.Class().Remove("has-output")
}

// add appends one write.
func (v *outputView) add(stream, text string, t float64, task int) {
	changed := v.lines.Add(stream, text, t, task)
	v.render(changed)
}

// setLines replaces everything with lines (from the trace, or a replay).
func (v *outputView) setLines(lines []Line) {
	v.clear()
	v.lines.lines = append(v.lines.lines, lines...)
	v.render(0)
}

// render (re)draws the rows from line index changed on.
func (v *outputView) render(changed int) {
	lines := v.lines.Lines()
	if len(lines) > 0 {
		v.root.Class().Add("has-output")
	}
	frag := v.doc.Underlying().Call("createDocumentFragment")
	appended := false
	for i := changed; i < len(lines); i++ {
		if i < len(v.rows) {
			v.fill(v.rows[i], lines[i])
			continue
		}
		if len(v.rows) >= maxRows {
			v.cutCount += len(lines) - i
			if v.cut == nil {
				v.cut = v.doc.CreateElement("div")
				v.cut.SetAttribute("class", "row cut")
				v.root.AppendChild(v.cut)
			}
			v.cut.SetTextContent("… " + strconv.Itoa(v.cutCount) + " more lines not shown")
			break
		}
		row := v.doc.CreateElement("div")
		v.fill(row, lines[i])
		v.rows = append(v.rows, row)
		frag.Call("appendChild", row.Underlying())
		appended = true
	}
	if appended {
		v.root.Underlying().Call("appendChild", frag)
		v.root.Underlying().Set("scrollTop", v.root.Underlying().Get("scrollHeight"))
	}
}

func (v *outputView) fill(row dom.Element, l Line) {
	row.SetTextContent("")
	cls := "row " + l.Stream
	row.SetAttribute("class", cls)
	row.SetAttribute("data-t", dataT(l.T))
	row.SetAttribute("data-stream", l.Stream)
	row.SetAttribute("data-task", strconv.Itoa(l.Task))
	ts := v.doc.CreateElement("span")
	ts.SetAttribute("class", "t")
	ts.SetTextContent(seconds(l.T))
	row.AppendChild(ts)
	task := v.doc.CreateElement("span")
	task.SetAttribute("class", "task")
	if v.names != nil && l.Task >= 0 {
		task.SetTextContent(v.names(l.Task))
		task.SetAttribute("data-color", strconv.Itoa(l.Task%8))
	}
	row.AppendChild(task)
	text := v.doc.CreateElement("span")
	text.SetAttribute("class", "text")
	if n, from, to, ok := tracebackLine(l.Text); ok && l.Stream == "stderr" {
		text.AppendChild(v.doc.CreateTextNode(l.Text[:from]))
		b := v.doc.CreateElement("button")
		b.SetAttribute("type", "button")
		b.SetAttribute("class", "lineref")
		b.SetAttribute("data-line", strconv.Itoa(n))
		b.SetAttribute("title", "Show line "+strconv.Itoa(n)+" in the editor")
		b.SetTextContent(l.Text[from:to])
		b.AddEventListener("click", false, func(dom.Event) {
			if v.onLine != nil {
				v.onLine(n)
			}
		})
		text.AppendChild(b)
		text.AppendChild(v.doc.CreateTextNode(l.Text[to:]))
	} else {
		text.SetTextContent(l.Text)
	}
	row.AppendChild(text)
}
