package asyncio

import (
	"strings"

	"aioplay/runtime/py"
)

// TaskGroup is asyncio.TaskGroup with 3.11's semantics (taskgroups.py,
// ASYNCIO.md TG1-TG4). Its children are kept in creation order where
// CPython iterates a set (§10).
type TaskGroup struct {
	rt                    *Runtime
	entered, exiting      bool
	aborting              bool
	loop                  *Loop
	parent                *Task
	parentCancelRequested bool
	tasks                 []*Task
	errors                []*py.Exception
	errorsCleared         bool
	baseError             *py.Exception
	onCompleted           *Future
}

var TaskGroupType = newType("TaskGroup", "asyncio.taskgroups", py.ObjectType)

func (g *TaskGroup) Type() *py.Type { return TaskGroupType }

func (g *TaskGroup) repr() string {
	info := []string{""}
	if len(g.tasks) > 0 {
		info = append(info, "tasks="+itoa(len(g.tasks)))
	}
	if len(g.errors) > 0 {
		info = append(info, "errors="+itoa(len(g.errors)))
	}
	if g.aborting {
		info = append(info, "cancelling")
	} else if g.entered {
		info = append(info, "entered")
	}
	return "<TaskGroup" + strings.Join(info, " ") + ">"
}

func isBaseError(e *py.Exception) bool {
	return isSubtype(e.Class, py.SystemExit) || isSubtype(e.Class, py.KeyboardInterrupt)
}

func (g *TaskGroup) abort() {
	g.aborting = true
	for _, t := range g.tasks {
		if !t.Done() {
			t.Cancel(nil)
		}
	}
}

func (g *TaskGroup) createTask(coro, name, ctx py.Object) (py.Object, error) {
	if !g.entered {
		return nil, py.Errorf(py.RuntimeError, "TaskGroup %s has not been entered", g.repr())
	}
	if g.exiting && len(g.tasks) == 0 {
		return nil, py.Errorf(py.RuntimeError, "TaskGroup %s is finished", g.repr())
	}
	if g.aborting {
		return nil, py.Errorf(py.RuntimeError, "TaskGroup %s is shutting down", g.repr())
	}
	t, err := g.rt.newTaskChecked(g.loop, coro, name, ctx, true)
	if err != nil {
		return nil, err
	}
	t.AddDoneCallbackGo(g.onTaskDone, "TaskGroup._on_task_done()")
	g.tasks = append(g.tasks, t)
	return t, nil
}

func (g *TaskGroup) onTaskDone(arg py.Object) error {
	t := arg.(*Task)
	for i, x := range g.tasks {
		if x == t {
			g.tasks = append(g.tasks[:i], g.tasks[i+1:]...)
			break
		}
	}
	if g.onCompleted != nil && len(g.tasks) == 0 && !g.onCompleted.Done() {
		g.onCompleted.SetResult(py.True)
	}
	if t.Cancelled() {
		return nil
	}
	exc, _ := t.Exception()
	if exc == nil {
		return nil
	}
	g.errors = append(g.errors, exc)
	if isBaseError(exc) && g.baseError == nil {
		g.baseError = exc
	}
	if g.parent.Done() {
		g.loop.callExceptionHandler([]ctxItem{
			{"message", py.NewStr("Task " + t.repr(g.rt.in) + " has errored out but its parent task " + g.parent.repr(g.rt.in) + " is already completed")},
			{"exception", exc},
			{"task", t},
		})
		return nil
	}
	if !g.aborting && !g.parentCancelRequested {
		g.abort()
		g.parentCancelRequested = true
		g.parent.Cancel(nil)
	}
	return nil
}

func (g *TaskGroup) aenter() (py.Object, error) {
	if g.entered {
		return nil, py.Errorf(py.RuntimeError, "TaskGroup %s has been already entered", g.repr())
	}
	g.entered = true
	if g.loop == nil {
		l, err := g.rt.runningLoop()
		if err != nil {
			return nil, err
		}
		g.loop = l
	}
	g.parent = g.loop.current
	if g.parent == nil {
		return nil, py.Errorf(py.RuntimeError, "TaskGroup %s cannot determine the parent task", g.repr())
	}
	return g, nil
}

