// Package runner is the in-worker half of the playground: it runs one
// program through the runtime (aioplay/runtime/interp) and reports its
// output in batches and, at the end, its trace and exit status.
//
// run.go and batch.go are pure Go (tested natively and in the browser);
// worker.go (js && wasm) speaks the Web Worker protocol:
//
//	page -> worker  {type:"run", id, source, seed, clock}
//	worker -> page  {type:"ready"}                        once, when it can run
//	                {type:"output", id, records:[{stream, text, t, task}]}
//	                {type:"done", id, status, trace, realMs, batches, dropped}
//
// The page stops a run by terminating the worker (it never needs the
// worker's cooperation), so this package has no cancellation of its own.
//
// It may import the runtime and the standard library; it must not import
// honnef.co/go/js/dom (no DOM in a worker), fmt, reflect or encoding/json
// (binary size: the same module also carries the page's UI).
package runner

import (
	"bytes"
	"time"

	"aioplay/runtime/interp"
)

// Request is one run asked for by the page.
type Request struct {
	ID     int
	Source string
	Seed   int64  // random's seed; 0: the runtime's default (not passed on yet: interp has no option)
	Clock  string // "virtual" (or "") or "real"
}

// Result is how a run ended.
type Result struct {
	ID      int
	Status  int     // exit status as python3 gives it
	Trace   string  // the asyncio trace as JSON (runtime/asyncio/TRACE.md), "" when none was written
	RealMs  float64 // wall-clock duration of interp.Run
	Batches int     // output batches posted
	Dropped int     // output bytes dropped past the output limit
}

// Run runs req to the end, posting output batches through post.
func Run(req Request, post func([]Record)) Result {
	b := &Batcher{Post: post}
	var trace bytes.Buffer
	clock, err := interp.ParseClock(req.Clock)
	if err != nil {
		clock = interp.Clock{}
	}
	start := time.Now()
	status := interp.Run([]byte(req.Source), interp.Options{
		Filename: "main.py",
		Output: func(r interp.OutputRecord) {
			b.Add(Record{Stream: r.Stream, Text: r.Text, T: r.T, Task: r.Task})
		},
		Clock:           clock,
		BeforeRealSleep: b.Flush,
		Trace:           &trace,
	})
	real := time.Since(start)
	b.Flush()
	return Result{
		ID:      req.ID,
		Status:  status,
		Trace:   trace.String(),
		RealMs:  float64(real.Microseconds()) / 1000,
		Batches: b.Batches,
		Dropped: b.Dropped,
	}
}
