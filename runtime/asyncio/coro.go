package asyncio

import "aioplay/runtime/py"

// Coroutine is what a Task drives: a Python coroutine (*py.Generator) or a
// coroutine written in Go (*NativeCoro). Send/Throw resume it until it
// yields (GenYielded: the value is what it awaits) or returns
// (GenReturned: the value is its result); an error is the exception it
// raised.
type Coroutine interface {
	py.Object
	Send(in *py.Interp, v py.Object) (py.Object, py.GenStatus, error)
	Throw(in *py.Interp, exc *py.Exception) (py.Object, py.GenStatus, error)
	Close(in *py.Interp) error
}

// resumeFunc is the body of a NativeCoro: a state machine resumed with the
// value sent in (v) or the exception thrown in (exc). It returns like Send.
type resumeFunc func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error)

// NativeCoro is a coroutine implemented in Go (asyncio.sleep, Lock.acquire,
// Queue.get, wait_for ...). Python sees a coroutine object: it can be
// awaited, passed to create_task or gather, sent into and closed.
//
// While sub is set the coroutine is awaiting another coroutine or
// awaitable iterator: Send/Throw go to sub, and sub's outcome is passed to
// the body as v/exc.
type NativeCoro struct {
	qualname string
	body     resumeFunc
	state    int32 // resume point inside body; 0 before the first resumption
	finished bool
	awaited  bool // awaited or wrapped in a task (no "never awaited" warning)
	sub      Coroutine
	rt       *Runtime
	// scratch for the body
	fut *Future
	h   *Handle
	a   py.Object
	n   int
}

// park suspends the coroutine on a new future of loop, queued on waiters
// (a lock's, event's, semaphore's, condition's or queue's) and marked as
// waiting for kind; the body resumes at state 1 when the future is done.
func (c *NativeCoro) park(loop *Loop, kind waitKind, waiters *[]*Future) (py.Object, py.GenStatus, error) {
	f := loop.NewFuture()
	f.waitKind = kind
	*waiters = append(*waiters, f)
	c.fut = f
	c.state = 1
	return suspendOn(f)
}

// AwaitIter makes a NativeCoro awaitable by the VM (py.Awaitable): it is
// its own iterator.
func (c *NativeCoro) AwaitIter(in *py.Interp) (py.Object, error) { return c, nil }

// AwaitIter makes a Future awaitable by the VM (py.Awaitable).
func (f *Future) AwaitIter(in *py.Interp) (py.Object, error) { return &futureIter{f: f}, nil }

// AwaitIter makes a Task awaitable by the VM (py.Awaitable).
func (t *Task) AwaitIter(in *py.Interp) (py.Object, error) { return &futureIter{f: &t.Future}, nil }

// Discarded: a Go-written coroutine thrown away unstarted warns like a
// Python one ("coroutine 'sleep' was never awaited", once per location).
func (c *NativeCoro) Discarded(in *py.Interp, filename string, line int) {
	if c.awaited || c.finished || c.state != 0 || in == nil {
		return
	}
	c.awaited = true
	in.WarnAt(filename, line, py.RuntimeWarning, "coroutine '"+c.qualname+"' was never awaited", true)
}

// Type makes a NativeCoro a Python coroutine object.
func (c *NativeCoro) Type() *py.Type { return NativeCoroType }

func newNativeCoro(qualname string, body resumeFunc) *NativeCoro {
	return &NativeCoro{qualname: qualname, body: body}
}

// Send resumes the coroutine with v.
func (c *NativeCoro) Send(in *py.Interp, v py.Object) (py.Object, py.GenStatus, error) {
	if c.finished {
		return nil, py.GenReturned, py.Errorf(py.RuntimeError, "cannot reuse already awaited coroutine")
	}
	c.awaited = true
	if c.sub != nil {
		r, st, err := c.sub.Send(in, v)
		return c.afterSub(in, r, st, err)
	}
	return c.resume(in, v, nil)
}

// Throw raises exc at the suspension point.
func (c *NativeCoro) Throw(in *py.Interp, exc *py.Exception) (py.Object, py.GenStatus, error) {
	if c.finished {
		return nil, py.GenReturned, exc
	}
	c.awaited = true
	if c.state == 0 && c.sub == nil {
		// Throwing into an unstarted coroutine raises at once (C3).
		c.finished = true
		return nil, py.GenReturned, exc
	}
	if c.sub != nil {
		r, st, err := c.sub.Throw(in, exc)
		return c.afterSub(in, r, st, err)
	}
	return c.resume(in, nil, exc)
}

// Close is close(): the body sees GeneratorExit at its suspension point.
func (c *NativeCoro) Close(in *py.Interp) error {
	if c.finished {
		return nil
	}
	if c.state == 0 && c.sub == nil {
		c.finished = true
		return nil
	}
	if c.sub != nil {
		sub := c.sub
		c.sub = nil
		if err := sub.Close(in); err != nil {
			c.finished = true
			return err
		}
	}
	_, st, err := c.resume(in, nil, py.NewException(py.GeneratorExit))
	c.finished = true
	if err != nil {
		if e, ok := err.(*py.Exception); ok && isSubtype(e.Class, py.GeneratorExit) {
			return nil
		}
		return err
	}
	if st == py.GenYielded {
		return py.Errorf(py.RuntimeError, "coroutine ignored GeneratorExit")
	}
	return nil
}

func (c *NativeCoro) afterSub(in *py.Interp, r py.Object, st py.GenStatus, err error) (py.Object, py.GenStatus, error) {
	if err == nil && st == py.GenYielded {
		return r, st, nil
	}
	c.sub = nil
	if err != nil {
		e, ok := err.(*py.Exception)
		if !ok {
			c.finished = true
			return nil, py.GenReturned, err
		}
		return c.resume(in, nil, e)
	}
	return c.resume(in, r, nil)
}

