//go:build js && wasm

package ui

import (
	"strconv"

	"honnef.co/go/js/dom/v2"
)

const svgNS = "http://www.w3.org/2000/svg"

// Timeline geometry, in CSS pixels.
const (
	tlLabelW = 190
	tlLaneH  = 26
	tlAxisH  = 24
	tlPadR   = 16
	tlMinW   = 340
)

// timelineView draws a trace into #timeline as one <svg>: an axis of
// virtual seconds, then one g.lane per task (data-task = trace id), each
// with its spans (running steps, waits labelled with what they wait on,
// blocking calls), its creation edge from the parent lane, its output
// marks and its end. Every lane is focusable and every span has a <title>,
// so hovering or focusing shows the details. Many tasks make a tall SVG
// that #timeline scrolls.
type timelineView struct {
	doc    dom.Document
	root   dom.Element
	cursor dom.Element
	x      func(ns int64) float64
	endNs  int64
}

func (v *timelineView) el(name string, attrs ...string) dom.Element {
	e := v.doc.CreateElementNS(svgNS, name)
	for i := 0; i+1 < len(attrs); i += 2 {
		e.SetAttribute(attrs[i], attrs[i+1])
	}
	return e
}

func (v *timelineView) title(parent dom.Element, text string) {
	t := v.el("title")
	t.SetTextContent(text)
	parent.AppendChild(t)
}

func px(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }

// clear empties the timeline and shows a hint instead.
func (v *timelineView) clear(hint string) {
	v.root.SetTextContent("")
	v.cursor = nil
	if hint != "" {
		p := v.doc.CreateElement("p")
		p.SetAttribute("class", "hint")
		p.SetTextContent(hint)
		v.root.AppendChild(p)
	}
}

func (v *timelineView) draw(tr *Trace) {
	lanes := layoutLanes(tr)
	v.root.SetTextContent("")
	if len(lanes) == 0 {
		v.clear("No asyncio tasks ran: the timeline shows tasks once a program calls asyncio.run(...).")
		return
	}
	width := float64(v.root.Underlying().Get("clientWidth").Int())
	if width < tlMinW {
		width = tlMinW
	}
	plotW := width - tlLabelW - tlPadR // at least 134 px
	end := tr.EndNs
	if end <= 0 {
		end = 1e9
	}
	v.endNs = end
	v.x = func(ns int64) float64 { return tlLabelW + float64(ns)/float64(end)*plotW }
	height := float64(tlAxisH + len(lanes)*tlLaneH + 6)
	svg := v.el("svg", "width", px(width), "height", px(height), "viewBox", "0 0 "+px(width)+" "+px(height),
		"role", "group", "aria-label", "Timeline: "+strconv.Itoa(len(lanes))+" lanes over "+seconds(float64(tr.EndNs)/1e9)+" s of virtual time")

	// Axis.
	axis := v.el("g", "class", "axis", "aria-hidden", "true")
	span := float64(end) / 1e9
	step := niceStep(span, int(plotW/70)+1)
	for s := 0.0; s <= span+step/1000; s += step {
		x := px(v.x(int64(s * 1e9)))
		axis.AppendChild(v.el("line", "x1", x, "x2", x, "y1", px(tlAxisH-6), "y2", px(height), "class", "tick"))
		label := v.el("text", "x", x, "y", "12", "class", "tick-label")
		label.SetTextContent(strconv.FormatFloat(s, 'g', 6, 64) + " s")
		axis.AppendChild(label)
	}
	svg.AppendChild(axis)

	// Creation edges, behind the lanes.
	row := map[int]int{}
	for i, l := range lanes {
		row[l.Task] = i
	}
	edges := v.el("g", "class", "edges", "aria-hidden", "true")
	for i, l := range lanes {
		p, ok := row[l.Parent]
		if !ok || l.Task < 0 {
			continue
		}
		x := px(v.x(l.Created))
		edges.AppendChild(v.el("line", "x1", x, "x2", x, "y1", px(laneMid(p)), "y2", px(laneMid(i)), "class", "edge"))
		edges.AppendChild(v.el("circle", "cx", x, "cy", px(laneMid(p)), "r", "2.5", "class", "edge-dot"))
	}
	svg.AppendChild(edges)

	for i, l := range lanes {
		svg.AppendChild(v.lane(i, l, width))
	}
	v.cursor = v.el("line", "class", "cursor", "x1", px(tlLabelW), "x2", px(tlLabelW), "y1", px(tlAxisH-6), "y2", px(height), "visibility", "hidden")
	svg.AppendChild(v.cursor)
	v.root.AppendChild(svg)
}

func laneMid(i int) float64 { return float64(tlAxisH+i*tlLaneH) + tlLaneH/2 }

