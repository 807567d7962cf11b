package asyncio

import (
	"math"

	"aioplay/runtime/py"
)

// Timeout is asyncio.Timeout, made by timeout(delay) / timeout_at(when)
// (timeouts.py, ASYNCIO.md G5).
type Timeout struct {
	rt      *Runtime
	state   uint8     // timeoutCreated ...
	when    py.Object // float seconds or None
	handle  *Handle
	task    *Task
	cancels int
}

const (
	timeoutCreated uint8 = iota
	timeoutEntered
	timeoutExpiring
	timeoutExpired
	timeoutExited
)

var timeoutStateNames = []string{"created", "active", "expiring", "expired", "finished"}

var TimeoutType = newType("Timeout", "asyncio.timeouts", py.ObjectType)

func (t *Timeout) Type() *py.Type { return TimeoutType }

// newTimeout is timeout(delay) (relative: the deadline is computed now,
// ASYNCIO.md L6) or timeout_at(when).
func (rt *Runtime) newTimeout(o py.Object, relative bool) (py.Object, error) {
	t := &Timeout{rt: rt, when: py.None}
	if o != nil && o != py.None {
		if relative {
			l, err := rt.runningLoop()
			if err != nil {
				return nil, err
			}
			d, err := toSeconds(rt.in, o)
			if err != nil {
				return nil, err
			}
			t.when = py.Float(l.Time() + d)
		} else {
			t.when = o
		}
	}
	return t, nil
}

func (t *Timeout) reschedule(when py.Object) error {
	if t.state == timeoutCreated {
		return py.Errorf(py.RuntimeError, "Timeout has not been entered")
	}
	if t.state != timeoutEntered {
		return py.Errorf(py.RuntimeError, "Cannot change state of %s Timeout", timeoutStateNames[t.state])
	}
	t.when = when
	if t.handle != nil {
		t.handle.Cancel()
		t.handle = nil
	}
	if when == nil || when == py.None {
		t.when = py.None
		return nil
	}
	l, err := t.rt.runningLoop()
	if err != nil {
		return err
	}
	w, err := toSeconds(t.rt.in, when)
	if err != nil {
		return err
	}
	if w <= l.Time() {
		t.handle = l.CallSoonGo(t.onTimeout, nil, "Timeout._on_timeout()")
	} else {
		t.handle = l.CallAtGo(secondsToNs(w), t.onTimeout, nil, "Timeout._on_timeout()")
	}
	return nil
}

func (t *Timeout) onTimeout(py.Object) error {
	t.task.Cancel(nil)
	t.state = timeoutExpiring
	t.handle = nil
	return nil
}

func (t *Timeout) repr() string {
	s := "<Timeout [" + timeoutStateNames[t.state] + "]"
	if t.state == timeoutEntered {
		if f, ok := t.when.(py.Float); ok {
			s += " when=" + floatRepr(math.RoundToEven(float64(f)*1000)/1000)
		} else if t.when == py.None {
			s += " when=None"
		} else {
			s += " when=" + reprOf(t.rt.in, t.when)
		}
	}
	return s + ">"
}

func (t *Timeout) enter() (py.Object, error) {
	t.state = timeoutEntered
	l, err := t.rt.runningLoop()
	if err != nil {
		return nil, err
	}
	t.task = l.current
	if t.task == nil {
		return nil, py.Errorf(py.RuntimeError, "Timeout should be used inside a task")
	}
	t.cancels = int(t.task.numCancels)
	if err := t.reschedule(t.when); err != nil {
		return nil, err
	}
	return t, nil
}

// exit is __aexit__: its own expiry turns the CancelledError into
// TimeoutError from it.
func (t *Timeout) exit(excType, excVal py.Object) error {
	if t.handle != nil {
		t.handle.Cancel()
		t.handle = nil
	}
	switch t.state {
	case timeoutExpiring:
		t.state = timeoutExpired
		if t.task.Uncancel() <= t.cancels && excType == py.Object(CancelledError) {
			cause, _ := excVal.(*py.Exception)
			e := py.NewException(py.TimeoutError)
			e.Cause = cause
			e.SuppressContext = true
			e.Context = cause
			return e
		}
	case timeoutEntered:
		t.state = timeoutExited
	}
	return nil
}

func init() { py.OnSetup(setupTimeoutType) }

func setupTimeoutType() {
	tt := TimeoutType
	tt.New = func(in *py.Interp, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("Timeout", args, kw, []string{"when"}, 1)
		if err != nil {
			return nil, err
		}
		return &Timeout{rt: RuntimeOf(in), when: a[0]}, nil
	}
	tt.AddMethod("when", noArgs("when", func(in *py.Interp, o py.Object) (py.Object, error) { return o.(*Timeout).when, nil }))
	tt.AddMethod("reschedule", func(in *py.Interp, o py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("reschedule", args, kw, []string{"when"}, 1)
		if err != nil {
			return nil, err
		}
		return py.None, o.(*Timeout).reschedule(a[0])
	})
	tt.AddMethod("expired", noArgs("expired", func(in *py.Interp, o py.Object) (py.Object, error) {
		s := o.(*Timeout).state
		return boolObj(s == timeoutExpiring || s == timeoutExpired), nil
	}))
	tt.AddMethod("__repr__", noArgs("__repr__", func(in *py.Interp, o py.Object) (py.Object, error) { return py.NewStr(o.(*Timeout).repr()), nil }))
	tt.AddMethod("__aenter__", noArgs("__aenter__", func(in *py.Interp, o py.Object) (py.Object, error) {
		t := o.(*Timeout)
		return newNativeCoro("Timeout.__aenter__", func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
			if exc != nil {
				return nil, py.GenReturned, exc
			}
			r, err := t.enter()
			return r, py.GenReturned, err
		}), nil
	}))
	tt.AddMethod("__aexit__", func(in *py.Interp, o py.Object, args []py.Object, kw []string) (py.Object, error) {
		if len(args) != 3 {
			return nil, py.Errorf(py.TypeError, "__aexit__() takes 3 arguments")
		}
		t := o.(*Timeout)
		et, ev := args[0], args[1]
		return newNativeCoro("Timeout.__aexit__", func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
			if exc != nil {
				return nil, py.GenReturned, exc
			}
			return py.None, py.GenReturned, t.exit(et, ev)
		}), nil
	})
}
