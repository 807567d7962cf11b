package asyncio

import "aioplay/runtime/py"

// submoduleNames are the asyncio submodules importable by name; each
// exposes the subset of names CPython's module of that name has.
var submoduleNames = []string{
	"asyncio.exceptions", "asyncio.events", "asyncio.futures", "asyncio.tasks",
	"asyncio.queues", "asyncio.locks", "asyncio.runners", "asyncio.timeouts",
	"asyncio.taskgroups", "asyncio.coroutines", "asyncio.base_events",
}

var submoduleContents = map[string][]string{
	"asyncio.exceptions":  {"CancelledError", "InvalidStateError", "TimeoutError", "BrokenBarrierError", "LimitOverrunError", "SendfileNotAvailableError"},
	"asyncio.events":      {"Handle", "TimerHandle", "get_event_loop", "get_running_loop", "new_event_loop", "set_event_loop", "AbstractEventLoop"},
	"asyncio.futures":     {"Future", "isfuture", "wrap_future"},
	"asyncio.tasks":       {"Task", "create_task", "ensure_future", "gather", "wait", "wait_for", "as_completed", "shield", "sleep", "current_task", "all_tasks", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "to_thread"},
	"asyncio.queues":      {"Queue", "PriorityQueue", "LifoQueue", "QueueEmpty", "QueueFull"},
	"asyncio.locks":       {"Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Barrier"},
	"asyncio.runners":     {"run", "Runner"},
	"asyncio.timeouts":    {"Timeout", "timeout", "timeout_at"},
	"asyncio.taskgroups":  {"TaskGroup"},
	"asyncio.coroutines":  {"iscoroutine", "iscoroutinefunction"},
	"asyncio.base_events": {},
}

func newModule(name string) *py.Module {
	m := &py.Module{Name: name, Dict: py.NewDict()}
	m.Dict.SetStr(py.Intern("__name__"), py.NewStr(name))
	m.Dict.SetStr(py.Intern("__doc__"), py.None)
	return m
}

// submodule builds asyncio.<name> from the asyncio module's names.
func (rt *Runtime) submodule(name string) (*py.Module, error) {
	if m := rt.submods[name]; m != nil {
		return m, nil
	}
	am, err := rt.asyncioModule()
	if err != nil {
		return nil, err
	}
	if m := rt.submods[name]; m != nil {
		return m, nil
	}
	m := newModule(name)
	if rt.submods == nil {
		rt.submods = map[string]*py.Module{}
	}
	rt.submods[name] = m
	for _, n := range submoduleContents[name] {
		if v, ok := am.Dict.GetStr(py.Intern(n)); ok {
			m.Dict.SetStr(py.Intern(n), v)
		}
	}
	return m, nil
}

