package asyncio

import "aioplay/runtime/py"

const runUntilCompleteLabel = "_run_until_complete_cb() at /usr/lib/python3.11/asyncio/base_events.py:180"

// RunUntilComplete is loop.run_until_complete(fut) (ASYNCIO.md L7): a
// coroutine is wrapped in a task; the loop runs until the future's done
// callback stops it, one iteration after it completes.
func (l *Loop) RunUntilComplete(o py.Object) (py.Object, error) {
	rt := l.rt
	if err := l.checkClosed(); err != nil {
		return nil, err
	}
	if l.running {
		return nil, py.Errorf(py.RuntimeError, "This event loop is already running")
	}
	if rt.running != nil {
		return nil, py.Errorf(py.RuntimeError, "Cannot run the event loop while another loop is running")
	}
	_, isFut := asFuture(o)
	fo, err := rt.ensureFuture(o, l)
	if err != nil {
		return nil, err
	}
	f, _ := asFuture(fo)
	if !isFut {
		if t, ok := fo.(*Task); ok {
			t.logDestroyPending = false
		}
	}
	stop := func(arg py.Object) error {
		if !f.Cancelled() {
			if exc, _ := f.Exception(); exc != nil && (isSubtype(exc.Class, py.SystemExit) || isSubtype(exc.Class, py.KeyboardInterrupt)) {
				return nil
			}
		}
		f.loop.Stop()
		return nil
	}
	f.AddDoneCallbackGo(stop, runUntilCompleteLabel)
	prevMain := l.mainFuture
	l.mainFuture = fo
	err = l.RunForever()
	l.mainFuture = prevMain
	f.removeGoCallback(runUntilCompleteLabel)
	if err != nil {
		if !isFut && f.Done() && !f.Cancelled() {
			f.Exception()
		}
		return nil, err
	}
	if !f.Done() {
		return nil, py.Errorf(py.RuntimeError, "Event loop stopped before Future completed.")
	}
	return f.Result()
}

// ensureFuture is tasks.py:ensure_future: futures pass through,
// coroutines become tasks, other awaitables are wrapped in a coroutine
// that awaits them.
func (rt *Runtime) ensureFuture(o py.Object, l *Loop) (py.Object, error) {
	if f, ok := asFuture(o); ok {
		if l != nil && f.loop != l {
			return nil, py.Errorf(py.ValueError, "The future belongs to a different loop than the one specified as the loop argument")
		}
		return o, nil
	}
	if _, ok := asCoroutine(o); ok {
		if l == nil {
			var err error
			if l, err = rt.getEventLoop(); err != nil {
				return nil, err
			}
		}
		return rt.newTaskChecked(l, o, nil, nil, false)
	}
	if rt.in != nil {
		if m, err := py.LookupSpecial(rt.in, o, py.Intern("__await__")); err == nil && m != nil {
			if l == nil {
				var err error
				if l, err = rt.getEventLoop(); err != nil {
					return nil, err
				}
			}
			return l.NewTask(rt.wrapAwaitable(o), nil, nil), nil
		}
	}
	return nil, py.Errorf(py.TypeError, "An asyncio.Future, a coroutine or an awaitable is required")
}

// wrapAwaitable is tasks.py:_wrap_awaitable: a coroutine that awaits o.
func (rt *Runtime) wrapAwaitable(o py.Object) *NativeCoro {
	return newNativeCoro("_wrap_awaitable", func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
		switch c.state {
		case 0:
			c.state = 1
			return c.await(in, o)
		}
		if exc != nil {
			return nil, py.GenReturned, exc
		}
		return v, py.GenReturned, nil
	})
}

// getEventLoop is asyncio.get_event_loop() (3.11: the running loop, else
// the current loop, created on first use without a warning unless
// set_event_loop was ever called, as asyncio.run does).
func (rt *Runtime) getEventLoop() (*Loop, error) {
	if rt.running != nil {
		return rt.running, nil
	}
	if rt.current == nil {
		if rt.setLoopCalled {
			return nil, py.Errorf(py.RuntimeError, "There is no current event loop in thread 'MainThread'.")
		}
		rt.current = rt.NewLoop()
	}
	return rt.current, nil
}

// runningLoop is get_running_loop().
func (rt *Runtime) runningLoop() (*Loop, error) {
	if rt.running == nil {
		return nil, py.Errorf(py.RuntimeError, "no running event loop")
	}
	return rt.running, nil
}

// loopArg resolves an optional loop= argument.
func (rt *Runtime) loopArg(o py.Object) (*Loop, error) {
	if o == nil || o == py.None {
		return rt.getEventLoop()
	}
	l, ok := o.(*Loop)
	if !ok {
		return nil, py.Errorf(py.TypeError, "loop must be an event loop, not %s", py.TypeName(o))
	}
	return l, nil
}
