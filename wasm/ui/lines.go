package ui

import "strings"

// Line is one line of output as the page shows it: one row.
type Line struct {
	Stream string  // "stdout" or "stderr"
	Text   string  // without its newline
	T      float64 // virtual seconds of its first write, -1 unknown
	Task   int     // trace task id of its first write, -1 none or unknown
}

// lineAssembler turns writes into lines. A write may hold several lines or
// a part of one; a line stays open until its newline arrives, and a write
// to the other stream closes it (the two streams are shown interleaved, in
// the order of the writes).
type lineAssembler struct {
	lines []Line
	open  bool // the last line has no newline yet
}

// Add records a write and returns the index of the first line that changed
// (an open line grown, or the first new line).
func (a *lineAssembler) Add(stream, text string, t float64, task int) (changed int) {
	changed = len(a.lines)
	if text == "" {
		return changed
	}
	pieces := strings.Split(text, "\n")
	if a.open && a.lines[len(a.lines)-1].Stream == stream {
		changed = len(a.lines) - 1
		a.lines[changed].Text += pieces[0]
		pieces = pieces[1:]
		a.open = false
		if len(pieces) == 0 {
			a.open = true
			return changed
		}
	} else {
		a.open = false
	}
	last := len(pieces) - 1
	for i, p := range pieces {
		if i == last && p == "" {
			break // the text ended with a newline
		}
		a.lines = append(a.lines, Line{Stream: stream, Text: p, T: t, Task: task})
	}
	a.open = pieces[last] != ""
	return changed
}

// Lines returns the lines so far.
func (a *lineAssembler) Lines() []Line { return a.lines }

// linesOf assembles the outputs of a trace.
func linesOf(outs []TraceOutput) []Line {
	var a lineAssembler
	for _, o := range outs {
		a.Add(o.Stream, o.Text, float64(o.T)/1e9, o.Task)
	}
	return a.lines
}

// tracebackLine returns N when text is a traceback or SyntaxError location
// line of the user's program, `  File "main.py", line N...`, and the byte
// range of "line N" in text for the link; ok is false otherwise.
func tracebackLine(text string) (n, from, to int, ok bool) {
	const file = `File "main.py", line `
	i := strings.Index(text, file)
	if i < 0 || strings.TrimSpace(text[:i]) != "" {
		return 0, 0, 0, false
	}
	from = i + len(`File "main.py", `)
	j := i + len(file)
	k := j
	for k < len(text) && text[k] >= '0' && text[k] <= '9' && k-j < 9 {
		n = n*10 + int(text[k]-'0')
		k++
	}
	if k == j {
		return 0, 0, 0, false
	}
	return n, from, k, true
}