// asyncioModule builds (once) the asyncio module.
func (rt *Runtime) asyncioModule() (*py.Module, error) {
	if rt.mod != nil {
		return rt.mod, nil
	}
	m := newModule("asyncio")
	set := func(name string, v py.Object) { m.Dict.SetStr(py.Intern(name), v) }
	def := func(name string, f py.Func) { set(name, fn("asyncio", name, f)) }

	for _, t := range []*py.Type{FutureType, TaskType, HandleType, TimerHandleType, RunnerType,
		CancelledError, InvalidStateError, BrokenBarrierError, LimitOverrunError, SendfileNotAvailableError,
		QueueEmpty, QueueFull, LockType, EventType, ConditionType, SemaphoreType, BoundedSemaphoreType,
		BarrierType, QueueType, PriorityQueueType, LifoQueueType, TimeoutType, TaskGroupType} {
		set(t.Name, t)
	}
	set("TimeoutError", py.TimeoutError)
	set("AbstractEventLoop", LoopType)
	set("BaseEventLoop", LoopType)
	set("SelectorEventLoop", LoopType)
	set("FIRST_COMPLETED", py.NewStr(FirstCompleted))
	set("FIRST_EXCEPTION", py.NewStr(FirstException))
	set("ALL_COMPLETED", py.NewStr(AllCompleted))

	def("run", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("run", args, kw, []string{"main", "debug"}, 1)
		if err != nil {
			return nil, err
		}
		return rt.run(a[0], a[1])
	})
	def("get_running_loop", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		l, err := rt.runningLoop()
		if err != nil {
			return nil, err
		}
		return l, nil
	})
	def("_get_running_loop", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		if rt.running == nil {
			return py.None, nil
		}
		return rt.running, nil
	})
	def("get_event_loop", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		l, err := rt.getEventLoop()
		if err != nil {
			return nil, err
		}
		return l, nil
	})
	def("new_event_loop", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		return rt.NewLoop(), nil
	})
	def("set_event_loop", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("set_event_loop", args, kw, []string{"loop"}, 1)
		if err != nil {
			return nil, err
		}
		rt.setLoopCalled = true
		if a[0] == py.None {
			rt.current = nil
			return py.None, nil
		}
		l, ok := a[0].(*Loop)
		if !ok {
			return nil, py.Errorf(py.TypeError, "loop must be an instance of AbstractEventLoop or None, not '%s'", py.TypeName(a[0]))
		}
		rt.current = l
		return py.None, nil
	})
	def("sleep", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		if len(kw) == 0 && len(args) == 1 {
			switch d := args[0].(type) {
			case py.Int:
				return rt.sleep(float64(d), nil), nil
			case py.Float:
				return rt.sleep(float64(d), nil), nil
			}
		}
		a, err := bindArgs("sleep", args, kw, []string{"delay", "result"}, 1)
		if err != nil {
			return nil, err
		}
		d, err := toSeconds(in, a[0])
		if err != nil {
			return nil, err
		}
		return rt.sleep(d, a[1]), nil
	})
	def("create_task", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("create_task", args, kw, []string{"coro", "name", "context"}, 1)
		if err != nil {
			return nil, err
		}
		l, err := rt.runningLoop()
		if err != nil {
			if nc, ok := a[0].(*NativeCoro); ok {
				nc.awaited = false
			}
			return nil, err
		}
		return rt.newTaskChecked(l, a[0], noneToNil(a[1]), a[2], true)
	})
	def("ensure_future", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("ensure_future", args, kw, []string{"coro_or_future", "loop"}, 1)
		if err != nil {
			return nil, err
		}
		var l *Loop
		if a[1] != nil && a[1] != py.None {
			if l, err = rt.loopArg(a[1]); err != nil {
				return nil, err
			}
		}
		return rt.ensureFuture(a[0], l)
	})
	def("gather", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		pos, kws, err := splitStarArgs("gather", args, kw, "return_exceptions")
		if err != nil {
			return nil, err
		}
		re := false
		if v := kws["return_exceptions"]; v != nil {
			if re, err = py.Truth(in, v); err != nil {
				return nil, err
			}
		}
		return rt.gather(pos, re)
	})
	def("shield", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("shield", args, kw, []string{"arg"}, 1)
		if err != nil {
			return nil, err
		}
		return rt.shield(a[0])
	})
	def("wait_for", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("wait_for", args, kw, []string{"fut", "timeout"}, 2)
		if err != nil {
			return nil, err
		}
		return rt.waitFor(a[0], a[1]), nil
	})
	def("wait", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("wait", args, kw, []string{"fs", "timeout", "return_when"}, 1)
		if err != nil {
			return nil, err
		}
		rw := AllCompleted
		if a[2] != nil {
			s, ok := a[2].(*py.Str)
			if !ok {
				r, err := py.Repr(in, a[2])
				if err != nil {
					return nil, err
				}
				s = r
			}
			rw = s.S
		}
		return rt.wait(a[0], a[1], rw), nil
	})
	def("as_completed", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("as_completed", args, kw, []string{"fs", "timeout"}, 1)
		if err != nil {
			return nil, err
		}
		return rt.asCompleted(a[0], a[1]), nil
	})
	def("timeout", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("timeout", args, kw, []string{"delay"}, 1)
		if err != nil {
			return nil, err
		}
		return rt.newTimeout(a[0], true)
	})
	def("timeout_at", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("timeout_at", args, kw, []string{"when"}, 1)
		if err != nil {
			return nil, err
		}
		return rt.newTimeout(a[0], false)
	})
	def("current_task", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("current_task", args, kw, []string{"loop"}, 0)
		if err != nil {
			return nil, err
		}
		var l *Loop
		if a[0] == nil || a[0] == py.None {
			if l, err = rt.runningLoop(); err != nil {
				return nil, err
			}
		} else if l, err = rt.loopArg(a[0]); err != nil {
			return nil, err
		}
		if l.current == nil {
			return py.None, nil
		}
		return l.current, nil
	})
	def("all_tasks", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("all_tasks", args, kw, []string{"loop"}, 0)
		if err != nil {
			return nil, err
		}
		var l *Loop
		if a[0] == nil || a[0] == py.None {
			if l, err = rt.runningLoop(); err != nil {
				return nil, err
			}
		} else if l, err = rt.loopArg(a[0]); err != nil {
			return nil, err
		}
		live := l.liveTasks()
		items := make([]py.Object, len(live))
		for i, t := range live {
			items[i] = t
		}
		return newSet(in, items)
	})
	def("iscoroutine", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("iscoroutine", args, kw, []string{"obj"}, 1)
		if err != nil {
			return nil, err
		}
		_, ok := asCoroutine(a[0])
		return boolObj(ok), nil
	})
	def("iscoroutinefunction", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("iscoroutinefunction", args, kw, []string{"func"}, 1)
		if err != nil {
			return nil, err
		}
		return boolObj(isCoroutineFunction(in, a[0])), nil
	})
	def("isfuture", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("isfuture", args, kw, []string{"obj"}, 1)
		if err != nil {
			return nil, err
		}
		if _, ok := asFuture(a[0]); ok {
			return py.True, nil
		}
		if _, ok := a[0].(*py.Type); ok {
			return py.False, nil
		}
		b, err := py.GetAttrOpt(in, a[0], py.Intern("_asyncio_future_blocking"))
		if err != nil {
			return nil, err
		}
		return boolObj(b != nil && b != py.None), nil
	})
	def("to_thread", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		if len(args)-len(kw) < 1 {
			return nil, py.Errorf(py.TypeError, "to_thread() missing 1 required positional argument: 'func'")
		}
		return rt.toThread(args[0], args[1:], kw), nil
	})
	def("wrap_future", func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
		if len(args) > 0 {
			if _, ok := asFuture(args[0]); ok {
				return args[0], nil
			}
		}
		return nil, py.Errorf(py.TypeError, "aioplay: concurrent.futures are not supported")
	})
	for _, name := range unsupportedFunctions {
		name := name
		def(name, func(in *py.Interp, args []py.Object, kw []string) (py.Object, error) {
			return nil, unsupported("asyncio." + name)
		})
	}
	rt.mod = m
	// import asyncio makes its submodules attributes (asyncio.exceptions ...).
	for _, name := range submoduleNames {
		sm, err := rt.submodule(name)
		if err != nil {
			return nil, err
		}
		set(name[len("asyncio."):], sm)
	}
	return m, nil
}

