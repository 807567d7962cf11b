//go:build js && wasm

package ui

import (
	"errors"
	"syscall/js"
)

// parseTrace parses the trace JSON with the browser's JSON.parse (the
// module does not link encoding/json) and copies it into Go values.
func parseTrace(s string) (tr *Trace, err error) {
	if s == "" {
		return nil, errors.New("no trace")
	}
	defer func() {
		if r := recover(); r != nil { // JSON.parse throws: syscall/js panics with a js.Error
			tr, err = nil, errors.New("bad trace JSON")
		}
	}()
	v := js.Global().Get("JSON").Call("parse", s)
	tr = &Trace{Version: intOf(v, "version", 0), EndNs: int64Of(v, "end_ns")}
	tasks := v.Get("tasks")
	for i, n := 0, lengthOf(tasks); i < n; i++ {
		t := tasks.Index(i)
		tr.Tasks = append(tr.Tasks, TraceTask{
			ID: intOf(t, "id", i), Parent: intOf(t, "parent", -1), Line: intOf(t, "line", 0),
			Name: stringOf(t, "name"), Coro: stringOf(t, "coro"), CreatedNs: int64Of(t, "created_ns"),
			Internal: t.Get("internal").Truthy(),
		})
	}
	events := v.Get("events")
	for i, n := 0, lengthOf(events); i < n; i++ {
		e := events.Index(i)
		ev := TraceEvent{
			Kind: stringOf(e, "kind"), Task: intOf(e, "task", -1), T: int64Of(e, "t"),
			End: int64Of(e, "end"), Real: int64Of(e, "real"), On: stringOf(e, "on"), Dur: int64Of(e, "dur"),
			Target: intOf(e, "target", -1), By: intOf(e, "by", -1), Outcome: stringOf(e, "outcome"),
			Text: stringOf(e, "text"), Line: intOf(e, "line", 0),
		}
		if ts := e.Get("targets"); ts.Type() == js.TypeObject {
			for j, m := 0, lengthOf(ts); j < m; j++ {
				ev.Targets = append(ev.Targets, ts.Index(j).Int())
			}
		}
		tr.Events = append(tr.Events, ev)
	}
	outs := v.Get("outputs")
	for i, n := 0, lengthOf(outs); i < n; i++ {
		o := outs.Index(i)
		tr.Outputs = append(tr.Outputs, TraceOutput{Stream: stringOf(o, "stream"), T: int64Of(o, "t"),
			Task: intOf(o, "task", -1), Text: stringOf(o, "text")})
	}
	return tr, nil
}

func lengthOf(v js.Value) int {
	if v.Type() != js.TypeObject {
		return 0
	}
	return v.Length()
}

func intOf(v js.Value, key string, def int) int {
	if f := v.Get(key); f.Type() == js.TypeNumber {
		return f.Int()
	}
	return def
}

func int64Of(v js.Value, key string) int64 {
	if f := v.Get(key); f.Type() == js.TypeNumber {
		return int64(f.Float())
	}
	return 0
}

func stringOf(v js.Value, key string) string {
	if f := v.Get(key); f.Type() == js.TypeString {
		return f.String()
	}
	return ""
}
