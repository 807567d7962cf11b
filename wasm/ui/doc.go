// Package ui is the playground page's user interface, written in Go with
// honnef.co/go/js/dom/v2 and started by the page's WebAssembly module on
// the main thread (wasm/cmd/playground). It wires the static skeleton of
// index.html: the CodeMirror editor (through the JS bridge
// window.aioplayEditor, site/editor/src/editor.js), Run/Stop, the output
// rows, the clock badge, the SVG timeline drawn from the run's asyncio
// trace (runtime/asyncio/TRACE.md), Replay, the Examples menu
// (site/examples) and Share links (wasm/share). Programs never run here:
// they run in a dedicated Web Worker (wasm/runner) that Stop terminates.
//
// Stable hooks for tests and embedders (keep them):
//
//	#editor      the editor's container
//	#run #stop   buttons (Ctrl/Cmd+Enter in the editor runs too)
//	#output      one .row per line of output, with data-t (virtual seconds,
//	             empty while unknown), data-stream ("stdout"/"stderr") and
//	             data-task (trace task id, "-1" outside tasks or unknown)
//	#clock       "3.000 s virtual · 4 ms real"
//	#timeline    an <svg> with one g.lane per task, data-task = trace id
//	#examples    <select> of examples
//	#mode        <select> clock mode: virtual or real
//	#replay      button replaying the last run at the speed of #speed
//	#share       button writing the link into #share-url (+ #copy): a short
//	             link (origin + "/s/ID") when POST /api/share answers within
//	             3 s (one retry on 503), else the #v1/... fragment link; the
//	             status says "short link" or "fragment link (share service
//	             unavailable)". A page opened at /s/ID loads GET /api/share/ID
//	             into the editor and #mode without running it
//	             (site/worker/share/doc.go has the service's contract).
//
// Files: page.go (start-up and wiring), editor.go (bridge), worker.go
// (worker client), output.go (rows), lines.go (records -> lines, pure Go),
// trace.go (trace JSON -> Go), timeline.go (pure layout) and
// timeline_svg.go (drawing), replay.go, storage.go, shortlink.go (short
// link paths and IDs, pure Go) and shortlink_js.go (fetching, Share).
//
// Output is always inserted as text (SetTextContent / text nodes), never as
// HTML. The package must not import fmt, reflect or encoding/json (module
// size): JSON is parsed by the browser's JSON.parse.
package ui