// aexit is __aexit__: wait for every child, then raise what TG4 says.
func (g *TaskGroup) aexit(et, ev py.Object) *NativeCoro {
	var propagate *py.Exception
	var exc *py.Exception
	return newNativeCoro("TaskGroup.__aexit__", func(in *py.Interp, c *NativeCoro, v py.Object, thrown *py.Exception) (py.Object, py.GenStatus, error) {
		switch c.state {
		case 0:
			g.exiting = true
			exc, _ = ev.(*py.Exception)
			if exc != nil && isBaseError(exc) && g.baseError == nil {
				g.baseError = exc
			}
			if et == py.Object(CancelledError) {
				propagate = exc
			}
			if g.parentCancelRequested {
				if g.parent.Uncancel() == 0 {
					propagate = nil
				}
			}
			if et != nil && et != py.None && !g.aborting {
				g.abort()
			}
		case 1:
			if thrown != nil {
				if !isCancelledError(thrown) {
					return nil, py.GenReturned, thrown
				}
				if !g.aborting {
					propagate = thrown
					g.abort()
				}
			}
			g.onCompleted = nil
		}
		if len(g.tasks) > 0 {
			if g.onCompleted == nil {
				g.onCompleted = g.loop.NewFuture()
				g.onCompleted.waitKind = waitTaskGroup
			}
			c.state = 1
			if g.onCompleted.Done() {
				return c.resume(in, nil, nil)
			}
			return suspendOn(g.onCompleted)
		}
		if g.baseError != nil {
			return nil, py.GenReturned, g.baseError
		}
		if propagate != nil && len(g.errors) == 0 {
			return nil, py.GenReturned, propagate
		}
		if et != nil && et != py.None && et != py.Object(CancelledError) && exc != nil {
			g.errors = append(g.errors, exc)
		}
		if len(g.errors) > 0 {
			errs := make([]py.Object, len(g.errors))
			for i, e := range g.errors {
				errs[i] = e
			}
			g.errors = nil
			me, err := py.Call(in, py.BaseExceptionGroup, []py.Object{py.NewStr("unhandled errors in a TaskGroup"), py.NewList(errs)}, nil)
			if err != nil {
				return nil, py.GenReturned, err
			}
			if e, ok := me.(*py.Exception); ok {
				e.SuppressContext = true
				e.Cause = nil
				return nil, py.GenReturned, e
			}
		}
		return py.None, py.GenReturned, nil
	})
}

func init() { py.OnSetup(setupTaskGroupType) }

func setupTaskGroupType() {
	t := TaskGroupType
	t.New = func(in *py.Interp, cls *py.Type, args []py.Object, kw []string) (py.Object, error) {
		if len(args) > 0 {
			return nil, py.Errorf(py.TypeError, "TaskGroup() takes no arguments")
		}
		return &TaskGroup{rt: RuntimeOf(in)}, nil
	}
	t.AddMethod("create_task", func(in *py.Interp, o py.Object, args []py.Object, kw []string) (py.Object, error) {
		a, err := bindArgs("create_task", args, kw, []string{"coro", "name", "context"}, 1)
		if err != nil {
			return nil, err
		}
		return o.(*TaskGroup).createTask(a[0], noneToNil(a[1]), a[2])
	})
	t.AddMethod("__repr__", noArgs("__repr__", func(in *py.Interp, o py.Object) (py.Object, error) { return py.NewStr(o.(*TaskGroup).repr()), nil }))
	t.AddMethod("__aenter__", noArgs("__aenter__", func(in *py.Interp, o py.Object) (py.Object, error) {
		g := o.(*TaskGroup)
		return newNativeCoro("TaskGroup.__aenter__", func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
			if exc != nil {
				return nil, py.GenReturned, exc
			}
			r, err := g.aenter()
			return r, py.GenReturned, err
		}), nil
	}))
	t.AddMethod("__aexit__", func(in *py.Interp, o py.Object, args []py.Object, kw []string) (py.Object, error) {
		if len(args) != 3 {
			return nil, py.Errorf(py.TypeError, "__aexit__() takes 3 arguments")
		}
		return o.(*TaskGroup).aexit(args[0], args[1]), nil
	})
}
