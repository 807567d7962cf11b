package asyncio

import (
	"sort"
	"strings"

	"aioplay/runtime/py"
)

// handleCallbackError deals with an error escaping a handle
// (events.py:Handle._run): Python exceptions go to the loop's exception
// handler; SystemExit, KeyboardInterrupt and non-Python errors (a *Halt)
// end the run.
func (l *Loop) handleCallbackError(h *Handle, err error) {
	e, ok := err.(*py.Exception)
	if !ok || isSubtype(e.Class, py.SystemExit) || isSubtype(e.Class, py.KeyboardInterrupt) {
		l.rt.fatal = err
		return
	}
	in := l.rt.in
	var src string
	if h.cb != nil {
		src = formatCallbackSource(in, h.cb, h.args)
	} else {
		src = h.label
	}
	l.callExceptionHandler([]ctxItem{
		{"message", py.NewStr("Exception in callback " + src)},
		{"exception", e},
		{"handle", h},
	})
}

// ctxItem is one entry of an exception-handler context dict.
type ctxItem struct {
	key string
	val py.Object
}

// callExceptionHandler is loop.call_exception_handler(context).
func (l *Loop) callExceptionHandler(items []ctxItem) {
	rt := l.rt
	if l.excHandler == nil || rt.in == nil {
		rt.defaultExceptionHandler(items)
		return
	}
	d := py.NewDict()
	for _, it := range items {
		d.SetStr(py.Intern(it.key), it.val)
	}
	if _, err := py.Call(rt.in, l.excHandler, []py.Object{l, d}, nil); err != nil {
		e, ok := err.(*py.Exception)
		if !ok || isSubtype(e.Class, py.SystemExit) || isSubtype(e.Class, py.KeyboardInterrupt) {
			rt.fatal = err
			return
		}
		rt.defaultExceptionHandler([]ctxItem{
			{"message", py.NewStr("Unhandled error in exception handler")},
			{"exception", e},
			{"context", d},
		})
	}
}

// defaultExceptionHandler is base_events.py:default_exception_handler as
// logged by logging's last-resort handler: the message, one
// "key: repr(value)" line per other key in sorted order, the traceback.
func (rt *Runtime) defaultExceptionHandler(items []ctxItem) {
	var msg string
	var exc *py.Exception
	var rest []ctxItem
	for _, it := range items {
		switch it.key {
		case "message":
			if s, ok := it.val.(*py.Str); ok {
				msg = s.S
			}
		case "exception":
			exc, _ = it.val.(*py.Exception)
		default:
			rest = append(rest, it)
		}
	}
	if msg == "" {
		msg = "Unhandled exception in event loop"
	}
	sort.SliceStable(rest, func(i, j int) bool { return rest[i].key < rest[j].key })
	var b strings.Builder
	b.WriteString(msg)
	b.WriteByte('\n')
	for _, it := range rest {
		b.WriteString(it.key)
		b.WriteString(": ")
		b.WriteString(reprAny(rt.in, it.val))
		b.WriteByte('\n')
	}
	if exc != nil {
		b.WriteString(rt.formatException(exc))
	}
	rt.writeStderr(b.String())
}

func reprAny(in *py.Interp, o py.Object) string {
	if h, ok := o.(*Handle); ok {
		return h.repr(in)
	}
	return reprOf(in, o)
}

func (rt *Runtime) formatException(exc *py.Exception) string {
	if f := rt.opts.FormatException; f != nil {
		return f(rt.in, exc)
	}
	if rt.in != nil {
		return py.FormatException(rt.in, exc)
	}
	return exceptionLine(rt.in, exc) + "\n"
}

// exceptionLine is the last line of a traceback: "ValueError: boom",
// with the module of non-builtin classes ("asyncio.exceptions.CancelledError").
func exceptionLine(in *py.Interp, exc *py.Exception) string {
	name := exc.Class.Qualname
	if name == "" {
		name = exc.Class.Name
	}
	if m := exc.Class.Module; m != "" && m != "builtins" && m != "__main__" {
		name = m + "." + name
	}
	var msg string
	if in != nil {
		if s, err := py.ToStr(in, exc); err == nil {
			msg = s.S
		}
	} else if exc.Args != nil && len(exc.Args.Items) == 1 {
		if s, ok := exc.Args.Items[0].(*py.Str); ok {
			msg = s.S
		}
	}
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

func (rt *Runtime) writeStderr(s string) {
	if rt.tracer != nil {
		rt.tracer.Output("stderr", s)
	}
	if rt.in != nil && rt.in.Opts.Stderr != nil {
		rt.in.Opts.Stderr(s)
	}
}
