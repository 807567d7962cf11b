//go:build js && wasm

package ui

import (
	"strconv"
	"strings"
	"syscall/js"

	"honnef.co/go/js/dom/v2"

	"aioplay/site/examples"
	"aioplay/wasm/share"
)

// page is the running UI: the elements of index.html and the state of the
// last run.
type page struct {
	win  dom.Window
	doc  dom.Document
	ed   *editor
	work *workerClient

	run, stop, replay, share, copy dom.Element
	examples, mode, speed          dom.Element
	shareURL, status, clock        dom.Element

	out      *outputView
	timeline *timelineView
	replayer replayer

	seed      int64
	lastTrace *Trace
	lastLines []Line
	started   float64 // performance.now() when Run was pressed
	linkNote  bool    // a shared link was opened and not run yet
	shareSeq  int     // Share clicks so far (only the last one's answer counts)
}

// Start wires the page; it returns at once (callbacks do the rest).
func Start() {
	win := dom.GetWindow()
	doc := win.Document()
	byID := func(id string) dom.Element { return doc.GetElementByID(id) }
	p := &page{
		win: win, doc: doc, ed: newEditor(),
		run: byID("run"), stop: byID("stop"), replay: byID("replay"), share: byID("share"), copy: byID("copy"),
		examples: byID("examples"), mode: byID("mode"), speed: byID("speed"),
		shareURL: byID("share-url"), status: byID("status"), clock: byID("clock"),
	}
	p.out = &outputView{doc: doc, root: byID("output"), onLine: p.showLine}
	p.timeline = &timelineView{doc: doc, root: byID("timeline")}
	p.work = &workerClient{boot: js.Global().Get("aioplayBoot"), onReady: p.workerReady,
		onOutput: p.output, onDone: p.done, onError: p.workerError}
	p.work.attach(p.work.boot.Get("first"))

	p.fillExamples()
	p.restore()
	p.wire()
	doc.DocumentElement().Class().Add("go-ready")
	mark("aioplay:ui")
	p.setStatus("Loading the Python runtime…", "busy")
	if p.work.ready {
		p.workerReady()
	}
}

// restore puts the program in the editor: a shared link's, else the saved
// text, else the seed. A link never runs by itself.
func (p *page) restore() {
	text, ok := load(storeSource)
	if !ok {
		seed, _ := examples.Get(examples.Seed)
		text = seed.Source
	}
	if m, ok := load(storeMode); ok {
		setValue(p.mode, m)
	}
	if s, ok := load(storeSpeed); ok {
		setValue(p.speed, s)
	}
	p.ed.mount(p.doc.GetElementByID("editor").Underlying(), text, func(s string) { save(storeSource, s) })
	p.ed.onRun(p.runProgram)
	if !p.openLink() {
		if id, ok := shortLinkID(js.Global().Get("location").Get("pathname").String()); ok {
			p.openShortLink(id)
		}
	}
}

// openLink loads the program of a #v1/... fragment, if there is one, and
// reports whether there was one (a fragment wins over a short link's
// path). The previous text stays in the editor's undo history.
func (p *page) openLink() bool {
	hash := js.Global().Get("location").Get("hash").String()
	snip, err := share.Decode(hash)
	if err == share.ErrNotALink {
		return false
	}
	if err != nil {
		p.setStatus(err.Error(), "error")
		return true
	}
	p.ed.setText(snip.Source)
	save(storeSource, snip.Source)
	if snip.Clock != "" {
		setValue(p.mode, snip.Clock)
	}
	p.seed = snip.Seed
	p.linkNote = true
	return true
}