func (v *timelineView) lane(i int, l Lane, width float64) dom.Element {
	y := float64(tlAxisH + i*tlLaneH)
	color := "x"
	if l.Task >= 0 {
		color = strconv.Itoa(l.Task % 8)
	}
	g := v.el("g", "class", "lane", "data-task", strconv.Itoa(l.Task), "data-name", l.Name, "data-color", color,
		"tabindex", "0", "transform", "translate(0,"+px(y)+")")
	summary := l.Name
	if l.Coro != "" {
		summary += " (" + l.Coro + ")"
	}
	if l.Task >= 0 {
		summary += ": created at " + seconds(float64(l.Created)/1e9) + " s"
		if l.Line > 0 {
			summary += " on line " + strconv.Itoa(l.Line)
		}
		if l.Outcome != "" {
			summary += ", " + l.Outcome + " at " + seconds(float64(l.End)/1e9) + " s"
			if l.Detail != "" {
				summary += ": " + l.Detail
			}
		} else {
			summary += ", still pending at the end"
		}
	} else {
		summary += ": code run by asyncio.run's caller and at module level"
	}
	v.title(g, summary)
	g.AppendChild(v.el("rect", "class", "lane-bg", "x", "0", "y", "0", "width", px(width), "height", px(tlLaneH)))

	name := v.el("text", "class", "lane-name", "x", "8", "y", px(tlLaneH/2+4))
	label := l.Name
	if len(label) > 14 {
		label = label[:13] + "…"
	}
	name.SetTextContent(label)
	if l.Coro != "" {
		c := v.el("tspan", "class", "lane-coro", "dx", "6")
		coro := l.Coro
		if len(coro) > 18 {
			coro = coro[:17] + "…"
		}
		c.SetTextContent(coro)
		name.AppendChild(c)
	}
	g.AppendChild(name)

	mid := px(tlLaneH / 2)
	g.AppendChild(v.el("line", "class", "alive", "x1", px(v.x(l.Created)), "x2", px(v.x(l.End)), "y1", mid, "y2", mid))
	for _, s := range l.Segments {
		x0, x1 := v.x(s.From), v.x(s.To)
		w := x1 - x0
		cls := "seg " + s.Kind
		h, top := 12.0, 7.0
		switch s.Kind {
		case "run":
			if w < 3 {
				x0, w = x0-1, 3
			}
			h, top = 16, 5
		case "wait":
			cls += " on-" + s.On
		case "block":
			h, top = 16, 5
			if w < 3 {
				w = 3
			}
		}
		if w < 1 {
			w = 1
		}
		r := v.el("rect", "class", cls, "x", px(x0), "y", px(top), "width", px(w), "height", px(h), "rx", "2",
			"data-kind", s.Kind, "data-from", dataT(float64(s.From)/1e9), "data-to", dataT(float64(s.To)/1e9))
		if s.On != "" {
			r.SetAttribute("data-on", s.On)
		}
		v.title(r, s.Title)
		g.AppendChild(r)
		if s.Kind == "wait" && w > 64 {
			t := v.el("text", "class", "seg-label", "x", px(x0+4), "y", px(tlLaneH/2+3.5))
			t.SetTextContent(shortWait(s))
			g.AppendChild(t)
		}
	}
	for _, m := range l.Marks {
		x := v.x(m.T)
		var e dom.Element
		switch m.Kind {
		case "output", "stderr":
			e = v.el("path", "class", "mark "+m.Kind, "d", "M"+px(x-3.5)+" "+px(tlLaneH-1)+"l3.5 -5l3.5 5z")
		case "cancel":
			e = v.el("path", "class", "mark cancel", "d", "M"+px(x-4)+" 3l8 8m0 -8l-8 8")
		case "done":
			cls := "mark done " + l.Outcome
			e = v.el("path", "class", cls, "d", "M"+px(x)+" "+px(tlLaneH/2-5)+"l5 5l-5 5l-5 -5z")
		default:
			continue
		}
		v.title(e, m.Title)
		g.AppendChild(e)
	}
	return g
}

// shortWait is the label written inside a long wait span.
func shortWait(s Segment) string {
	switch s.On {
	case "sleep":
		return "sleep"
	case "task":
		return "await task"
	case "wait_for":
		return "wait_for"
	}
	return s.On
}

// moveCursor shows the replay cursor at virtual time ns (hidden when < 0).
func (v *timelineView) moveCursor(ns int64) {
	if v.cursor == nil || v.x == nil {
		return
	}
	if ns < 0 {
		v.cursor.SetAttribute("visibility", "hidden")
		return
	}
	x := px(v.x(ns))
	v.cursor.SetAttribute("x1", x)
	v.cursor.SetAttribute("x2", x)
	v.cursor.SetAttribute("visibility", "visible")
}
