package asyncio

import "aioplay/runtime/py"

// asCompleted is asyncio.as_completed(fs, timeout=None) (ASYNCIO.md G3):
// a generator, so nothing happens until the first next(); it yields one
// coroutine per input, each returning the next result in completion order.
type asCompleted struct {
	rt       *Runtime
	fs       py.Object
	timeout  py.Object
	started  bool
	done     *Queue
	todo     []*Future
	n, given int
	handle   *Handle
}

var AsCompletedType = newType("generator", "builtins", py.ObjectType)

func (a *asCompleted) Type() *py.Type { return AsCompletedType }

func (rt *Runtime) asCompleted(fs, timeout py.Object) py.Object {
	return &asCompleted{rt: rt, fs: fs, timeout: timeout}
}

const asCompletedLabel = "as_completed.<locals>._on_completion()"

func (a *asCompleted) start(in *py.Interp) error {
	a.started = true
	if isFutureOrCoro(a.fs) {
		return py.Errorf(py.TypeError, "expect an iterable of futures, not %s", py.TypeName(a.fs))
	}
	items, err := py.Collect(in, a.fs)
	if err != nil {
		return err
	}
	l, err := a.rt.getEventLoop()
	if err != nil {
		return err
	}
	a.done = &Queue{rt: a.rt, finished: &Event{rt: a.rt, value: true}}
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
		fo, err := a.rt.ensureFuture(it, l)
		if err != nil {
			return err
		}
		f, _ := asFuture(fo)
		a.todo = append(a.todo, f)
	}
	onCompletion := func(arg py.Object) error {
		if len(a.todo) == 0 {
			return nil
		}
		f, _ := asFuture(arg)
		for i, t := range a.todo {
			if t == f {
				a.todo = append(a.todo[:i], a.todo[i+1:]...)
				break
			}
		}
		a.done.putNowait(in, f.obj)
		if len(a.todo) == 0 && a.handle != nil {
			a.handle.Cancel()
		}
		return nil
	}
	for _, f := range a.todo {
		f.AddDoneCallbackGo(onCompletion, asCompletedLabel)
	}
	if len(a.todo) > 0 && a.timeout != nil && a.timeout != py.None {
		t, err := toSeconds(in, a.timeout)
		if err != nil {
			return err
		}
		a.handle = l.CallLaterGo(secondsToNs(t), func(py.Object) error {
			for _, f := range a.todo {
				f.removeGoCallback(asCompletedLabel)
				a.done.putNowait(in, py.None)
			}
			a.todo = nil
			return nil
		}, nil, "as_completed.<locals>._on_timeout()")
	}
	a.n = len(a.todo)
	return nil
}

func (a *asCompleted) next(in *py.Interp) (py.Object, error) {
	if !a.started {
		if err := a.start(in); err != nil {
			return nil, err
		}
	}
	if a.given >= a.n {
		return nil, py.NewException(py.StopIteration)
	}
	a.given++
	q := a.done
	return newNativeCoro("as_completed.<locals>._wait_for_one", func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
		if c.state == 0 {
			c.state = 1
			return c.await(in, q.getCoro())
		}
		if exc != nil {
			return nil, py.GenReturned, exc
		}
		f, ok := asFuture(v)
		if !ok {
			return nil, py.GenReturned, py.NewException(py.TimeoutError)
		}
		r, err := f.Result()
		return r, py.GenReturned, err
	}), nil
}

func init() { py.OnSetup(setupAsCompletedType) }

func setupAsCompletedType() {
	t := AsCompletedType
	t.AddMethod("__iter__", noArgs("__iter__", func(in *py.Interp, o py.Object) (py.Object, error) { return o, nil }))
	t.AddMethod("__next__", noArgs("__next__", func(in *py.Interp, o py.Object) (py.Object, error) { return o.(*asCompleted).next(in) }))
}