func (p *page) wire() {
	p.run.AddEventListener("click", false, func(dom.Event) { p.runProgram() })
	p.stop.AddEventListener("click", false, func(dom.Event) { p.stopProgram() })
	p.replay.AddEventListener("click", false, func(dom.Event) { p.toggleReplay() })
	p.share.AddEventListener("click", false, func(dom.Event) { p.makeLink() })
	p.copy.AddEventListener("click", false, func(dom.Event) { p.copyLink() })
	p.examples.AddEventListener("change", false, func(dom.Event) { p.pickExample() })
	p.mode.AddEventListener("change", false, func(dom.Event) { save(storeMode, value(p.mode)) })
	p.speed.AddEventListener("change", false, func(dom.Event) { save(storeSpeed, value(p.speed)) })
	p.win.AddEventListener("hashchange", false, func(dom.Event) { _ = p.openLink(); p.linkLoaded() })
	// Ctrl/Cmd+Enter outside the editor runs too; Escape stops.
	p.doc.AddEventListener("keydown", false, func(e dom.Event) {
		k := e.(*dom.KeyboardEvent)
		if k.Key() == "Enter" && (k.CtrlKey() || k.MetaKey()) && !p.inEditor(k) {
			k.PreventDefault()
			p.runProgram()
		}
	})
}

func (p *page) inEditor(e dom.Event) bool {
	t := e.Target()
	return t != nil && t.Underlying().Call("closest", "#editor").Truthy()
}

func (p *page) workerReady() {
	mark("aioplay:worker-ready")
	p.run.RemoveAttribute("disabled")
	if p.work.running {
		return
	}
	p.stop.SetAttribute("disabled", "")
	if p.linkNote {
		p.linkLoaded()
		return
	}
	if p.status.Class().Contains("busy") {
		p.setStatus("Ready. Press Run or Ctrl+Enter.", "")
	}
}

// linkLoaded says that a shared program is waiting for a click.
func (p *page) linkLoaded() {
	if p.linkNote {
		p.linkNote = false
		p.setStatus("Program loaded from a shared link: press Run to run it.", "")
	}
}

func (p *page) workerError(text string) { p.setStatus(text, "error") }

func (p *page) runProgram() {
	if p.work.running {
		return
	}
	p.replayer.stop()
	p.setReplayLabel(false)
	src := p.ed.text()
	if !p.work.run(src, p.seed, value(p.mode)) {
		p.setStatus("The Python runtime is still loading…", "busy")
		return
	}
	p.started = js.Global().Get("performance").Call("now").Float()
	p.ed.markLine(0)
	p.out.clear()
	p.out.names = nil
	p.lastTrace, p.lastLines = nil, nil
	p.timeline.clear("")
	p.clock.SetTextContent("running…")
	p.run.SetAttribute("disabled", "")
	p.stop.RemoveAttribute("disabled")
	p.replay.SetAttribute("disabled", "")
	p.setStatus("Running…", "busy")
}

func (p *page) stopProgram() {
	if p.replayer.running {
		p.replayer.stop()
		p.setReplayLabel(false)
		p.showLastRun()
		return
	}
	if !p.work.running {
		return
	}
	p.work.stop()
	p.run.SetAttribute("disabled", "")
	p.stop.SetAttribute("disabled", "")
	p.out.add("stderr", "aioplay: stopped by the user\n", -1, -1)
	ms := js.Global().Get("performance").Call("now").Float() - p.started
	p.clock.SetTextContent("stopped after " + realDuration(ms) + " real")
	p.setStatus("Stopped. Starting a fresh runtime…", "busy")
}

func (p *page) output(id int, records js.Value) {
	for i, n := 0, records.Length(); i < n; i++ {
		r := records.Index(i)
		p.out.add(r.Get("stream").String(), r.Get("text").String(), r.Get("t").Float(), r.Get("task").Int())
	}
}

func (p *page) done(id int, m js.Value) {
	mark("aioplay:run-done")
	status := m.Get("status").Int()
	realMs := m.Get("realMs").Float()
	tr, err := parseTrace(m.Get("trace").String())
	p.run.RemoveAttribute("disabled")
	p.stop.SetAttribute("disabled", "")
	if err == nil {
		p.lastTrace = tr
		p.lastLines = linesOf(tr.Outputs)
		if len(p.lastLines) > 0 || len(p.out.lines.Lines()) == 0 {
			// The trace stamps every write with its virtual time and task.
			p.out.names = tr.taskName
			p.out.setLines(p.lastLines)
		}
		p.timeline.draw(tr)
		p.replay.RemoveAttribute("disabled")
	} else {
		p.timeline.clear("No trace for this run (the runtime did not write one).")
	}
	p.clock.SetTextContent(clockBadge(endOf(tr), tr != nil, realMs))
	if dropped := m.Get("dropped").Int(); dropped > 0 {
		p.setStatus("Output limit reached: "+strconv.Itoa(dropped)+" bytes were not shown.", "error")
	}
	switch {
	case status == 0:
		p.setStatus("Finished.", "ok")
	case status == 70:
		p.setStatus("The runtime failed (internal error, exit status 70): please report this program.", "error")
	default:
		p.setStatus("Exited with status "+strconv.Itoa(status)+".", "error")
	}
}