// unsupportedFunctions are asyncio functions that need what the
// playground does not have (network, processes, threads, signals).
// They exist so that a program using them fails with a clear message.
var unsupportedFunctions = []string{
	"open_connection", "start_server", "open_unix_connection", "start_unix_server",
	"create_subprocess_exec", "create_subprocess_shell", "run_coroutine_threadsafe",
}

// unsupportedLoopMethods are the loop's I/O methods, likewise.
var unsupportedLoopMethods = []string{
	"create_connection", "create_server", "create_datagram_endpoint", "create_unix_connection",
	"create_unix_server", "getaddrinfo", "getnameinfo", "sock_recv", "sock_sendall", "sock_connect",
	"sock_accept", "add_reader", "add_writer", "remove_reader", "remove_writer",
	"add_signal_handler", "remove_signal_handler", "subprocess_exec", "subprocess_shell",
	"connect_read_pipe", "connect_write_pipe", "sendfile", "start_tls",
}

func unsupported(what string) error {
	return py.Errorf(py.NotImplementedError, "aioplay: %s is not available: programs here have no network, processes, threads or signals", what)
}

// isCoroutineFunction is asyncio.iscoroutinefunction: a function (or
// bound method) whose code has the CO_COROUTINE flag.
func isCoroutineFunction(in *py.Interp, f py.Object) bool {
	if fn, err := py.GetAttrOpt(in, f, py.Intern("__func__")); err == nil && fn != nil {
		f = fn
	}
	code, err := py.GetAttrOpt(in, f, py.Intern("__code__"))
	if err != nil || code == nil {
		return false
	}
	flags, err := py.GetAttrOpt(in, code, py.Intern("co_flags"))
	if err != nil || flags == nil {
		return false
	}
	n, ok := flags.(py.Int)
	return ok && n&0x80 != 0
}

// newSet is set(items).
func newSet(in *py.Interp, items []py.Object) (py.Object, error) {
	return py.Call(in, py.SetType, []py.Object{py.NewList(items)}, nil)
}
