package asyncio

import (
	"strings"

	"aioplay/runtime/py"
)

// Queue, PriorityQueue and LifoQueue (queues.py, ASYNCIO.md S5).

var (
	QueueType         = newType("Queue", "asyncio.queues", py.ObjectType)
	PriorityQueueType = newType("PriorityQueue", "asyncio.queues", QueueType)
	LifoQueueType     = newType("LifoQueue", "asyncio.queues", QueueType)
)

type queueKind uint8

const (
	fifoQueue queueKind = iota
	priorityQueue
	lifoQueue
)

// Queue is asyncio.Queue and its variants.
type Queue struct {
	loopBound
	rt         *Runtime
	kind       queueKind
	maxsize    int
	maxsizeObj py.Object
	items      []py.Object // FIFO: items[head:]; priority: a heap; LIFO: a stack
	head       int
	getters    []*Future
	putters    []*Future
	unfinished int
	finished   *Event
}

func (q *Queue) Type() *py.Type {
	switch q.kind {
	case priorityQueue:
		return PriorityQueueType
	case lifoQueue:
		return LifoQueueType
	}
	return QueueType
}

func (q *Queue) qsize() int { return len(q.items) - q.head }

func (q *Queue) full() bool { return q.maxsize > 0 && q.qsize() >= q.maxsize }

func (q *Queue) put(in *py.Interp, item py.Object) error {
	switch q.kind {
	case priorityQueue:
		q.items = append(q.items, item)
		return heapUp(in, q.items, len(q.items)-1)
	default:
		q.items = append(q.items, item)
	}
	return nil
}

func (q *Queue) get(in *py.Interp) (py.Object, error) {
	switch q.kind {
	case priorityQueue:
		n := len(q.items) - 1
		q.items[0], q.items[n] = q.items[n], q.items[0]
		item := q.items[n]
		q.items[n] = nil
		q.items = q.items[:n]
		if n > 0 {
			if err := heapDown(in, q.items, 0); err != nil {
				return nil, err
			}
		}
		return item, nil
	case lifoQueue:
		n := len(q.items) - 1
		item := q.items[n]
		q.items[n] = nil
		q.items = q.items[:n]
		return item, nil
	}
	item := q.items[q.head]
	q.items[q.head] = nil
	q.head++
	if q.head == len(q.items) {
		q.items, q.head = q.items[:0], 0
	} else if q.head > 64 && q.head*2 > len(q.items) {
		n := copy(q.items, q.items[q.head:])
		for i := n; i < len(q.items); i++ {
			q.items[i] = nil
		}
		q.items, q.head = q.items[:n], 0
	}
	return item, nil
}

func heapLess(in *py.Interp, a, b py.Object) (bool, error) {
	r, err := py.RichCompare(in, a, b, py.CmpLT)
	if err != nil {
		return false, err
	}
	return py.Truth(in, r)
}

func heapUp(in *py.Interp, h []py.Object, j int) error {
	// heapq._siftdown: move the new item up while it is smaller than its parent.
	item := h[j]
	for j > 0 {
		i := (j - 1) / 2
		lt, err := heapLess(in, item, h[i])
		if err != nil {
			return err
		}
		if !lt {
			break
		}
		h[j] = h[i]
		j = i
	}
	h[j] = item
	return nil
}

func heapDown(in *py.Interp, h []py.Object, pos int) error {
	// heapq._siftup: move the smaller child up until a leaf, then sift down.
	end := len(h)
	start := pos
	item := h[pos]
	child := 2*pos + 1
	for child < end {
		right := child + 1
		if right < end {
			lt, err := heapLess(in, h[child], h[right])
			if err != nil {
				return err
			}
			if !lt {
				child = right
			}
		}
		h[pos] = h[child]
		pos = child
		child = 2*pos + 1
	}
	h[pos] = item
	// _siftdown(heap, startpos, pos)
	for pos > start {
		parent := (pos - 1) / 2
		lt, err := heapLess(in, item, h[parent])
		if err != nil {
			return err
		}
		if !lt {
			break
		}
		h[pos] = h[parent]
		pos = parent
	}
	h[pos] = item
	return nil
}

