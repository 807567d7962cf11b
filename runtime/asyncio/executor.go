package asyncio

import "aioplay/runtime/py"

// runInExecutor is loop.run_in_executor(None, fn, *args): there are no
// threads, so fn runs at once on the loop. time.sleep inside it does not
// block the loop: it delays the future's completion instead, as a worker
// thread would. The call is recorded in the trace as a blocking call.
func (l *Loop) runInExecutor(fn py.Object, args []py.Object) (py.Object, error) {
	rt := l.rt
	f := l.NewFuture()
	f.waitKind = waitExecutor
	prev := rt.executorDelay
	rt.inExecutor++
	rt.executorDelay = 0
	r, err := py.Call(rt.in, fn, args, nil)
	delay := rt.executorDelay
	rt.inExecutor--
	rt.executorDelay = prev
	if tr := rt.tracer; tr != nil {
		tr.blocking("run_in_executor("+callableName(rt.in, fn)+")", delay)
	}
	complete := func(py.Object) error {
		if f.Done() {
			return nil
		}
		if err != nil {
			if e, ok := err.(*py.Exception); ok {
				f.SetException(e)
				return nil
			}
			return err
		}
		f.SetResult(r)
		return nil
	}
	if delay > 0 {
		l.CallLaterGo(delay, complete, nil, "")
	} else {
		l.CallSoonGo(complete, nil, "")
	}
	return f, nil
}

// toThread is asyncio.to_thread(func, *args, **kwargs).
func (rt *Runtime) toThread(fn py.Object, args []py.Object, kw []string) *NativeCoro {
	args = copyArgs(args)
	return newNativeCoro("to_thread", func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
		if c.state == 0 {
			l, err := rt.runningLoop()
			if err != nil {
				return nil, py.GenReturned, err
			}
			call := fn
			if len(kw) > 0 {
				call = &py.BuiltinFunction{Name: "partial", Fn: func(in *py.Interp, _ []py.Object, _ []string) (py.Object, error) {
					return py.Call(in, fn, args, kw)
				}}
			}
			callArgs := args
			if len(kw) > 0 {
				callArgs = nil
			}
			f, err := l.runInExecutor(call, callArgs)
			if err != nil {
				return nil, py.GenReturned, err
			}
			c.state = 1
			return c.await(in, f)
		}
		if exc != nil {
			return nil, py.GenReturned, exc
		}
		return v, py.GenReturned, nil
	})
}
