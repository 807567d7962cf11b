package asyncio

import (
	"strings"

	"aioplay/runtime/py"
)

// Handle is a callback scheduled on the loop (events.py:Handle). A Handle
// either calls a Python callable with args (call_soon(print, "x")) or a Go
// function with one argument (task steps, future callbacks, the
// combinators' internal callbacks). A TimerHandle is a Handle with a
// deadline: the same Go struct with timer set, so that a timer can be moved
// to the ready queue without copying.
type Handle struct {
	loop *Loop
	cb   py.Object   // Python callable, or nil when fn is set
	args []py.Object // Python arguments
	fn   func(arg py.Object) error
	arg  py.Object
	ctx  *Context // the contextvars context the callback runs in (nil: current)
	// label names a Go callback in reprs ("Task.task_wakeup()").
	label string
	// task is set for a task's own step or wake-up (op says which), so
	// tasks need no closures.
	task *Task
	op   uint8

	when      int64  // deadline in virtual ns (timers)
	seq       uint64 // registration order, breaks ties between equal deadlines
	index     int    // position in the timer heap, -1 when not in it
	timer     bool
	cancelled bool
	// scheduled: a timer still in the heap (drives the heap's count of
	// cancelled entries).
	scheduled bool
}

// Cancel is handle.cancel(): a cancelled handle never runs. A cancelled
// timer stays in the heap until the loop drops it (events.py:TimerHandle.cancel).
func (h *Handle) Cancel() {
	if h.cancelled {
		return
	}
	h.cancelled = true
	if h.timer && h.scheduled && h.loop != nil {
		h.loop.timerCancelled()
	}
	h.cb, h.args, h.fn, h.arg, h.task = nil, nil, nil, nil, nil
}

// Operations of a task handle.
const (
	opStep uint8 = iota
	opWakeup
)

// Cancelled reports handle.cancelled().
func (h *Handle) Cancelled() bool { return h.cancelled }

// When is the timer's deadline in virtual nanoseconds.
func (h *Handle) When() int64 { return h.when }

// Type makes Handle a Python object: Handle or TimerHandle.
func (h *Handle) Type() *py.Type {
	if h.timer {
		return TimerHandleType
	}
	return HandleType
}

// run calls the callback; an exception goes to the loop's exception handler
// (events.py:Handle._run).
func (h *Handle) run() {
	l := h.loop
	var err error
	if h.task != nil {
		if h.op == opWakeup {
			err = h.task.wakeup(h.arg)
		} else {
			err = h.task.step(h.arg)
		}
	} else if h.fn != nil {
		err = h.fn(h.arg)
	} else if h.cb != nil {
		var r py.Object
		if h.ctx != nil && l.rt != nil {
			err = l.rt.runInContext(h.ctx, func() error {
				var e error
				r, e = py.Call(l.rt.in, h.cb, h.args, nil)
				return e
			})
		} else {
			r, err = py.Call(l.rt.in, h.cb, h.args, nil)
		}
		if g, ok := r.(*py.Generator); ok && g.Kind == py.KindCoroutine && !g.Started() && !g.Warned() {
			// call_soon(coroutine_function): the coroutine is dropped
			// unstarted inside events.py (ASYNCIO.md L9).
			g.SetWarned()
			const file = "/usr/lib/python3.11/asyncio/events.py"
			l.rt.in.SetSource(file, []byte(strings.Repeat("\n", 79)+"        self._context.run(self._callback, *self._args)\n"))
			l.rt.in.WarnAt(file, 80, py.RuntimeWarning, "coroutine '"+g.Qualname+"' was never awaited", true)
		}
	}
	if err != nil {
		l.handleCallbackError(h, err)
	}
}

// readyQueue is the loop's FIFO of ready handles (loop._ready): a ring
// buffer that grows by doubling, so steady-state scheduling allocates
// nothing.
type readyQueue struct {
	buf        []*Handle
	head, size int
}

func (q *readyQueue) len() int { return q.size }

func (q *readyQueue) push(h *Handle) {
	if q.size == len(q.buf) {
		n := len(q.buf) * 2
		if n == 0 {
			n = 64
		}
		nb := make([]*Handle, n)
		for i := 0; i < q.size; i++ {
			nb[i] = q.buf[(q.head+i)%len(q.buf)]
		}
		q.buf, q.head = nb, 0
	}
	q.buf[(q.head+q.size)%len(q.buf)] = h
	q.size++
}

func (q *readyQueue) pop() *Handle {
	h := q.buf[q.head]
	q.buf[q.head] = nil
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return h
}

// timerHeap is the loop's heap of TimerHandles (loop._scheduled), ordered
// by (when, seq): FIFO for equal deadlines (ASYNCIO.md V2, L5).
type timerHeap []*Handle

func (t timerHeap) less(i, j int) bool {
	a, b := t[i], t[j]
	if a.when != b.when {
		return a.when < b.when
	}
	return a.seq < b.seq
}

func (t timerHeap) swap(i, j int) {
	t[i], t[j] = t[j], t[i]
	t[i].index = i
	t[j].index = j
}

func (t *timerHeap) push(h *Handle) {
	h.index = len(*t)
	*t = append(*t, h)
	t.up(h.index)
}

func (t *timerHeap) pop() *Handle {
	old := *t
	n := len(old) - 1
	old.swap(0, n)
	h := old[n]
	old[n] = nil
	*t = old[:n]
	if n > 0 {
		t.down(0)
	}
	h.index = -1
	return h
}

func (t timerHeap) up(j int) {
	for j > 0 {
		i := (j - 1) / 2
		if !t.less(j, i) {
			break
		}
		t.swap(i, j)
		j = i
	}
}

func (t timerHeap) down(i int) {
	n := len(t)
	for {
		l := 2*i + 1
		if l >= n {
			return
		}
		j := l
		if r := l + 1; r < n && t.less(r, l) {
			j = r
		}
		if !t.less(j, i) {
			return
		}
		t.swap(i, j)
		i = j
	}
}

// rebuild drops cancelled timers and restores the heap order.
func (t *timerHeap) rebuild() {
	kept := (*t)[:0]
	for _, h := range *t {
		if h.cancelled {
			h.scheduled = false
			h.index = -1
			continue
		}
		h.index = len(kept)
		kept = append(kept, h)
	}
	for i := len(kept); i < len(*t); i++ {
		(*t)[i] = nil
	}
	*t = kept
	for i := len(kept)/2 - 1; i >= 0; i-- {
		kept.down(i)
	}
}