// wakeupNext pops waiters until one that is not done and completes it.
func wakeupNext(ws []*Future) []*Future {
	for len(ws) > 0 {
		w := ws[0]
		ws[0] = nil
		ws = ws[1:]
		if !w.Done() {
			w.SetResult(py.None)
			break
		}
	}
	return ws
}

func (q *Queue) putNowait(in *py.Interp, item py.Object) error {
	if q.full() {
		return py.NewException(QueueFull)
	}
	if err := q.put(in, item); err != nil {
		return err
	}
	q.unfinished++
	q.finished.value = false
	q.getters = wakeupNext(q.getters)
	return nil
}

func (q *Queue) getNowait(in *py.Interp) (py.Object, error) {
	if q.qsize() == 0 {
		return nil, py.NewException(QueueEmpty)
	}
	item, err := q.get(in)
	if err != nil {
		return nil, err
	}
	q.putters = wakeupNext(q.putters)
	return item, nil
}

// putCoro is Queue.put(item): wait while full, then put_nowait.
func (q *Queue) putCoro(item py.Object) *NativeCoro {
	return newNativeCoro("Queue.put", func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
		if c.state == 1 {
			f := c.fut
			if exc == nil {
				if _, err := f.Result(); err != nil {
					exc = asException(err)
				}
			}
			if exc != nil {
				f.Cancel(nil)
				q.putters = removeWaiter(q.putters, f)
				if !q.full() && !f.Cancelled() {
					q.putters = wakeupNext(q.putters)
				}
				return nil, py.GenReturned, exc
			}
		}
		if q.full() {
			loop, err := q.getLoop(q.rt, q)
			if err != nil {
				return nil, py.GenReturned, err
			}
			return c.park(loop, waitQueuePut, &q.putters)
		}
		return py.None, py.GenReturned, q.putNowait(in, item)
	})
}

// getCoro is Queue.get(): wait while empty (a woken getter does not own
// the item: it re-queues at the end if another task took it), then get_nowait.
func (q *Queue) getCoro() *NativeCoro {
	return newNativeCoro("Queue.get", func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
		if c.state == 1 {
			f := c.fut
			if exc == nil {
				if _, err := f.Result(); err != nil {
					exc = asException(err)
				}
			}
			if exc != nil {
				f.Cancel(nil)
				q.getters = removeWaiter(q.getters, f)
				if q.qsize() > 0 && !f.Cancelled() {
					q.getters = wakeupNext(q.getters)
				}
				return nil, py.GenReturned, exc
			}
		}
		if q.qsize() == 0 {
			loop, err := q.getLoop(q.rt, q)
			if err != nil {
				return nil, py.GenReturned, err
			}
			return c.park(loop, waitQueueGet, &q.getters)
		}
		item, err := q.getNowait(in)
		return item, py.GenReturned, err
	})
}

func (q *Queue) taskDone() error {
	if q.unfinished <= 0 {
		return py.Errorf(py.ValueError, "task_done() called too many times")
	}
	q.unfinished--
	if q.unfinished == 0 {
		q.finished.set()
	}
	return nil
}

func (q *Queue) join() *NativeCoro {
	return newNativeCoro("Queue.join", func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
		if c.state == 0 {
			if q.unfinished > 0 {
				c.state = 1
				return c.await(in, q.finished.wait())
			}
			return py.None, py.GenReturned, nil
		}
		if exc != nil {
			return nil, py.GenReturned, exc
		}
		return py.None, py.GenReturned, nil
	})
}

// format is Queue._format().
func (q *Queue) format(in *py.Interp) (string, error) {
	ms, err := py.Repr(in, q.maxsizeObj)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString("maxsize=" + ms.S)
	if q.qsize() > 0 {
		items := make([]py.Object, q.qsize())
		copy(items, q.items[q.head:])
		r, err := py.Repr(in, py.NewList(items))
		if err != nil {
			return "", err
		}
		b.WriteString(" _queue=" + r.S)
	}
	if len(q.getters) > 0 {
		b.WriteString(" _getters[" + itoa(len(q.getters)) + "]")
	}
	if len(q.putters) > 0 {
		b.WriteString(" _putters[" + itoa(len(q.putters)) + "]")
	}
	if q.unfinished > 0 {
		b.WriteString(" tasks=" + itoa(q.unfinished))
	}
	return b.String(), nil
}

