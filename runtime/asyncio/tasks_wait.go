package asyncio

import "aioplay/runtime/py"

// Return-when constants of asyncio.wait.
const (
	FirstCompleted = "FIRST_COMPLETED"
	FirstException = "FIRST_EXCEPTION"
	AllCompleted   = "ALL_COMPLETED"
)

// releaseWaiter returns a Go callback that completes waiter
// (tasks.py:_release_waiter).
func releaseWaiter(waiter *Future) func(py.Object) error {
	return func(py.Object) error {
		if !waiter.Done() {
			waiter.SetResult(py.None)
		}
		return nil
	}
}

// suspendOn yields f to the task (a pending future awaited by a native
// coroutine).
func suspendOn(f *Future) (py.Object, py.GenStatus, error) {
	f.blocking = true
	return f.obj, py.GenYielded, nil
}

// timeoutError is `raise TimeoutError() from cause` inside an except
// block for cause.
func timeoutError(cause *py.Exception) *py.Exception {
	e := py.NewException(py.TimeoutError)
	e.Cause = cause
	e.Context = cause
	e.SuppressContext = true
	return e
}

func isCancelledError(e *py.Exception) bool {
	return e != nil && isSubtype(e.Class, CancelledError)
}

// waitFor is asyncio.wait_for(aw, timeout) with 3.11.7's semantics
// (ASYNCIO.md G4): for a positive timeout the awaitable becomes a new task.
func (rt *Runtime) waitFor(aw py.Object, timeout py.Object) *NativeCoro {
	const relLabel = "functools.partial(<function _release_waiter>)"
	var fut, waiter *Future
	var handle *Handle
	var release func(py.Object) error
	var pending *py.Exception
	cancelAndWait := func(c *NativeCoro, next int32) (py.Object, py.GenStatus, error) {
		w := fut.loop.NewFuture()
		w.waitKind = waitTimeout
		fut.AddDoneCallbackGo(releaseWaiter(w), "_cancel_and_wait")
		cancelAny(fut, nil)
		c.state = next
		return suspendOn(w)
	}
	finish := func() {
		if handle != nil {
			handle.Cancel()
		}
	}
	return newNativeCoro("wait_for", func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
		switch c.state {
		case 0:
			l, err := rt.runningLoop()
			if err != nil {
				return nil, py.GenReturned, err
			}
			if timeout == nil || timeout == py.None {
				c.state = 10
				return c.await(in, aw)
			}
			t, err := toSeconds(in, timeout)
			if err != nil {
				return nil, py.GenReturned, err
			}
			fo, err := rt.ensureFuture(aw, l)
			if err != nil {
				return nil, py.GenReturned, err
			}
			fut, _ = asFuture(fo)
			if t <= 0 {
				if fut.Done() {
					r, err := fut.Result()
					return r, py.GenReturned, err
				}
				return cancelAndWait(c, 3)
			}
			waiter = l.NewFuture()
			waiter.waitKind = waitTimeout
			handle = l.CallLaterGo(secondsToNs(t), releaseWaiter(waiter), nil, "_release_waiter()")
			release = releaseWaiter(waiter)
			fut.AddDoneCallbackGo(release, relLabel)
			c.state = 1
			return suspendOn(waiter)
		case 1:
			if exc != nil {
				if !isCancelledError(exc) {
					finish()
					return nil, py.GenReturned, exc
				}
				if fut.Done() {
					finish()
					r, err := fut.Result()
					return r, py.GenReturned, err
				}
				fut.removeGoCallback(relLabel)
				pending = exc
				return cancelAndWait(c, 2)
			}
			if fut.Done() {
				finish()
				r, err := fut.Result()
				return r, py.GenReturned, err
			}
			fut.removeGoCallback(relLabel)
			return cancelAndWait(c, 3)
		case 2:
			fut.removeGoCallback("_cancel_and_wait")
			finish()
			if exc != nil {
				return nil, py.GenReturned, exc
			}
			return nil, py.GenReturned, pending
		case 3:
			fut.removeGoCallback("_cancel_and_wait")
			finish()
			if exc != nil {
				return nil, py.GenReturned, exc
			}
			r, err := fut.Result()
			if e, ok := err.(*py.Exception); ok && isCancelledError(e) {
				return nil, py.GenReturned, timeoutError(e)
			}
			return r, py.GenReturned, err
		}
		// 10: timeout None, awaited inline.
		if exc != nil {
			return nil, py.GenReturned, exc
		}
		return v, py.GenReturned, nil
	})
}