func endOf(tr *Trace) int64 {
	if tr == nil {
		return 0
	}
	return tr.EndNs
}

// showLastRun puts the full output of the last run back (after a replay
// was stopped).
func (p *page) showLastRun() {
	p.out.setLines(p.lastLines)
	p.timeline.moveCursor(-1)
}

func (p *page) toggleReplay() {
	if p.replayer.running {
		p.replayer.stop()
		p.setReplayLabel(false)
		p.showLastRun()
		return
	}
	if p.lastTrace == nil || p.work.running {
		return
	}
	lines := p.lastLines
	p.out.clear()
	p.out.names = p.lastTrace.taskName
	shownBefore := 0
	p.setReplayLabel(true)
	speed := parseSpeed(value(p.speed))
	p.replayer.start(lines, p.lastTrace.EndNs, speed, func(shown int, ns int64) {
		if shown > shownBefore {
			p.out.lines.lines = append(p.out.lines.lines, lines[shownBefore:shown]...)
			p.out.render(shownBefore)
			shownBefore = shown
		}
		p.timeline.moveCursor(ns)
		p.clock.SetTextContent(seconds(float64(ns)/1e9) + " s virtual · replay at " + value(p.speed) + "x")
	}, func() {
		p.setReplayLabel(false)
	})
}

func (p *page) setReplayLabel(on bool) {
	if on {
		p.replay.SetTextContent("Stop replay")
		p.replay.SetAttribute("aria-pressed", "true")
		p.stop.RemoveAttribute("disabled")
	} else {
		p.replay.SetTextContent("Replay")
		p.replay.SetAttribute("aria-pressed", "false")
		if !p.work.running {
			p.stop.SetAttribute("disabled", "")
		}
	}
}

// showLine marks line n in the editor (a traceback link was clicked).
func (p *page) showLine(n int) { p.ed.markLine(n) }

func (p *page) fillExamples() {
	for _, e := range examples.List() {
		o := p.doc.CreateElement("option")
		o.SetAttribute("value", e.Name)
		o.SetTextContent(e.Title)
		p.examples.AppendChild(o)
	}
}

func (p *page) pickExample() {
	name := value(p.examples)
	if e, ok := examples.Get(name); ok {
		p.ed.setText(e.Source)
		save(storeSource, e.Source)
		p.setStatus("Loaded “"+e.Title+"”. Ctrl+Z in the editor brings your text back.", "")
	}
	setValue(p.examples, "")
}

func (p *page) copyLink() {
	url := value(p.shareURL)
	clip := js.Global().Get("navigator").Get("clipboard")
	if clip.Type() == js.TypeObject {
		clip.Call("writeText", url)
		p.setStatus("Link copied.", "ok")
		return
	}
	p.shareURL.Underlying().Call("select")
	p.setStatus("Select the link and copy it (Ctrl+C).", "")
}

func clockOption(mode string) string {
	if mode == "real" {
		return "real"
	}
	return ""
}

func (p *page) setStatus(text, kind string) {
	p.status.SetTextContent(text)
	cls := "status"
	if kind != "" {
		cls += " " + kind
	}
	p.status.SetAttribute("class", strings.TrimSpace(cls))
}

// mark records a performance mark (read by site/cmd/measure).
func mark(name string) {
	if perf := js.Global().Get("performance"); perf.Type() == js.TypeObject && perf.Get("mark").Type() == js.TypeFunction {
		perf.Call("mark", name)
	}
}

func value(e dom.Element) string       { return e.Underlying().Get("value").String() }
func setValue(e dom.Element, v string) { e.Underlying().Set("value", v) }
