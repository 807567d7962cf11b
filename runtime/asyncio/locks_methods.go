package asyncio

import "aioplay/runtime/py"

func init() { py.OnSetup(setupLockTypes) }

type method = func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error)

func noArgs(name string, f func(in *py.Interp, self py.Object) (py.Object, error)) method {
	return func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		if len(args) > 0 {
			return nil, py.Errorf(py.TypeError, "%s() takes no arguments (%d given)", name, len(args))
		}
		return f(in, self)
	}
}

func setupLockTypes() {
	lt := LockType
	lt.New = func(in *py.Interp, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		if len(args) > 0 {
			return nil, py.Errorf(py.TypeError, "Lock.__init__() takes 1 positional argument but %d were given", len(args)+1)
		}
		return &Lock{rt: RuntimeOf(in)}, nil
	}
	lt.AddMethod("acquire", noArgs("acquire", func(in *py.Interp, self py.Object) (py.Object, error) { return self.(*Lock).acquire(), nil }))
	lt.AddMethod("release", noArgs("release", func(in *py.Interp, self py.Object) (py.Object, error) { return py.None, self.(*Lock).release() }))
	lt.AddMethod("locked", noArgs("locked", func(in *py.Interp, self py.Object) (py.Object, error) { return boolObj(self.(*Lock).locked), nil }))
	lt.AddMethod("__aenter__", noArgs("__aenter__", func(in *py.Interp, self py.Object) (py.Object, error) {
		return noneAfter("Lock.__aenter__", self.(*Lock).acquire()), nil
	}))
	lt.AddMethod("__aexit__", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return immediate("Lock.__aexit__", py.None, self.(*Lock).release()), nil
	})
	lt.AddMethod("__repr__", noArgs("__repr__", func(in *py.Interp, self py.Object) (py.Object, error) { return py.NewStr(self.(*Lock).repr(in)), nil }))

	et := EventType
	et.New = func(in *py.Interp, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		return &Event{rt: RuntimeOf(in)}, nil
	}
	et.AddMethod("is_set", noArgs("is_set", func(in *py.Interp, self py.Object) (py.Object, error) { return boolObj(self.(*Event).value), nil }))
	et.AddMethod("set", noArgs("set", func(in *py.Interp, self py.Object) (py.Object, error) { self.(*Event).set(); return py.None, nil }))
	et.AddMethod("clear", noArgs("clear", func(in *py.Interp, self py.Object) (py.Object, error) {
		self.(*Event).value = false
		return py.None, nil
	}))
	et.AddMethod("wait", noArgs("wait", func(in *py.Interp, self py.Object) (py.Object, error) { return self.(*Event).wait(), nil }))
	et.AddMethod("__repr__", noArgs("__repr__", func(in *py.Interp, self py.Object) (py.Object, error) {
		e := self.(*Event)
		extra := "unset"
		if e.value {
			extra = "set"
		}
		return py.NewStr(objectRepr(in, e, extra+waitersSuffix(len(e.waiters)))), nil
	}))

	ct := ConditionType
	ct.New = func(in *py.Interp, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("Condition", args, kw, []string{"lock"}, 0)
		if err != nil {
			return nil, err
		}
		rt := RuntimeOf(in)
		cd := &Condition{rt: rt}
		if a[0] == nil || a[0] == py.None {
			cd.lock = &Lock{rt: rt}
		} else if l, ok := a[0].(*Lock); ok {
			cd.lock = l
		} else {
			return nil, py.Errorf(py.TypeError, "aioplay: Condition(lock) needs an asyncio.Lock")
		}
		return cd, nil
	}
	ct.AddMethod("acquire", noArgs("acquire", func(in *py.Interp, self py.Object) (py.Object, error) { return self.(*Condition).lock.acquire(), nil }))
	ct.AddMethod("release", noArgs("release", func(in *py.Interp, self py.Object) (py.Object, error) {
		return py.None, self.(*Condition).lock.release()
	}))
	ct.AddMethod("locked", noArgs("locked", func(in *py.Interp, self py.Object) (py.Object, error) {
		return boolObj(self.(*Condition).lock.locked), nil
	}))
	ct.AddMethod("wait", noArgs("wait", func(in *py.Interp, self py.Object) (py.Object, error) { return self.(*Condition).wait(), nil }))
	ct.AddMethod("wait_for", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("wait_for", args, kw, []string{"predicate"}, 1)
		if err != nil {
			return nil, err
		}
		return self.(*Condition).waitFor(a[0]), nil
	})
	ct.AddMethod("notify", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("notify", args, kw, []string{"n"}, 0)
		if err != nil {
			return nil, err
		}
		n := 1
		if a[0] != nil {
			if n, err = py.Index(in, a[0]); err != nil {
				return nil, err
			}
		}
		return py.None, self.(*Condition).notify(n)
	})
	ct.AddMethod("notify_all", noArgs("notify_all", func(in *py.Interp, self py.Object) (py.Object, error) {
		cd := self.(*Condition)
		return py.None, cd.notify(len(cd.waiters))
	}))
	ct.AddMethod("__aenter__", noArgs("__aenter__", func(in *py.Interp, self py.Object) (py.Object, error) {
		return noneAfter("Condition.__aenter__", self.(*Condition).lock.acquire()), nil
	}))
	ct.AddMethod("__aexit__", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return immediate("Condition.__aexit__", py.None, self.(*Condition).lock.release()), nil
	})
	ct.AddMethod("__repr__", noArgs("__repr__", func(in *py.Interp, self py.Object) (py.Object, error) {
		cd := self.(*Condition)
		extra := "unlocked"
		if cd.lock.locked {
			extra = "locked"
		}
		return py.NewStr(objectRepr(in, cd, extra+waitersSuffix(len(cd.waiters)))), nil
	}))

	st := SemaphoreType
	newSem := func(bounded bool) func(in *py.Interp, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		return func(in *py.Interp, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
			a, err := bindArgs(cls.Name, args, kw, []string{"value"}, 0)
			if err != nil {
				return nil, err
			}
			v := 1
			if a[0] != nil {
				if v, err = py.Index(in, a[0]); err != nil {
					return nil, err
				}
			}
			if v < 0 {
				return nil, py.Errorf(py.ValueError, "Semaphore initial value must be >= 0")
			}
			s := &Semaphore{rt: RuntimeOf(in), value: v, bound: -1}
			if bounded {
				s.bound = v
			}
			return s, nil
		}
	}
	st.New = newSem(false)
	BoundedSemaphoreType.New = newSem(true)
	st.AddMethod("acquire", noArgs("acquire", func(in *py.Interp, self py.Object) (py.Object, error) { return self.(*Semaphore).acquire(), nil }))
	st.AddMethod("release", noArgs("release", func(in *py.Interp, self py.Object) (py.Object, error) { return py.None, self.(*Semaphore).release() }))
	st.AddMethod("locked", noArgs("locked", func(in *py.Interp, self py.Object) (py.Object, error) {
		return boolObj(self.(*Semaphore).locked()), nil
	}))
	st.AddMethod("__aenter__", noArgs("__aenter__", func(in *py.Interp, self py.Object) (py.Object, error) {
		return noneAfter("Semaphore.__aenter__", self.(*Semaphore).acquire()), nil
	}))
	st.AddMethod("__aexit__", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return immediate("Semaphore.__aexit__", py.None, self.(*Semaphore).release()), nil
	})
	st.AddGetSet("_value", func(in *py.Interp, self py.Object) (py.Object, error) { return py.Int(self.(*Semaphore).value), nil }, nil)
	st.AddMethod("__repr__", noArgs("__repr__", func(in *py.Interp, self py.Object) (py.Object, error) {
		s := self.(*Semaphore)
		extra := "locked"
		if !s.locked() {
			extra = "unlocked, value:" + itoa(s.value)
		}
		return py.NewStr(objectRepr(in, s, extra+waitersSuffix(len(s.waiters)))), nil
	}))
}

// noneAfter awaits inner and returns None (async with's __aenter__ of
// the locks returns None).
func noneAfter(name string, inner *NativeCoro) *NativeCoro {
	return newNativeCoro(name, func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
		if c.state == 0 {
			c.state = 1
			return c.await(in, inner)
		}
		if exc != nil {
			return nil, py.GenReturned, exc
		}
		return py.None, py.GenReturned, nil
	})
}
