package asyncio

import (
	"strconv"

	"aioplay/runtime/py"
)

// The synchronisation primitives (locks.py, ASYNCIO.md S1-S4): Lock,
// Event, Condition, Semaphore, BoundedSemaphore. Their coroutine methods
// are NativeCoros; waiters are futures in FIFO slices.

var (
	LockType             = newType("Lock", "asyncio.locks", py.ObjectType)
	EventType            = newType("Event", "asyncio.locks", py.ObjectType)
	ConditionType        = newType("Condition", "asyncio.locks", py.ObjectType)
	SemaphoreType        = newType("Semaphore", "asyncio.locks", py.ObjectType)
	BoundedSemaphoreType = newType("BoundedSemaphore", "asyncio.locks", SemaphoreType)
)

// loopBound is mixins.py:_LoopBoundMixin: the loop is fixed on first use.
type loopBound struct{ loop *Loop }

func (b *loopBound) getLoop(rt *Runtime, self py.Object) (*Loop, error) {
	l, err := rt.runningLoop()
	if err != nil {
		return nil, err
	}
	if b.loop == nil {
		b.loop = l
	}
	if l != b.loop {
		return nil, py.Errorf(py.RuntimeError, "%s is bound to a different event loop", reprOf(rt.in, self))
	}
	return l, nil
}

func removeWaiter(ws []*Future, f *Future) []*Future {
	for i, w := range ws {
		if w == f {
			copy(ws[i:], ws[i+1:])
			ws[len(ws)-1] = nil
			return ws[:len(ws)-1]
		}
	}
	return ws
}

func objectRepr(in *py.Interp, o py.Object, extra string) string {
	t := o.Type()
	return "<" + t.Module + "." + t.Qualname + " object at " + addrOf(in, o) + " [" + extra + "]>"
}

func waitersSuffix(n int) string {
	if n == 0 {
		return ""
	}
	return ", waiters:" + strconv.Itoa(n)
}

// immediate returns a coroutine that completes at once with (v, err): the
// async methods that never suspend (__aexit__ ...).
func immediate(name string, v py.Object, err error) *NativeCoro {
	return newNativeCoro(name, func(in *py.Interp, c *NativeCoro, _ py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
		if exc != nil {
			return nil, py.GenReturned, exc
		}
		return v, py.GenReturned, err
	})
}

// Lock is asyncio.Lock.
type Lock struct {
	loopBound
	rt      *Runtime
	locked  bool
	waiters []*Future
}

func (l *Lock) Type() *py.Type { return LockType }

func (l *Lock) repr(in *py.Interp) string {
	extra := "unlocked"
	if l.locked {
		extra = "locked"
	}
	return objectRepr(in, l, extra+waitersSuffix(len(l.waiters)))
}

// acquire is Lock.acquire() (S1): free and no live waiter: take it at
// once; else queue a future; the woken waiter takes the lock itself.
func (l *Lock) acquire() *NativeCoro {
	return newNativeCoro("Lock.acquire", func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
		switch c.state {
		case 0:
			if !l.locked {
				free := true
				for _, w := range l.waiters {
					if !w.Cancelled() {
						free = false
						break
					}
				}
				if free {
					l.locked = true
					return py.True, py.GenReturned, nil
				}
			}
			loop, err := l.getLoop(l.rt, l)
			if err != nil {
				return nil, py.GenReturned, err
			}
			return c.park(loop, waitLock, &l.waiters)
		}
		l.waiters = removeWaiter(l.waiters, c.fut)
		if exc == nil {
			_, err := c.fut.Result()
			if e, ok := err.(*py.Exception); ok {
				exc = e
			}
		}
		if exc != nil {
			if isCancelledError(exc) && !l.locked {
				l.wakeUpFirst()
			}
			return nil, py.GenReturned, exc
		}
		l.locked = true
		return py.True, py.GenReturned, nil
	})
}

func (l *Lock) release() error {
	if !l.locked {
		return py.Errorf(py.RuntimeError, "Lock is not acquired.")
	}
	l.locked = false
	l.wakeUpFirst()
	return nil
}

func (l *Lock) wakeUpFirst() {
	if len(l.waiters) == 0 {
		return
	}
	if f := l.waiters[0]; !f.Done() {
		f.SetResult(py.True)
	}
}

// Event is asyncio.Event.
type Event struct {
	loopBound
	rt      *Runtime
	value   bool
	waiters []*Future
}

func (e *Event) Type() *py.Type { return EventType }

func (e *Event) set() {
	if e.value {
		return
	}
	e.value = true
	for _, f := range e.waiters {
		if !f.Done() {
			f.SetResult(py.True)
		}
	}
}

