package asyncio

import "aioplay/runtime/py"

// Runner is asyncio.Runner (runners.py): it owns a loop, runs coroutines
// on it, and on close cancels leftover tasks, closes async generators and
// closes the loop (ASYNCIO.md R2-R5).
type Runner struct {
	rt    *Runtime
	loop  *Loop
	state uint8 // 0 created, 1 initialized, 2 closed
	ctx   *Context
	debug py.Object
}

// Type makes Runner a Python object.
func (r *Runner) Type() *py.Type { return RunnerType }

func (r *Runner) lazyInit() error {
	if r.state == 2 {
		return py.Errorf(py.RuntimeError, "Runner is closed")
	}
	if r.state == 1 {
		return nil
	}
	r.loop = r.rt.NewLoop()
	r.rt.current = r.loop
	r.rt.setLoopCalled = true
	r.ctx = r.rt.ctx.copy()
	r.state = 1
	return nil
}

// Run is Runner.run(coro, context=None).
func (r *Runner) Run(coroObj py.Object, ctx *Context) (py.Object, error) {
	rt := r.rt
	if _, ok := asCoroutine(coroObj); !ok {
		return nil, py.Errorf(py.ValueError, "a coroutine was expected, got %s", reprOf(rt.in, coroObj))
	}
	if rt.running != nil {
		return nil, py.Errorf(py.RuntimeError, "Runner.run() cannot be called from a running event loop")
	}
	if err := r.lazyInit(); err != nil {
		return nil, err
	}
	if ctx == nil {
		ctx = r.ctx
	}
	task, err := rt.newTaskChecked(r.loop, coroObj, nil, ctx, false)
	if err != nil {
		return nil, err
	}
	return r.loop.RunUntilComplete(task)
}

// Close is Runner.close().
func (r *Runner) Close() error {
	if r.state != 1 {
		r.state = 2
		return nil
	}
	l := r.loop
	err := r.rt.cancelAllTasks(l)
	if err == nil {
		_, err = l.RunUntilComplete(l.shutdownAsyncgens())
	}
	if err == nil {
		_, err = l.RunUntilComplete(l.shutdownDefaultExecutor())
	}
	if _, halted := err.(*Halt); halted {
		return err
	}
	if r.rt.current == l {
		r.rt.current = nil
	}
	l.Close()
	r.rt.reportUnretrieved(l)
	r.loop = nil
	r.state = 2
	return err
}

// cancelAllTasks is runners.py:_cancel_all_tasks (ASYNCIO.md R3).
func (rt *Runtime) cancelAllTasks(l *Loop) error {
	live := l.liveTasks()
	if len(live) == 0 {
		return nil
	}
	toCancel := make([]py.Object, len(live))
	for i, t := range live {
		toCancel[i] = t
	}
	for _, o := range toCancel {
		o.(*Task).Cancel(nil)
	}
	g, err := rt.gather(toCancel, true)
	if err != nil {
		return err
	}
	if _, err := l.RunUntilComplete(g); err != nil {
		return err
	}
	for _, o := range toCancel {
		t := o.(*Task)
		if t.Cancelled() {
			continue
		}
		if exc, _ := t.Exception(); exc != nil {
			l.callExceptionHandler([]ctxItem{
				{"message", py.NewStr("unhandled exception during asyncio.run() shutdown")},
				{"exception", exc},
				{"task", t},
			})
		}
	}
	return nil
}

