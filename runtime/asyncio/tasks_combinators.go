package asyncio

import "aioplay/runtime/py"

// gatherState is the bookkeeping of a _GatheringFuture (tasks.py:gather).
type gatherState struct {
	children        []*Future
	nfuts, finished int
	returnExc       bool
	cancelRequested bool
}

const gatherCallbackLabel = "gather.<locals>._done_callback() at /usr/lib/python3.11/asyncio/tasks.py:764"

// gather is asyncio.gather(*aws, return_exceptions=False) (ASYNCIO.md G1).
func (rt *Runtime) gather(args []py.Object, returnExc bool) (py.Object, error) {
	if len(args) == 0 {
		l, err := rt.getEventLoop()
		if err != nil {
			return nil, err
		}
		f := l.NewFuture()
		f.SetResult(py.NewList(nil))
		return f, nil
	}
	g := &gatherState{returnExc: returnExc}
	var outer *Future
	var l *Loop
	seen := make(map[py.Object]*Future, len(args))
	done := func(arg py.Object) error {
		fut, _ := asFuture(arg)
		g.finished++
		if outer == nil || outer.Done() {
			if !fut.Cancelled() {
				fut.Exception()
			}
			return nil
		}
		if !g.returnExc {
			if fut.Cancelled() {
				outer.SetException(fut.makeCancelledError())
				return nil
			}
			if exc, _ := fut.Exception(); exc != nil {
				outer.SetException(exc)
				return nil
			}
		}
		if g.finished == g.nfuts {
			results := make([]py.Object, len(g.children))
			for i, c := range g.children {
				switch {
				case c.Cancelled():
					var msg py.Object = py.NewStr("")
					if c.cancelMsg != nil {
						msg = c.cancelMsg
					}
					results[i] = py.NewException(CancelledError, msg)
				default:
					if exc, _ := c.Exception(); exc != nil {
						results[i] = exc
					} else {
						results[i] = c.result
					}
				}
			}
			if g.cancelRequested {
				outer.SetException(fut.makeCancelledError())
			} else {
				outer.SetResult(py.NewList(results))
			}
		}
		return nil
	}
	for _, arg := range args {
		fut := seen[arg]
		if fut == nil {
			fo, err := rt.ensureFuture(arg, l)
			if err != nil {
				return nil, err
			}
			fut, _ = asFuture(fo)
			if l == nil {
				l = fut.loop
			}
			if fo != arg {
				if t, ok := fo.(*Task); ok {
					t.logDestroyPending = false
				}
			}
			g.nfuts++
			seen[arg] = fut
			fut.AddDoneCallbackGo(done, gatherCallbackLabel)
		}
		g.children = append(g.children, fut)
	}
	outer = l.NewFuture()
	outer.gather = g
	return outer, nil
}

// cancelGather is _GatheringFuture.cancel(msg): cancel the children.
func (f *Future) cancelGather(msg py.Object) bool {
	if f.Done() {
		return false
	}
	ret := false
	for _, c := range f.gather.children {
		if cancelAny(c, msg) {
			ret = true
		}
	}
	if ret {
		f.gather.cancelRequested = true
	}
	return ret
}

// cancelAny cancels a Go future or task with the right method.
func cancelAny(f *Future, msg py.Object) bool {
	switch x := f.obj.(type) {
	case *Task:
		return x.Cancel(msg)
	}
	if f.gather != nil {
		return f.cancelGather(msg)
	}
	return f.Cancel(msg)
}

// shield is asyncio.shield(aw) (ASYNCIO.md C7).
func (rt *Runtime) shield(arg py.Object) (py.Object, error) {
	io, err := rt.ensureFuture(arg, nil)
	if err != nil {
		return nil, err
	}
	inner, _ := asFuture(io)
	if inner.Done() {
		return io, nil
	}
	outer := inner.loop.NewFuture()
	innerDone := func(py.Object) error {
		if outer.Cancelled() {
			if !inner.Cancelled() {
				inner.Exception()
			}
			return nil
		}
		if inner.Cancelled() {
			outer.Cancel(nil)
		} else if exc, _ := inner.Exception(); exc != nil {
			outer.SetException(exc)
		} else {
			outer.SetResult(inner.result)
		}
		return nil
	}
	const innerLabel = "shield.<locals>._inner_done_callback() at /usr/lib/python3.11/asyncio/tasks.py:863"
	inner.AddDoneCallbackGo(innerDone, innerLabel)
	outer.AddDoneCallbackGo(func(py.Object) error {
		if !inner.Done() {
			inner.removeGoCallback(innerLabel)
		}
		return nil
	}, "shield.<locals>._outer_done_callback() at /usr/lib/python3.11/asyncio/tasks.py:874")
	return outer, nil
}
