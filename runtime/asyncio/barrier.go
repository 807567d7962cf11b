package asyncio

import "aioplay/runtime/py"

// Barrier is asyncio.Barrier (3.11, locks.py): built on a Condition like
// CPython's, so wake-up order matches (the last party to arrive continues
// first, with index parties-1).
type Barrier struct {
	rt      *Runtime
	cond    *Condition
	parties int
	state   uint8
	count   int
}

const (
	barrierFilling uint8 = iota
	barrierDraining
	barrierResetting
	barrierBroken
)

var barrierStateNames = []string{"filling", "draining", "resetting", "broken"}

var BarrierType = newType("Barrier", "asyncio.locks", py.ObjectType)

func (b *Barrier) Type() *py.Type { return BarrierType }

// waitForGo is Condition.wait_for with a Go predicate.
func (cd *Condition) waitForGo(pred func() bool) *NativeCoro {
	return newNativeCoro("Condition.wait_for", func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
		if exc != nil {
			return nil, py.GenReturned, exc
		}
		if pred() {
			return py.True, py.GenReturned, nil
		}
		c.state = 1
		return c.await(in, cd.wait())
	})
}

func (b *Barrier) exit() {
	if b.count == 0 {
		if b.state == barrierResetting || b.state == barrierDraining {
			b.state = barrierFilling
		}
		b.cond.notify(len(b.cond.waiters))
	}
}

// wait is Barrier.wait(): the arrival index.
func (b *Barrier) wait() *NativeCoro {
	index := 0
	// leave runs the finally of the try block and the async with's exit.
	leave := func(counted bool, v py.Object, err error) (py.Object, py.GenStatus, error) {
		if counted {
			b.count--
			b.exit()
		}
		if rerr := b.cond.lock.release(); rerr != nil && err == nil {
			err = rerr
		}
		return v, py.GenReturned, err
	}
	return newNativeCoro("Barrier.wait", func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
		switch c.state {
		case 0:
			c.state = 1
			return c.await(in, b.cond.lock.acquire())
		case 1:
			if exc != nil {
				return nil, py.GenReturned, exc
			}
			c.state = 2
			return c.await(in, b.cond.waitForGo(func() bool { return b.state != barrierDraining && b.state != barrierResetting }))
		case 2:
			if exc != nil {
				return leave(false, nil, exc)
			}
			if b.state == barrierBroken {
				return leave(false, nil, py.Errorf(BrokenBarrierError, "Barrier aborted"))
			}
			index = b.count
			b.count++
			if index+1 == b.parties {
				b.state = barrierDraining
				b.cond.notify(len(b.cond.waiters))
				return leave(true, py.Int(index), nil)
			}
			c.state = 3
			return c.await(in, b.cond.waitForGo(func() bool { return b.state != barrierFilling }))
		}
		if exc != nil {
			return leave(true, nil, exc)
		}
		if b.state == barrierBroken || b.state == barrierResetting {
			return leave(true, nil, py.Errorf(BrokenBarrierError, "Abort call"))
		}
		return leave(true, py.Int(index), nil)
	})
}

// setState is reset()/abort(): under the lock, change state and notify all.
func (b *Barrier) setState(name string, f func()) *NativeCoro {
	return newNativeCoro(name, func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
		if c.state == 0 {
			c.state = 1
			return c.await(in, b.cond.lock.acquire())
		}
		if exc != nil {
			return nil, py.GenReturned, exc
		}
		f()
		b.cond.notify(len(b.cond.waiters))
		return py.None, py.GenReturned, b.cond.lock.release()
	})
}

func init() { py.OnSetup(setupBarrierType) }

func setupBarrierType() {
	t := BarrierType
	t.New = func(in *py.Interp, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("Barrier", args, kw, []string{"parties"}, 1)
		if err != nil {
			return nil, err
		}
		n, err := py.Index(in, a[0])
		if err != nil {
			return nil, err
		}
		if n < 1 {
			return nil, py.Errorf(py.ValueError, "parties must be > 0")
		}
		rt := RuntimeOf(in)
		return &Barrier{rt: rt, parties: n, cond: &Condition{rt: rt, lock: &Lock{rt: rt}}}, nil
	}
	self := func(o py.Object) *Barrier { return o.(*Barrier) }
	t.AddMethod("wait", noArgs("wait", func(in *py.Interp, o py.Object) (py.Object, error) { return self(o).wait(), nil }))
	t.AddMethod("__aenter__", noArgs("__aenter__", func(in *py.Interp, o py.Object) (py.Object, error) { return self(o).wait(), nil }))
	t.AddMethod("__aexit__", func(in *py.Interp, o py.Object, args []py.Object, kw []string) (py.Object, error) {
		return immediate("Barrier.__aexit__", py.None, nil), nil
	})
	t.AddMethod("reset", noArgs("reset", func(in *py.Interp, o py.Object) (py.Object, error) {
		b := self(o)
		return b.setState("Barrier.reset", func() {
			if b.count > 0 {
				b.state = barrierResetting
			} else {
				b.state = barrierFilling
			}
		}), nil
	}))
	t.AddMethod("abort", noArgs("abort", func(in *py.Interp, o py.Object) (py.Object, error) {
		b := self(o)
		return b.setState("Barrier.abort", func() { b.state = barrierBroken }), nil
	}))
	t.AddGetSet("parties", func(in *py.Interp, o py.Object) (py.Object, error) { return py.Int(self(o).parties), nil }, nil)
	t.AddGetSet("n_waiting", func(in *py.Interp, o py.Object) (py.Object, error) {
		b := self(o)
		if b.state == barrierFilling {
			return py.Int(b.count), nil
		}
		return py.Int(0), nil
	}, nil)
	t.AddGetSet("broken", func(in *py.Interp, o py.Object) (py.Object, error) {
		return boolObj(self(o).state == barrierBroken), nil
	}, nil)
	t.AddMethod("__repr__", noArgs("__repr__", func(in *py.Interp, o py.Object) (py.Object, error) {
		b := self(o)
		extra := barrierStateNames[b.state]
		if b.state != barrierBroken {
			n := 0
			if b.state == barrierFilling {
				n = b.count
			}
			extra += ", waiters:" + itoa(n) + "/" + itoa(b.parties)
		}
		return py.NewStr(objectRepr(in, b, extra)), nil
	}))
}
