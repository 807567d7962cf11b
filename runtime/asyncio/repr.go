package asyncio

import (
	"strconv"
	"strings"

	"aioplay/runtime/py"
)

// reprOf is repr(o), falling back to a generic form if repr fails.
func reprOf(in *py.Interp, o py.Object) string {
	switch x := o.(type) {
	case nil:
		return "None"
	case *Future:
		return x.repr(in)
	case *Task:
		return x.repr(in)
	case *py.Exception:
		if in == nil {
			return x.Class.Name + "(" + ")"
		}
	}
	if in == nil {
		switch x := o.(type) {
		case py.Int:
			return strconv.FormatInt(int64(x), 10)
		case *py.NoneType:
			return "None"
		case *py.Str:
			return "'" + x.S + "'"
		}
		return "<" + py.TypeName(o) + " object>"
	}
	s, err := py.Repr(in, o)
	if err != nil {
		return "<" + py.TypeName(o) + " object>"
	}
	return s.S
}

// reprlibRepr is reprlib.repr(o) with reprlib's default limits: strings
// over 30 characters, lists and tuples over 6 items, dicts over 4 items,
// other reprs over 30 characters are abbreviated with "...".
func reprlibRepr(in *py.Interp, o py.Object) string {
	return reprlibLevel(in, o, 6)
}