// isCollectionOfFutures rejects a single future or coroutine where wait()
// wants a collection.
func isFutureOrCoro(o py.Object) bool {
	if _, ok := asFuture(o); ok {
		return true
	}
	_, ok := asCoroutine(o)
	return ok
}

// wait is asyncio.wait(fs, timeout=None, return_when=ALL_COMPLETED)
// (ASYNCIO.md G2). The checks run when the coroutine starts.
func (rt *Runtime) wait(fsObj py.Object, timeout py.Object, returnWhen string) *NativeCoro {
	var fs []*Future
	var waiter *Future
	var handle *Handle
	const label = "_wait.<locals>._on_completion() at /usr/lib/python3.11/asyncio/tasks.py:531"
	return newNativeCoro("wait", func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
		switch c.state {
		case 0:
			if isFutureOrCoro(fsObj) {
				return nil, py.GenReturned, py.Errorf(py.TypeError, "expect a list of futures, not %s", py.TypeName(fsObj))
			}
			items, err := py.Collect(in, fsObj)
			if err != nil {
				return nil, py.GenReturned, err
			}
			if len(items) == 0 {
				return nil, py.GenReturned, py.Errorf(py.ValueError, "Set of Tasks/Futures is empty.")
			}
			if returnWhen != FirstCompleted && returnWhen != FirstException && returnWhen != AllCompleted {
				return nil, py.GenReturned, py.Errorf(py.ValueError, "Invalid return_when value: %s", returnWhen)
			}
			l, err := rt.runningLoop()
			if err != nil {
				return nil, py.GenReturned, err
			}
			for _, it := range items {
				if _, ok := asCoroutine(it); ok {
					return nil, py.GenReturned, py.Errorf(py.TypeError, "Passing coroutines is forbidden, use tasks explicitly.")
				}
			}
			var uniq []py.Object
		outer:
			for _, it := range items {
				for _, u := range uniq {
					if u == it {
						continue outer
					}
				}
				uniq = append(uniq, it)
			}
			for _, it := range uniq {
				fo, err := rt.ensureFuture(it, l)
				if err != nil {
					return nil, py.GenReturned, err
				}
				f, _ := asFuture(fo)
				fs = append(fs, f)
			}
			waiter = l.NewFuture()
			waiter.waitKind = waitWait
			if timeout != nil && timeout != py.None {
				t, err := toSeconds(in, timeout)
				if err != nil {
					return nil, py.GenReturned, err
				}
				handle = l.CallLaterGo(secondsToNs(t), releaseWaiter(waiter), nil, "_release_waiter()")
			}
			counter := len(fs)
			onCompletion := func(arg py.Object) error {
				f, _ := asFuture(arg)
				counter--
				if counter <= 0 || returnWhen == FirstCompleted ||
					returnWhen == FirstException && !f.Cancelled() && f.exc != nil {
					if handle != nil {
						handle.Cancel()
					}
					if !waiter.Done() {
						waiter.SetResult(py.None)
					}
				}
				return nil
			}
			for _, f := range fs {
				f.AddDoneCallbackGo(onCompletion, label)
			}
			c.state = 1
			return suspendOn(waiter)
		}
		if handle != nil {
			handle.Cancel()
		}
		for _, f := range fs {
			f.removeGoCallback(label)
		}
		if exc != nil {
			return nil, py.GenReturned, exc
		}
		var done, pend []py.Object
		for _, f := range fs {
			if f.Done() {
				done = append(done, f.obj)
			} else {
				pend = append(pend, f.obj)
			}
		}
		ds, err := newSet(in, done)
		if err != nil {
			return nil, py.GenReturned, err
		}
		ps, err := newSet(in, pend)
		if err != nil {
			return nil, py.GenReturned, err
		}
		return py.NewTuple(ds, ps), py.GenReturned, nil
	})
}