func (e *Event) wait() *NativeCoro {
	return newNativeCoro("Event.wait", func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
		switch c.state {
		case 0:
			if e.value {
				return py.True, py.GenReturned, nil
			}
			loop, err := e.getLoop(e.rt, e)
			if err != nil {
				return nil, py.GenReturned, err
			}
			return c.park(loop, waitEvent, &e.waiters)
		}
		e.waiters = removeWaiter(e.waiters, c.fut)
		if exc != nil {
			return nil, py.GenReturned, exc
		}
		if _, err := c.fut.Result(); err != nil {
			return nil, py.GenReturned, err
		}
		return py.True, py.GenReturned, nil
	})
}

// Condition is asyncio.Condition over a Lock.
type Condition struct {
	loopBound
	rt      *Runtime
	lock    *Lock
	waiters []*Future
}

func (cd *Condition) Type() *py.Type { return ConditionType }

// wait is Condition.wait() (S3): release, wait to be notified, re-acquire
// (even when cancelled).
func (cd *Condition) wait() *NativeCoro {
	var pending *py.Exception
	cancelled := false
	return newNativeCoro("Condition.wait", func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
		switch c.state {
		case 0:
			if !cd.lock.locked {
				return nil, py.GenReturned, py.Errorf(py.RuntimeError, "cannot wait on un-acquired lock")
			}
			cd.lock.release()
			loop, err := cd.getLoop(cd.rt, cd)
			if err != nil {
				pending = asException(err)
				c.state = 2
				return c.await(in, cd.lock.acquire())
			}
			return c.park(loop, waitCondition, &cd.waiters)
		case 1:
			cd.waiters = removeWaiter(cd.waiters, c.fut)
			if exc == nil {
				if _, err := c.fut.Result(); err != nil {
					exc = asException(err)
				}
			}
			pending = exc
			c.state = 2
			return c.await(in, cd.lock.acquire())
		}
		// state 2: re-acquired, or the acquire raised.
		if exc != nil {
			if isCancelledError(exc) {
				cancelled = true
				return c.await(in, cd.lock.acquire())
			}
			return nil, py.GenReturned, exc
		}
		if cancelled {
			return nil, py.GenReturned, py.NewException(CancelledError)
		}
		if pending != nil {
			return nil, py.GenReturned, pending
		}
		return py.True, py.GenReturned, nil
	})
}

// waitFor is Condition.wait_for(predicate).
func (cd *Condition) waitFor(pred py.Object) *NativeCoro {
	return newNativeCoro("Condition.wait_for", func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
		if exc != nil {
			return nil, py.GenReturned, exc
		}
		r, err := py.Call(in, pred, nil, nil)
		if err != nil {
			return nil, py.GenReturned, err
		}
		ok, err := py.Truth(in, r)
		if err != nil {
			return nil, py.GenReturned, err
		}
		if ok {
			return r, py.GenReturned, nil
		}
		c.state = 1
		return c.await(in, cd.wait())
	})
}

func (cd *Condition) notify(n int) error {
	if !cd.lock.locked {
		return py.Errorf(py.RuntimeError, "cannot notify on un-acquired lock")
	}
	idx := 0
	for _, f := range cd.waiters {
		if idx >= n {
			break
		}
		if !f.Done() {
			idx++
			f.SetResult(py.False)
		}
	}
	return nil
}

// Semaphore is asyncio.Semaphore / BoundedSemaphore.
type Semaphore struct {
	loopBound
	rt      *Runtime
	value   int
	bound   int // BoundedSemaphore's initial value; -1 for Semaphore
	waiters []*Future
}

func (s *Semaphore) Type() *py.Type {
	if s.bound >= 0 {
		return BoundedSemaphoreType
	}
	return SemaphoreType
}

func (s *Semaphore) locked() bool {
	if s.value == 0 {
		return true
	}
	for _, w := range s.waiters {
		if !w.Cancelled() {
			return true
		}
	}
	return false
}

func (s *Semaphore) acquire() *NativeCoro {
	return newNativeCoro("Semaphore.acquire", func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
		switch c.state {
		case 0:
			if !s.locked() {
				s.value--
				return py.True, py.GenReturned, nil
			}
			loop, err := s.getLoop(s.rt, s)
			if err != nil {
				return nil, py.GenReturned, err
			}
			return c.park(loop, waitSemaphore, &s.waiters)
		}
		s.waiters = removeWaiter(s.waiters, c.fut)
		if exc == nil {
			if _, err := c.fut.Result(); err != nil {
				exc = asException(err)
			}
		}
		if exc != nil {
			if isCancelledError(exc) && !c.fut.Cancelled() {
				s.value++
				s.wakeUpNext()
			}
			return nil, py.GenReturned, exc
		}
		if s.value > 0 {
			s.wakeUpNext()
		}
		return py.True, py.GenReturned, nil
	})
}

func (s *Semaphore) release() error {
	if s.bound >= 0 && s.value >= s.bound {
		return py.Errorf(py.ValueError, "BoundedSemaphore released too many times")
	}
	s.value++
	s.wakeUpNext()
	return nil
}

func (s *Semaphore) wakeUpNext() {
	for _, f := range s.waiters {
		if !f.Done() {
			s.value--
			f.SetResult(py.True)
			return
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