func reprlibLevel(in *py.Interp, o py.Object, level int) string {
	switch x := o.(type) {
	case *py.Str:
		rs := []rune(x.S)
		if len(rs) <= 30 {
			return reprOf(in, x)
		}
		s := reprOf(in, py.NewStr(string(rs[:30])))
		if len([]rune(s)) > 30 {
			full := reprOf(in, py.NewStr(string(rs[:13])+string(rs[len(rs)-14:])))
			fr := []rune(full)
			return string(fr[:13]) + "..." + string(fr[len(fr)-14:])
		}
		return s
	case py.Int, py.Bool, py.Float, *py.NoneType:
		return reprOf(in, x)
	case *py.List:
		return reprlibSeq(in, "[", "]", x.Items, 6, level)
	case *py.Tuple:
		if len(x.Items) == 1 {
			return reprlibSeq(in, "(", ",)", x.Items, 6, level)
		}
		return reprlibSeq(in, "(", ")", x.Items, 6, level)
	case *py.Dict:
		n := x.Len()
		if n == 0 {
			return "{}"
		}
		if level <= 0 {
			return "{...}"
		}
		var parts []string
		for i, it := range x.Items() {
			if i == 4 {
				parts = append(parts, "...")
				break
			}
			parts = append(parts, reprlibLevel(in, it.Key, level-1)+": "+reprlibLevel(in, it.Value, level-1))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	s := reprOf(in, o)
	rs := []rune(s)
	if len(rs) > 30 {
		return string(rs[:13]) + "..." + string(rs[len(rs)-14:])
	}
	return s
}

func reprlibSeq(in *py.Interp, open, close string, items []py.Object, max, level int) string {
	if len(items) == 0 {
		if open == "(" {
			return "()"
		}
		return open + strings.TrimPrefix(close, ",")
	}
	if level <= 0 {
		return open + "..." + strings.TrimPrefix(close, ",")
	}
	var parts []string
	for i, it := range items {
		if i == max {
			parts = append(parts, "...")
			break
		}
		parts = append(parts, reprlibLevel(in, it, level-1))
	}
	return open + strings.Join(parts, ", ") + close
}

// futureReprInfo is base_futures.py:_future_repr_info.
func (f *Future) reprInfo(in *py.Interp) []string {
	var info []string
	switch f.state {
	case statePending:
		info = append(info, "pending")
	case stateCancelled:
		info = append(info, "cancelled")
	default:
		info = append(info, "finished")
		if f.exc != nil {
			info = append(info, "exception="+reprOf(in, f.exc))
		} else {
			info = append(info, "result="+reprlibRepr(in, f.result))
		}
	}
	if len(f.callbacks) > 0 {
		info = append(info, "cb=["+formatCallbacks(in, f.callbacks)+"]")
	}
	return info
}

func formatCallbacks(in *py.Interp, cbs []futureCallback) string {
	one := func(cb futureCallback) string {
		if cb.py == nil {
			return cb.label
		}
		return formatCallbackSource(in, cb.py, nil)
	}
	switch len(cbs) {
	case 1:
		return one(cbs[0])
	case 2:
		return one(cbs[0]) + ", " + one(cbs[1])
	}
	return one(cbs[0]) + ", <" + strconv.Itoa(len(cbs)-2) + " more>, " + one(cbs[len(cbs)-1])
}

// formatCallbackSource is events.py's _format_callback_source: the
// callable's qualified name with its arguments, and where a Python
// function is defined.
func formatCallbackSource(in *py.Interp, fn py.Object, args []py.Object) string {
	s := callableName(in, fn)
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = reprlibRepr(in, a)
	}
	s += "(" + strings.Join(parts, ", ") + ")"
	if file, line, ok := functionSource(in, fn); ok {
		s += " at " + file + ":" + strconv.Itoa(line)
	}
	return s
}

func callableName(in *py.Interp, fn py.Object) string {
	switch x := fn.(type) {
	case *py.BuiltinFunction:
		if x.Self != nil {
			return x.Qualname
		}
		return x.Name
	}
	if in != nil {
		for _, attr := range []string{"__qualname__", "__name__"} {
			if v, err := py.GetAttrOpt(in, fn, py.Intern(attr)); err == nil && v != nil {
				if s, ok := v.(*py.Str); ok && s.S != "" {
					return s.S
				}
			}
		}
	}
	return reprOf(in, fn)
}

// functionSource finds where a Python function (or a bound method's
// function) is defined.
func functionSource(in *py.Interp, fn py.Object) (string, int, bool) {
	if in == nil {
		return "", 0, false
	}
	if _, ok := fn.(*py.BuiltinFunction); ok {
		return "", 0, false
	}
	if f, err := py.GetAttrOpt(in, fn, py.Intern("__func__")); err == nil && f != nil {
		fn = f
	}
	code, err := py.GetAttrOpt(in, fn, py.Intern("__code__"))
	if err != nil || code == nil {
		return "", 0, false
	}
	return codeLocation(in, code)
}

func codeLocation(in *py.Interp, code py.Object) (string, int, bool) {
	file, err := py.GetAttrOpt(in, code, py.Intern("co_filename"))
	if err != nil || file == nil {
		return "", 0, false
	}
	line, err := py.GetAttrOpt(in, code, py.Intern("co_firstlineno"))
	if err != nil || line == nil {
		return "", 0, false
	}
	fs, _ := file.(*py.Str)
	ln, _ := line.(py.Int)
	if fs == nil {
		return "", 0, false
	}
	return fs.S, int(ln), true
}

// formatCoroutine is coroutines.py:_format_coroutine: "f() running at
// main.py:5" while the coroutine's frame exists, "f() done, defined at
// main.py:3" after.
func formatCoroutine(in *py.Interp, c Coroutine) string {
	name := coroName(c) + "()"
	g, ok := c.(*py.Generator)
	if !ok || in == nil {
		if nc, ok := c.(*NativeCoro); ok && nc.finished {
			return name + " done"
		}
		return name + " running"
	}
	var file string
	var first int
	if code := g.Code(); code != nil && code.Code != nil {
		file, first = code.Code.Filename, int(code.Code.FirstLine)
	}
	if fr := g.Frame(); fr != nil {
		return name + " running at " + file + ":" + strconv.Itoa(fr.Line())
	}
	return name + " done, defined at " + file + ":" + strconv.Itoa(first)
}

func (f *Future) repr(in *py.Interp) string {
	return "<" + py.TypeName(f.obj) + " " + strings.Join(f.reprInfo(in), " ") + ">"
}

// repr is base_tasks.py:_task_repr_info.
func (t *Task) repr(in *py.Interp) string {
	info := t.Future.reprInfo(in)
	if t.numCancels > 0 && !t.Done() {
		info[0] = "cancelling"
	}
	head := []string{info[0], "name=" + reprOf(in, t.nameObject()), "coro=<" + formatCoroutine(in, t.coro) + ">"}
	if t.waiter != nil {
		head = append(head, "wait_for="+reprOf(in, t.waiter))
	}
	return "<Task " + strings.Join(append(head, info[1:]...), " ") + ">"
}

// repr is events.py:Handle.__repr__ / TimerHandle.
func (h *Handle) repr(in *py.Interp) string {
	info := []string{py.TypeName(h)}
	if h.cancelled {
		info = append(info, "cancelled")
	}
	if h.timer {
		info = append(info, "when="+floatRepr(float64(h.when)/1e9))
	}
	if h.cb != nil {
		info = append(info, formatCallbackSource(in, h.cb, h.args))
	} else if h.fn != nil && h.label != "" {
		info = append(info, h.label)
	}
	return "<" + strings.Join(info, " ") + ">"
}

func floatRepr(f float64) string {
	return py.FloatRepr(f)
}

func floatReprOld(f float64) string {
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".eEn") {
		s += ".0"
	}
	return s
}
