//go:build js && wasm

package runner

import "syscall/js"

// Serve makes this Go program a Web Worker that runs programs for the page
// (protocol in the package comment). It posts {type:"ready"} and never
// returns: runs happen one at a time on a goroutine of their own, never
// inside the message callback (a callback must not block).
func Serve() {
	self := js.Global()
	requests := make(chan Request, 4)
	self.Set("onmessage", js.FuncOf(func(this js.Value, args []js.Value) any {
		m := args[0].Get("data")
		if m.Get("type").String() != "run" {
			return nil
		}
		requests <- Request{
			ID:     m.Get("id").Int(),
			Source: m.Get("source").String(),
			Seed:   int64(numberOr(m.Get("seed"), 0)),
			Clock:  stringOr(m.Get("clock"), "virtual"),
		}
		return nil
	}))
	post := self.Get("postMessage")
	post.Invoke(js.ValueOf(map[string]any{"type": "ready"}))
	for req := range requests {
		id := req.ID
		res := Run(req, func(rs []Record) {
			arr := js.Global().Get("Array").New(len(rs))
			for i, r := range rs {
				o := js.Global().Get("Object").New()
				o.Set("stream", r.Stream)
				o.Set("text", r.Text)
				o.Set("t", r.T)
				o.Set("task", r.Task)
				arr.SetIndex(i, o)
			}
			msg := js.Global().Get("Object").New()
			msg.Set("type", "output")
			msg.Set("id", id)
			msg.Set("records", arr)
			post.Invoke(msg)
		})
		msg := js.Global().Get("Object").New()
		msg.Set("type", "done")
		msg.Set("id", res.ID)
		msg.Set("status", res.Status)
		msg.Set("trace", res.Trace)
		msg.Set("realMs", res.RealMs)
		msg.Set("batches", res.Batches)
		msg.Set("dropped", res.Dropped)
		post.Invoke(msg)
	}
}

func numberOr(v js.Value, def float64) float64 {
	if v.Type() == js.TypeNumber {
		return v.Float()
	}
	return def
}

func stringOr(v js.Value, def string) string {
	if v.Type() == js.TypeString {
		return v.String()
	}
	return def
}