// shutdownAsyncgens is loop.shutdown_asyncgens(): aclose() every live
// async generator concurrently.
func (l *Loop) shutdownAsyncgens() *NativeCoro {
	var gens []py.Object
	var g py.Object
	return newNativeCoro("BaseEventLoop.shutdown_asyncgens", func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
		switch c.state {
		case 0:
			l.asyncgensShutdown = true
			gens = l.asyncgens
			l.asyncgens = nil
			if len(gens) == 0 {
				return py.None, py.GenReturned, nil
			}
			closers := make([]py.Object, 0, len(gens))
			for _, ag := range gens {
				cl, err := py.CallMethod(in, ag, py.Intern("aclose"))
				if err != nil {
					return nil, py.GenReturned, err
				}
				closers = append(closers, cl)
			}
			var err error
			g, err = l.rt.gather(closers, true)
			if err != nil {
				return nil, py.GenReturned, err
			}
			c.state = 1
			return c.await(in, g)
		}
		if exc != nil {
			return nil, py.GenReturned, exc
		}
		if res, ok := v.(*py.List); ok {
			for i, r := range res.Items {
				if e, ok := r.(*py.Exception); ok {
					l.callExceptionHandler([]ctxItem{
						{"message", py.NewStr("an error occurred during closing of asynchronous generator " + reprOf(in, gens[i]))},
						{"exception", e},
						{"asyncgen", gens[i]},
					})
				}
			}
		}
		return py.None, py.GenReturned, nil
	})
}

// shutdownDefaultExecutor is loop.shutdown_default_executor(): there are
// no threads, so it only marks the loop.
func (l *Loop) shutdownDefaultExecutor() *NativeCoro {
	return newNativeCoro("BaseEventLoop.shutdown_default_executor", func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
		l.executorShutdown = true
		return py.None, py.GenReturned, exc
	})
}

// RegisterAsyncGen is the firstiter hook: the VM calls it when an async
// generator is first iterated, so shutdown_asyncgens can close it.
func (rt *Runtime) RegisterAsyncGen(agen py.Object) {
	if l := rt.running; l != nil && !l.asyncgensShutdown {
		l.asyncgens = append(l.asyncgens, agen)
	}
}

// ForgetAsyncGen is called when an async generator finishes, so it is not
// closed again at shutdown.
func (rt *Runtime) ForgetAsyncGen(agen py.Object) {
	if l := rt.running; l != nil {
		for i, g := range l.asyncgens {
			if g == agen {
				l.asyncgens = append(l.asyncgens[:i], l.asyncgens[i+1:]...)
				return
			}
		}
	}
}

// run is asyncio.run(main, debug=None).
func (rt *Runtime) run(main py.Object, debug py.Object) (py.Object, error) {
	if rt.running != nil {
		if nc, ok := main.(*NativeCoro); ok {
			nc.awaited = false
		}
		return nil, py.Errorf(py.RuntimeError, "asyncio.run() cannot be called from a running event loop")
	}
	r := &Runner{rt: rt, debug: debug}
	res, err := r.Run(main, nil)
	if _, halted := err.(*Halt); halted {
		return nil, err
	}
	if cerr := r.Close(); cerr != nil {
		if _, halted := cerr.(*Halt); halted || err == nil {
			return nil, cerr
		}
	}
	return res, err
}

func setupRunnerType() {
	t := RunnerType
	t.New = func(in *py.Interp, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("Runner", args, kw, []string{"debug", "loop_factory"}, 0)
		if err != nil {
			return nil, err
		}
		return &Runner{rt: RuntimeOf(in), debug: a[0]}, nil
	}
	t.AddMethod("run", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("run", args, kw, []string{"coro", "context"}, 1)
		if err != nil {
			return nil, err
		}
		ctx, _ := a[1].(*Context)
		return self.(*Runner).Run(a[0], ctx)
	})
	t.AddMethod("close", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return py.None, self.(*Runner).Close()
	})
	t.AddMethod("get_loop", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		r := self.(*Runner)
		if err := r.lazyInit(); err != nil {
			return nil, err
		}
		return r.loop, nil
	})
	t.AddMethod("__enter__", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		r := self.(*Runner)
		if err := r.lazyInit(); err != nil {
			return nil, err
		}
		return r, nil
	})
	t.AddMethod("__exit__", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return py.None, self.(*Runner).Close()
	})
}
