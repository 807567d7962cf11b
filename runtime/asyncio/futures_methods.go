package asyncio

import "aioplay/runtime/py"

// The Python methods of Future (and, through inheritance, of Task).

func selfFuture(self py.Object) *Future {
	f, _ := asFuture(self)
	return f
}

func setupFutureType() {
	t := FutureType
	t.New = func(in *py.Interp, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("Future", args, kw, []string{"loop"}, 0)
		if err != nil {
			return nil, err
		}
		rt := RuntimeOf(in)
		l, err := rt.loopArg(a[0])
		if err != nil {
			return nil, err
		}
		return l.NewFuture(), nil
	}
	t.AddMethod("result", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return selfFuture(self).Result()
	})
	t.AddMethod("exception", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		e, err := selfFuture(self).Exception()
		if err != nil {
			return nil, err
		}
		if e == nil {
			return py.None, nil
		}
		return e, nil
	})
	t.AddMethod("done", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return boolObj(selfFuture(self).Done()), nil
	})
	t.AddMethod("cancelled", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return boolObj(selfFuture(self).Cancelled()), nil
	})
	t.AddMethod("set_result", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		if _, ok := self.(*Task); ok {
			return nil, py.Errorf(py.RuntimeError, "Task does not support set_result operation")
		}
		a, err := bindArgs("set_result", args, kw, []string{"result"}, 1)
		if err != nil {
			return nil, err
		}
		return py.None, selfFuture(self).SetResult(a[0])
	})
	t.AddMethod("set_exception", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		if _, ok := self.(*Task); ok {
			return nil, py.Errorf(py.RuntimeError, "Task does not support set_exception operation")
		}
		a, err := bindArgs("set_exception", args, kw, []string{"exception"}, 1)
		if err != nil {
			return nil, err
		}
		f := selfFuture(self)
		if f.Done() {
			return nil, py.Errorf(InvalidStateError, "invalid state")
		}
		exc, err := toException(in, a[0])
		if err != nil {
			return nil, err
		}
		return py.None, f.SetException(exc)
	})
	t.AddMethod("cancel", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("cancel", args, kw, []string{"msg"}, 0)
		if err != nil {
			return nil, err
		}
		if task, ok := self.(*Task); ok {
			return boolObj(task.Cancel(noneToNil(a[0]))), nil
		}
		f := selfFuture(self)
		if f.gather != nil {
			return boolObj(f.cancelGather(noneToNil(a[0]))), nil
		}
		return boolObj(f.Cancel(noneToNil(a[0]))), nil
	})
	t.AddMethod("add_done_callback", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("add_done_callback", args, kw, []string{"fn", "context"}, 1)
		if err != nil {
			return nil, err
		}
		f := selfFuture(self)
		var ctx *Context
		if c, ok := a[1].(*Context); ok {
			ctx = c
		} else {
			ctx = f.loop.rt.ctx.copy()
		}
		f.addDoneCallbackPy(a[0], ctx)
		return py.None, nil
	})
	t.AddMethod("remove_done_callback", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("remove_done_callback", args, kw, []string{"fn"}, 1)
		if err != nil {
			return nil, err
		}
		n, err := selfFuture(self).removeDoneCallbackPy(in, a[0])
		return py.Int(n), err
	})
	t.AddMethod("get_loop", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return selfFuture(self).loop, nil
	})
	t.AddMethod("__await__", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return &futureIter{f: selfFuture(self)}, nil
	})
	t.AddMethod("__iter__", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return &futureIter{f: selfFuture(self)}, nil
	})
	t.AddMethod("__repr__", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return py.NewStr(reprOf(in, self)), nil
	})
	t.AddMethod("_make_cancelled_error", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return selfFuture(self).makeCancelledError(), nil
	})
	t.AddGetSet("_asyncio_future_blocking", func(in *py.Interp, self py.Object) (py.Object, error) {
		return boolObj(selfFuture(self).blocking), nil
	}, func(in *py.Interp, self py.Object, v py.Object) error {
		b, err := py.Truth(in, v)
		if err != nil {
			return err
		}
		if b {
			return py.Errorf(py.ValueError, "_asyncio_future_blocking can only be set to False")
		}
		selfFuture(self).blocking = false
		return nil
	})
	t.AddGetSet("_loop", func(in *py.Interp, self py.Object) (py.Object, error) {
		return selfFuture(self).loop, nil
	}, nil)
	t.AddGetSet("_state", func(in *py.Interp, self py.Object) (py.Object, error) {
		return py.NewStr([]string{"PENDING", "CANCELLED", "FINISHED"}[selfFuture(self).state]), nil
	}, nil)
	t.AddGetSet("_cancel_message", func(in *py.Interp, self py.Object) (py.Object, error) {
		return nilToNone(selfFuture(self).cancelMsg), nil
	}, func(in *py.Interp, self py.Object, v py.Object) error {
		selfFuture(self).cancelMsg = noneToNil(v)
		return nil
	})
	t.AddGetSet("_log_traceback", func(in *py.Interp, self py.Object) (py.Object, error) {
		return boolObj(selfFuture(self).logTB), nil
	}, func(in *py.Interp, self py.Object, v py.Object) error {
		b, err := py.Truth(in, v)
		selfFuture(self).logTB = b
		return err
	})
	t.AddGetSet("_callbacks", func(in *py.Interp, self py.Object) (py.Object, error) {
		var items []py.Object
		for _, cb := range selfFuture(self).callbacks {
			if cb.py != nil {
				items = append(items, py.NewTuple(cb.py, nilCtx(cb.ctx)))
			}
		}
		return py.NewList(items), nil
	}, nil)
}

func nilCtx(c *Context) py.Object {
	if c == nil {
		return py.None
	}
	return c
}

// toException accepts an exception instance or class (instantiated with
// no arguments), as set_exception and throw do.
func toException(in *py.Interp, o py.Object) (*py.Exception, error) {
	if t, ok := o.(*py.Type); ok {
		if !t.IsException {
			return nil, py.Errorf(py.TypeError, "exceptions must derive from BaseException")
		}
		v, err := py.Call(in, t, nil, nil)
		if err != nil {
			return nil, err
		}
		o = v
	}
	e, ok := o.(*py.Exception)
	if !ok {
		return nil, py.Errorf(py.TypeError, "exceptions must derive from BaseException")
	}
	return e, nil
}
