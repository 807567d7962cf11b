package asyncio

import "aioplay/runtime/py"

// The Python methods of Handle, TimerHandle and the event loop.

func setupHandleTypes() {
	h := HandleType
	h.AddMethod("cancel", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		self.(*Handle).Cancel()
		return py.None, nil
	})
	h.AddMethod("cancelled", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return boolObj(self.(*Handle).cancelled), nil
	})
	h.AddMethod("get_context", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return nilCtx(self.(*Handle).ctx), nil
	})
	h.AddMethod("__repr__", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return py.NewStr(self.(*Handle).repr(in)), nil
	})
	TimerHandleType.AddMethod("when", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return py.Float(float64(self.(*Handle).when) / 1e9), nil
	})
}

type loopMethod func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error)

func setupLoopType() {
	t := LoopType
	add := func(name string, m loopMethod) {
		t.AddMethod(name, func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
			return m(in, self.(*Loop), args, kw)
		})
	}
	add("time", func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
		return py.Float(l.Time()), nil
	})
	add("call_soon", func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
		pos, kws, err := splitStarArgs("call_soon", args, kw, "context")
		if err != nil {
			return nil, err
		}
		if len(pos) == 0 {
			return nil, py.Errorf(py.TypeError, "call_soon() missing 1 required positional argument: 'callback'")
		}
		return l.CallSoon(pos[0], copyArgs(pos[1:]), l.rt.contextArg(kws["context"]))
	})
	add("call_soon_threadsafe", func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
		pos, kws, err := splitStarArgs("call_soon_threadsafe", args, kw, "context")
		if err != nil {
			return nil, err
		}
		if len(pos) == 0 {
			return nil, py.Errorf(py.TypeError, "call_soon_threadsafe() missing 1 required positional argument: 'callback'")
		}
		return l.CallSoon(pos[0], copyArgs(pos[1:]), l.rt.contextArg(kws["context"]))
	})
	add("call_later", func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
		pos, kws, err := splitStarArgs("call_later", args, kw, "context")
		if err != nil {
			return nil, err
		}
		if len(pos) < 2 {
			return nil, py.Errorf(py.TypeError, "call_later() missing required positional arguments: 'delay' and 'callback'")
		}
		d, err := toSeconds(in, pos[0])
		if err != nil {
			return nil, err
		}
		return l.CallAt(l.rt.now+secondsToNs(d), pos[1], copyArgs(pos[2:]), l.rt.contextArg(kws["context"]))
	})
	add("call_at", func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
		pos, kws, err := splitStarArgs("call_at", args, kw, "context")
		if err != nil {
			return nil, err
		}
		if len(pos) < 2 {
			return nil, py.Errorf(py.TypeError, "call_at() missing required positional arguments: 'when' and 'callback'")
		}
		w, err := toSeconds(in, pos[0])
		if err != nil {
			return nil, err
		}
		return l.CallAt(secondsToNs(w), pos[1], copyArgs(pos[2:]), l.rt.contextArg(kws["context"]))
	})
	add("create_future", func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
		return l.NewFuture(), nil
	})
	add("create_task", func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("create_task", args, kw, []string{"coro", "name", "context"}, 1)
		if err != nil {
			return nil, err
		}
		return l.rt.newTaskChecked(l, a[0], noneToNil(a[1]), a[2], false)
	})
	add("run_until_complete", func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("run_until_complete", args, kw, []string{"future"}, 1)
		if err != nil {
			return nil, err
		}
		return l.RunUntilComplete(a[0])
	})
	add("run_forever", func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
		return py.None, l.RunForever()
	})
	add("stop", func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
		l.Stop()
		return py.None, nil
	})
	add("close", func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
		err := l.Close()
		if err == nil {
			l.rt.reportUnretrieved(l)
		}
		return py.None, err
	})
	add("is_running", func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
		return boolObj(l.running), nil
	})
	add("is_closed", func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
		return boolObj(l.closed), nil
	})
	add("get_debug", func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
		return boolObj(l.debug), nil
	})
	add("set_debug", func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
		if len(args) > 0 {
			b, err := py.Truth(in, args[0])
			if err != nil {
				return nil, err
			}
			l.debug = b
		}
		return py.None, nil
	})
	add("set_exception_handler", func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("set_exception_handler", args, kw, []string{"handler"}, 1)
		if err != nil {
			return nil, err
		}
		l.excHandler = noneToNil(a[0])
		return py.None, nil
	})
	add("get_exception_handler", func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
		return nilToNone(l.excHandler), nil
	})
	add("default_exception_handler", func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("default_exception_handler", args, kw, []string{"context"}, 1)
		if err != nil {
			return nil, err
		}
		items, err := contextItems(in, a[0])
		if err != nil {
			return nil, err
		}
		l.rt.defaultExceptionHandler(items)
		return py.None, nil
	})
	add("call_exception_handler", func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("call_exception_handler", args, kw, []string{"context"}, 1)
		if err != nil {
			return nil, err
		}
		items, err := contextItems(in, a[0])
		if err != nil {
			return nil, err
		}
		l.callExceptionHandler(items)
		return py.None, nil
	})
	add("shutdown_asyncgens", func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
		return l.shutdownAsyncgens(), nil
	})
	add("shutdown_default_executor", func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
		return newNativeCoro("BaseEventLoop.shutdown_default_executor", func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
			l.executorShutdown = true
			return py.None, py.GenReturned, exc
		}), nil
	})
	add("run_in_executor", func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
		if len(kw) > 0 || len(args) < 2 {
			return nil, py.Errorf(py.TypeError, "run_in_executor() takes at least 2 positional arguments")
		}
		return l.runInExecutor(args[1], copyArgs(args[2:]))
	})
	add("set_task_factory", func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
		if len(args) == 1 && args[0] == py.None {
			return py.None, nil
		}
		return nil, py.Errorf(py.NotImplementedError, "aioplay: loop.set_task_factory() is not supported")
	})
	add("get_task_factory", func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
		return py.None, nil
	})
	for _, name := range unsupportedLoopMethods {
		name := name
		add(name, func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
			return nil, unsupported("loop." + name + "()")
		})
	}
	add("__repr__", func(in *py.Interp, l *Loop, args []py.Object, kw []string) (py.Object, error) {
		return py.NewStr("<_UnixSelectorEventLoop running=" + pyBool(l.running) + " closed=" + pyBool(l.closed) + " debug=" + pyBool(l.debug) + ">"), nil
	})
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func copyArgs(a []py.Object) []py.Object {
	if len(a) == 0 {
		return nil
	}
	out := make([]py.Object, len(a))
	copy(out, a)
	return out
}

// contextArg resolves a context= argument: a Context, or a copy of the
// current one.
func (rt *Runtime) contextArg(o py.Object) *Context {
	if c, ok := o.(*Context); ok {
		return c
	}
	return rt.ctx.copy()
}

// contextItems reads an exception-handler context dict.
func contextItems(in *py.Interp, o py.Object) ([]ctxItem, error) {
	d, ok := py.AsDict(o)
	if !ok {
		return nil, py.Errorf(py.TypeError, "context must be a dict")
	}
	var items []ctxItem
	for _, it := range d.Items() {
		k, ok := it.Key.(*py.Str)
		if !ok {
			continue
		}
		items = append(items, ctxItem{k.S, it.Value})
	}
	return items, nil
}
