package asyncio

import "aioplay/runtime/py"

// The Python methods of Task beyond those inherited from Future.

func setupTaskType() {
	t := TaskType
	t.New = func(in *py.Interp, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("Task", args, kw, []string{"coro", "loop", "name", "context"}, 1)
		if err != nil {
			return nil, err
		}
		rt := RuntimeOf(in)
		l, err := rt.loopArg(a[1])
		if err != nil {
			return nil, err
		}
		return rt.newTaskChecked(l, a[0], noneToNil(a[2]), a[3], false)
	}
	t.AddMethod("get_name", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return self.(*Task).nameObject(), nil
	})
	t.AddMethod("set_name", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("set_name", args, kw, []string{"value"}, 1)
		if err != nil {
			return nil, err
		}
		task := self.(*Task)
		s, ok := a[0].(*py.Str)
		if !ok {
			var err error
			s, err = py.ToStr(in, a[0])
			if err != nil {
				return nil, err
			}
		}
		task.name = s
		if tr := task.loop.rt.tracer; tr != nil {
			tr.renamed(task, s.S)
		}
		return py.None, nil
	})
	t.AddMethod("get_coro", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return self.(*Task).coro, nil
	})
	t.AddMethod("get_context", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return self.(*Task).ctx, nil
	})
	t.AddMethod("cancelling", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return py.Int(self.(*Task).numCancels), nil
	})
	t.AddMethod("uncancel", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return py.Int(self.(*Task).Uncancel()), nil
	})
	t.AddMethod("get_stack", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return py.NewList(nil), nil
	})
	t.AddMethod("print_stack", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return py.None, nil
	})
	t.AddGetSet("_coro", func(in *py.Interp, self py.Object) (py.Object, error) {
		return self.(*Task).coro, nil
	}, nil)
	t.AddGetSet("_fut_waiter", func(in *py.Interp, self py.Object) (py.Object, error) {
		return nilToNone(self.(*Task).waiter), nil
	}, nil)
	t.AddGetSet("_must_cancel", func(in *py.Interp, self py.Object) (py.Object, error) {
		return boolObj(self.(*Task).mustCancel), nil
	}, nil)
	t.AddGetSet("_log_destroy_pending", func(in *py.Interp, self py.Object) (py.Object, error) {
		return boolObj(self.(*Task).logDestroyPending), nil
	}, func(in *py.Interp, self py.Object, v py.Object) error {
		b, err := py.Truth(in, v)
		self.(*Task).logDestroyPending = b
		return err
	})
}

// asCoroutine returns o as a Coroutine if it is a coroutine object
// (asyncio.iscoroutine: coroutines, plus legacy generators in 3.11).
func asCoroutine(o py.Object) (Coroutine, bool) {
	switch x := o.(type) {
	case *py.Generator:
		if x.Kind == py.KindCoroutine || x.Kind == py.KindGenerator {
			return x, true
		}
	case *NativeCoro:
		return x, true
	}
	return nil, false
}

// newTaskChecked is create_task's checks and task creation. rename: the
// name is applied after creation, so an unnamed number is used up
// (asyncio.create_task in 3.11, ASYNCIO.md T2).
func (rt *Runtime) newTaskChecked(l *Loop, coroObj, name, ctxObj py.Object, rename bool) (*Task, error) {
	coro, ok := asCoroutine(coroObj)
	if !ok {
		return nil, py.Errorf(py.TypeError, "a coroutine was expected, got %s", reprOf(rt.in, coroObj))
	}
	if l.closed {
		if nc, ok := coro.(*NativeCoro); ok {
			nc.awaited = true
		}
		return nil, py.Errorf(py.RuntimeError, "Event loop is closed")
	}
	var ctx *Context
	if c, ok := ctxObj.(*Context); ok {
		ctx = c
	}
	var nameStr py.Object
	if name != nil {
		s, ok := name.(*py.Str)
		if !ok {
			var err error
			s, err = py.ToStr(rt.in, name)
			if err != nil {
				return nil, err
			}
		}
		nameStr = s
	}
	if rename {
		t := l.NewTask(coro, nil, ctx)
		if nameStr != nil {
			t.name = nameStr
			if tr := rt.tracer; tr != nil {
				tr.renamed(t, nameStr.(*py.Str).S)
			}
		}
		return t, nil
	}
	return l.NewTask(coro, nameStr, ctx), nil
}