func (c *NativeCoro) resume(in *py.Interp, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
	r, st, err := c.body(in, c, v, exc)
	if e, ok := err.(*py.Exception); ok && e == nil {
		err = nil // a body returned its nil exc
	}
	if err != nil || st == py.GenReturned {
		if c.sub == nil {
			c.finished = true
		}
	}
	return r, st, err
}

// await makes the body await o: a Future/Task is yielded to the task
// directly (unless already done), anything else is awaited through its
// awaitable iterator. The body is resumed with the outcome in v/exc.
// Callers return the result of await directly.
func (c *NativeCoro) await(in *py.Interp, o py.Object) (py.Object, py.GenStatus, error) {
	it, err := awaitIter(in, o)
	if err != nil {
		return c.resume(in, nil, asException(err))
	}
	c.sub = it
	r, st, err := it.Send(in, py.None)
	return c.afterSub(in, r, st, err)
}

// asException converts an error to the exception a body should see.
func asException(err error) *py.Exception {
	if e, ok := err.(*py.Exception); ok {
		return e
	}
	return py.Errorf(py.SystemError, "%s", err.Error())
}

// futureIter is the iterator of `await fut` (futures.py:Future.__await__):
// it yields the future once if it is not done, then returns its result.
type futureIter struct {
	f     *Future
	state uint8
}

func (it *futureIter) Type() *py.Type { return FutureIterType }

func (it *futureIter) Send(in *py.Interp, v py.Object) (py.Object, py.GenStatus, error) {
	switch it.state {
	case 0:
		if !it.f.Done() {
			it.f.blocking = true
			it.state = 1
			return it.f.obj, py.GenYielded, nil
		}
	case 1:
		if !it.f.Done() {
			it.state = 2
			return nil, py.GenReturned, py.Errorf(py.RuntimeError, "await wasn't used with future")
		}
	default:
		return nil, py.GenReturned, py.NewException(py.StopIteration)
	}
	it.state = 2
	r, err := it.f.Result()
	return r, py.GenReturned, err
}

func (it *futureIter) Throw(in *py.Interp, exc *py.Exception) (py.Object, py.GenStatus, error) {
	it.state = 2
	return nil, py.GenReturned, exc
}

func (it *futureIter) Close(in *py.Interp) error { it.state = 2; return nil }

// pyIter drives any Python iterator that is used as an awaitable iterator
// (what __await__ returned) through its send/throw/close methods.
type pyIter struct{ it py.Object }

func (p *pyIter) Type() *py.Type { return p.it.Type() }

func (p *pyIter) Send(in *py.Interp, v py.Object) (py.Object, py.GenStatus, error) {
	var r py.Object
	var err error
	if v == py.None {
		nx, e := py.LookupSpecial(in, p.it, py.Intern("__next__"))
		if e != nil {
			return nil, py.GenReturned, e
		}
		if nx == nil {
			return nil, py.GenReturned, py.Errorf(py.TypeError, "'%s' object is not an iterator", py.TypeName(p.it))
		}
		r, err = py.Call(in, nx, nil, nil)
	} else {
		r, err = py.CallMethod(in, p.it, py.Intern("send"), v)
	}
	return stopIterationResult(r, err)
}

func (p *pyIter) Throw(in *py.Interp, exc *py.Exception) (py.Object, py.GenStatus, error) {
	m, err := py.GetAttrOpt(in, p.it, py.Intern("throw"))
	if err != nil {
		return nil, py.GenReturned, err
	}
	if m == nil {
		return nil, py.GenReturned, exc
	}
	return stopIterationResult(py.Call(in, m, []py.Object{exc}, nil))
}

func (p *pyIter) Close(in *py.Interp) error {
	m, err := py.GetAttrOpt(in, p.it, py.Intern("close"))
	if err != nil || m == nil {
		return err
	}
	_, err = py.Call(in, m, nil, nil)
	return err
}

// stopIterationResult turns a StopIteration raised by an iterator into a
// return value.
func stopIterationResult(r py.Object, err error) (py.Object, py.GenStatus, error) {
	if err == nil {
		return r, py.GenYielded, nil
	}
	if e, ok := err.(*py.Exception); ok && isSubtype(e.Class, py.StopIteration) {
		if e.Args != nil && len(e.Args.Items) > 0 {
			return e.Args.Items[0], py.GenReturned, nil
		}
		return py.None, py.GenReturned, nil
	}
	return nil, py.GenReturned, err
}

// awaitIter returns the awaitable iterator of o (what `await o` drives):
// a coroutine itself, a future's iterator, or o.__await__().
func awaitIter(in *py.Interp, o py.Object) (Coroutine, error) {
	switch x := o.(type) {
	case *py.Generator:
		if x.Kind == py.KindCoroutine {
			return x, nil
		}
	case *NativeCoro:
		return x, nil
	case *Future:
		return &futureIter{f: x}, nil
	case *Task:
		return &futureIter{f: &x.Future}, nil
	}
	m, err := py.LookupSpecial(in, o, py.Intern("__await__"))
	if err != nil {
		return nil, err
	}
	if m == nil {
		return nil, py.Errorf(py.TypeError, "object %s can't be used in 'await' expression", py.TypeName(o))
	}
	it, err := py.Call(in, m, nil, nil)
	if err != nil {
		return nil, err
	}
	if c, ok := it.(Coroutine); ok {
		return c, nil
	}
	return &pyIter{it: it}, nil
}
