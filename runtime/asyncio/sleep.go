package asyncio

import "aioplay/runtime/py"

// sleep is asyncio.sleep(delay, result=None) (tasks.py:sleep, ASYNCIO.md
// T6): a delay <= 0 is one bare yield; otherwise the timer is registered
// when the coroutine first runs, and cancelled when it ends.
func (rt *Runtime) sleep(delay float64, result py.Object) *NativeCoro {
	c := newNativeCoro("sleep", sleepBody)
	c.a = result
	c.rt = rt
	c.n = int(secondsToNs(delay))
	if delay > 0 && c.n == 0 {
		c.n = 1
	}
	return c
}

func sleepBody(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
	switch c.state {
	case 0:
		if c.n <= 0 {
			c.state = 2
			return py.None, py.GenYielded, nil
		}
		l, err := c.rt.runningLoop()
		if err != nil {
			return nil, py.GenReturned, err
		}
		f := l.NewFuture()
		f.waitKind = waitSleep
		c.fut = f
		c.h = l.CallLaterGo(int64(c.n), sleepFire, c, "_set_result_unless_cancelled()")
		f.timer = c.h
		c.state = 1
		f.blocking = true
		return f, py.GenYielded, nil
	case 1:
		c.h.Cancel()
		if exc != nil {
			return nil, py.GenReturned, exc
		}
		r, err := c.fut.Result()
		return r, py.GenReturned, err
	}
	if exc != nil {
		return nil, py.GenReturned, exc
	}
	if c.a == nil {
		return py.None, py.GenReturned, nil
	}
	return c.a, py.GenReturned, nil
}

// sleepFire is the timer callback of sleep (futures._set_result_unless_cancelled).
func sleepFire(arg py.Object) error {
	c := arg.(*NativeCoro)
	if !c.fut.Done() {
		c.fut.SetResult(nilToNone(c.a))
	}
	return nil
}