func init() { py.OnSetup(setupQueueTypes) }

func setupQueueTypes() {
	newQueue := func(kind queueKind) func(in *py.Interp, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		return func(in *py.Interp, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
			a, err := bindArgs(cls.Name, args, kw, []string{"maxsize"}, 0)
			if err != nil {
				return nil, err
			}
			rt := RuntimeOf(in)
			q := &Queue{rt: rt, kind: kind, maxsizeObj: py.Int(0), finished: &Event{rt: rt, value: true}}
			if a[0] != nil {
				q.maxsizeObj = a[0]
				if q.maxsize, err = py.Index(in, a[0]); err != nil {
					return nil, err
				}
			}
			return q, nil
		}
	}
	t := QueueType
	t.New = newQueue(fifoQueue)
	PriorityQueueType.New = newQueue(priorityQueue)
	LifoQueueType.New = newQueue(lifoQueue)
	self := func(o py.Object) *Queue { return o.(*Queue) }
	t.AddMethod("qsize", noArgs("qsize", func(in *py.Interp, o py.Object) (py.Object, error) { return py.Int(self(o).qsize()), nil }))
	t.AddMethod("empty", noArgs("empty", func(in *py.Interp, o py.Object) (py.Object, error) { return boolObj(self(o).qsize() == 0), nil }))
	t.AddMethod("full", noArgs("full", func(in *py.Interp, o py.Object) (py.Object, error) { return boolObj(self(o).full()), nil }))
	t.AddGetSet("maxsize", func(in *py.Interp, o py.Object) (py.Object, error) { return self(o).maxsizeObj, nil }, nil)
	t.AddMethod("put_nowait", func(in *py.Interp, o py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("put_nowait", args, kw, []string{"item"}, 1)
		if err != nil {
			return nil, err
		}
		return py.None, self(o).putNowait(in, a[0])
	})
	t.AddMethod("get_nowait", noArgs("get_nowait", func(in *py.Interp, o py.Object) (py.Object, error) { return self(o).getNowait(in) }))
	t.AddMethod("put", func(in *py.Interp, o py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("put", args, kw, []string{"item"}, 1)
		if err != nil {
			return nil, err
		}
		return self(o).putCoro(a[0]), nil
	})
	t.AddMethod("get", noArgs("get", func(in *py.Interp, o py.Object) (py.Object, error) { return self(o).getCoro(), nil }))
	t.AddMethod("task_done", noArgs("task_done", func(in *py.Interp, o py.Object) (py.Object, error) { return py.None, self(o).taskDone() }))
	t.AddMethod("join", noArgs("join", func(in *py.Interp, o py.Object) (py.Object, error) { return self(o).join(), nil }))
	t.AddMethod("__str__", noArgs("__str__", func(in *py.Interp, o py.Object) (py.Object, error) {
		s, err := self(o).format(in)
		if err != nil {
			return nil, err
		}
		return py.NewStr("<" + py.TypeName(o) + " " + s + ">"), nil
	}))
	t.AddMethod("__repr__", noArgs("__repr__", func(in *py.Interp, o py.Object) (py.Object, error) {
		s, err := self(o).format(in)
		if err != nil {
			return nil, err
		}
		return py.NewStr("<" + py.TypeName(o) + " at " + addrOf(in, o) + " " + s + ">"), nil
	}))
	t.AddGetSet("_unfinished_tasks", func(in *py.Interp, o py.Object) (py.Object, error) { return py.Int(self(o).unfinished), nil }, nil)
	t.AddGetSet("_queue", func(in *py.Interp, o py.Object) (py.Object, error) {
		q := self(o)
		items := make([]py.Object, q.qsize())
		copy(items, q.items[q.head:])
		return py.NewList(items), nil
	}, nil)
}
