package asyncio

import (
	"fmt"
	"testing"

	"aioplay/runtime/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A scripted coroutine for tests: each step gets the outcome of the
// previous await (v or exc) and returns the next awaitable, a *ret to
// return, or an error to raise.
type step func(v py.Object, exc *py.Exception) (py.Object, error)

type ret struct{ v py.Object }

func (*ret) Type() *py.Type { return py.ObjectType }

func script(name string, steps ...step) *NativeCoro {
	return newNativeCoro(name, func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
		for {
			if c.n >= len(steps) {
				if exc != nil {
					return nil, py.GenReturned, exc
				}
				return py.None, py.GenReturned, nil
			}
			s := steps[c.n]
			c.n++
			c.state = 1
			aw, err := s(v, exc)
			if err != nil {
				return nil, py.GenReturned, err
			}
			if r, ok := aw.(*ret); ok {
				return r.v, py.GenReturned, nil
			}
			if aw == nil {
				v, exc = py.None, nil
				continue
			}
			return c.await(in, aw)
		}
	})
}

// do runs f and continues (exceptions propagate).
func do(f func(v py.Object)) step {
	return func(v py.Object, exc *py.Exception) (py.Object, error) {
		if exc != nil {
			return nil, exc
		}
		f(v)
		return nil, nil
	}
}

// await awaits what f returns (exceptions propagate).
func await(f func(v py.Object) py.Object) step {
	return func(v py.Object, exc *py.Exception) (py.Object, error) {
		if exc != nil {
			return nil, exc
		}
		return f(v), nil
	}
}

func returns(f func(v py.Object) py.Object) step {
	return func(v py.Object, exc *py.Exception) (py.Object, error) {
		if exc != nil {
			return nil, exc
		}
		return &ret{f(v)}, nil
	}
}

func runMain(t *testing.T, rt *Runtime, main *NativeCoro) (py.Object, error) {
	t.Helper()
	r := &Runner{rt: rt}
	res, err := r.Run(main, nil)
	require.NoError(t, r.Close())
	return res, err
}

func TestWorkedTraceA(t *testing.T) {
	rt := NewRuntime(Options{})
	var r recorder
	child := func(n int) *NativeCoro {
		return script("child",
			await(func(py.Object) py.Object { r.logf("child start %d", n); return rt.sleep(0, nil) }),
			returns(func(py.Object) py.Object { r.logf("child after sleep0 %d", n); return py.Int(n) }))
	}
	var t1, t2 *Task
	main := script("main",
		await(func(py.Object) py.Object {
			l := rt.running
			l.CallSoonGo(r.add("cb1"), nil, "")
			t1 = l.NewTask(child(1), nil, nil)
			l.CallSoonGo(r.add("cb2"), nil, "")
			t2 = l.NewTask(child(2), nil, nil)
			r.logf("main before yield")
			return rt.sleep(0, nil)
		}),
		await(func(py.Object) py.Object { r.logf("main after first sleep0"); return rt.sleep(0, nil) }),
		await(func(py.Object) py.Object { r.logf("main after second sleep0"); return t1 }),
		await(func(v py.Object) py.Object { r.logf("t1 -> %v", v); return t2 }),
		returns(func(v py.Object) py.Object { r.logf("t2 -> %v", v); return py.Int(3) }),
	)
	res, err := runMain(t, rt, main)
	require.NoError(t, err)
	assert.Equal(t, py.Int(3), res)
	assert.Equal(t, []string{
		"main before yield",
		"cb1", "child start 1", "cb2", "child start 2", "main after first sleep0",
		"child after sleep0 1", "child after sleep0 2", "main after second sleep0",
		"t1 -> 1", "t2 -> 2",
	}, r.lines)
	assert.Equal(t, "Task-2", t1.Name(nil))
	assert.Equal(t, int64(5), rt.taskNum, "main, two children, and asyncio.run's two shutdown tasks (T2)")
}

func TestSleepOrderAndClock(t *testing.T) {
	rt := NewRuntime(Options{})
	var r recorder
	worker := func(name string, d float64) *NativeCoro {
		return script(name,
			await(func(py.Object) py.Object { r.logf("start %s", name); return rt.sleep(d, py.NewStr(name)) }),
			returns(func(v py.Object) py.Object { r.logf("end %s at %.1f", name, float64(rt.now)/1e9); return v }))
	}
	main := script("main",
		await(func(py.Object) py.Object {
			g, err := rt.gather([]py.Object{worker("a", .3), worker("b", .1), worker("c", .2)}, false)
			require.NoError(t, err)
			return g
		}),
		returns(func(v py.Object) py.Object { return v }))
	res, err := runMain(t, rt, main)
	require.NoError(t, err)
	assert.Equal(t, []string{"start a", "start b", "start c", "end b at 0.1", "end c at 0.2", "end a at 0.3"}, r.lines)
	list := res.(*py.List)
	assert.Equal(t, []py.Object{py.NewStr("a"), py.NewStr("b"), py.NewStr("c")}, list.Items, "gather results in argument order (G1)")
}

func TestCancelInnerBeforeOuter(t *testing.T) {
	rt := NewRuntime(Options{})
	var r recorder
	inner := script("inner",
		await(func(py.Object) py.Object { return rt.sleep(10, nil) }),
		func(v py.Object, exc *py.Exception) (py.Object, error) {
			r.logf("inner got %s", exc.Class.Name)
			return nil, exc
		})
	var innerTask *Task
	outer := script("outer",
		await(func(py.Object) py.Object { innerTask = rt.running.NewTask(inner, nil, nil); return innerTask }),
		func(v py.Object, exc *py.Exception) (py.Object, error) {
			r.logf("outer got %s", exc.Class.Name)
			return nil, exc
		})
	var outerTask *Task
	main := script("main",
		await(func(py.Object) py.Object { outerTask = rt.running.NewTask(outer, nil, nil); return rt.sleep(1, nil) }),
		await(func(py.Object) py.Object {
			assert.True(t, outerTask.Cancel(py.NewStr("stop")))
			assert.Equal(t, int32(1), outerTask.numCancels)
			return rt.sleep(0, nil)
		}),
		await(func(py.Object) py.Object {
			assert.True(t, innerTask.Cancelled(), "inner finishes first (N+1)")
			assert.False(t, outerTask.Done(), "outer wakes one iteration later")
			return rt.sleep(0, nil)
		}),
		do(func(py.Object) {
			assert.True(t, innerTask.Cancelled())
			assert.True(t, outerTask.Cancelled())
			_, err := outerTask.Result()
			assert.EqualError(t, err, "CancelledError: stop", "first retrieval gives the saved CancelledError('stop')")
			_, err = outerTask.Result()
			assert.EqualError(t, err, "CancelledError", "later retrievals give CancelledError()")
		}))
	_, err := runMain(t, rt, main)
	require.NoError(t, err)
	assert.Equal(t, []string{"inner got CancelledError", "outer got CancelledError"}, r.lines, "C2")
	assert.Equal(t, int64(1e9), rt.now, "the cancelled 10 s sleep left no live timer")
}

func TestCancelBeforeFirstStep(t *testing.T) {
	rt := NewRuntime(Options{})
	ran := false
	body := script("body", do(func(py.Object) { ran = true }))
	var task *Task
	main := script("main",
		await(func(py.Object) py.Object {
			task = rt.running.NewTask(body, nil, nil)
			task.Cancel(nil)
			return rt.sleep(0, nil)
		}),
		do(func(py.Object) {}))
	_, err := runMain(t, rt, main)
	require.NoError(t, err)
	assert.False(t, ran, "C3: a task cancelled before its first step never runs")
	assert.True(t, task.Cancelled())
	assert.False(t, task.Cancel(nil), "cancel() on a finished task is False")
}

func TestWaitForTimeout311(t *testing.T) {
	rt := NewRuntime(Options{})
	var r recorder
	slow := script("slow",
		await(func(py.Object) py.Object {
			r.logf("slow runs in %s", rt.CurrentTask().Name(nil))
			return rt.sleep(1, nil)
		}),
		func(v py.Object, exc *py.Exception) (py.Object, error) {
			r.logf("slow cleanup")
			return rt.sleep(0.5, nil), nil
		},
		func(v py.Object, exc *py.Exception) (py.Object, error) {
			r.logf("slow cleaned at %.1f", float64(rt.now)/1e9)
			return nil, py.NewException(CancelledError)
		})
	main := script("main",
		await(func(py.Object) py.Object { return rt.waitFor(slow, py.Float(0.2)) }),
		func(v py.Object, exc *py.Exception) (py.Object, error) {
			require.NotNil(t, exc)
			r.logf("%s at %.1f, cause %s", exc.Class.Name, float64(rt.now)/1e9, exc.Cause.Class.Name)
			return nil, nil
		})
	_, err := runMain(t, rt, main)
	require.NoError(t, err)
	assert.Equal(t, []string{"slow runs in Task-2", "slow cleanup", "slow cleaned at 0.7", "TimeoutError at 0.7, cause CancelledError"}, r.lines,
		"wait_for runs the coroutine in a new task and waits for its cleanup (G4)")
}

func TestWaitForZeroTimeoutDoesNotRun(t *testing.T) {
	rt := NewRuntime(Options{})
	ran := false
	body := script("body", do(func(py.Object) { ran = true }))
	var got *py.Exception
	main := script("main",
		await(func(py.Object) py.Object { return rt.waitFor(body, py.Int(0)) }),
		func(v py.Object, exc *py.Exception) (py.Object, error) { got = exc; return nil, nil })
	_, err := runMain(t, rt, main)
	require.NoError(t, err)
	assert.False(t, ran)
	require.NotNil(t, got)
	assert.Equal(t, py.TimeoutError, got.Class)
}

func TestLockIsFIFOWithoutBarging(t *testing.T) {
	rt := NewRuntime(Options{})
	var r recorder
	lock := &Lock{rt: rt}
	waiter := script("waiter",
		await(func(py.Object) py.Object { return lock.acquire() }),
		do(func(py.Object) { r.logf("waiter acquired"); lock.release() }))
	holder := script("holder",
		await(func(py.Object) py.Object { return lock.acquire() }),
		await(func(py.Object) py.Object { rt.running.NewTask(waiter, nil, nil); return rt.sleep(0.1, nil) }),
		await(func(py.Object) py.Object { lock.release(); return lock.acquire() }),
		do(func(py.Object) { r.logf("holder re-acquired"); lock.release() }))
	_, err := runMain(t, rt, holder)
	require.NoError(t, err)
	assert.Equal(t, []string{"waiter acquired", "holder re-acquired"}, r.lines, "S1")
}

func TestQueueWokenGetterDoesNotOwnTheItem(t *testing.T) {
	rt := NewRuntime(Options{})
	var r recorder
	q := &Queue{rt: rt, maxsize: 2, maxsizeObj: py.Int(2), finished: &Event{rt: rt, value: true}}
	consumer := func(name string) *NativeCoro {
		var loop step
		loop = func(v py.Object, exc *py.Exception) (py.Object, error) {
			if exc != nil {
				return nil, exc
			}
			return q.getCoro(), nil
		}
		var steps []step
		steps = append(steps, loop)
		for i := 0; i < 12; i++ {
			steps = append(steps, func(v py.Object, exc *py.Exception) (py.Object, error) {
				if exc != nil {
					return nil, exc
				}
				if v == py.None {
					r.logf("%s exits", name)
					return &ret{py.None}, nil
				}
				r.logf("%s got %v", name, v)
				return q.getCoro(), nil
			})
		}
		return script(name, steps...)
	}
	var steps []step
	steps = append(steps, await(func(py.Object) py.Object {
		rt.running.NewTask(consumer("c1"), nil, nil)
		rt.running.NewTask(consumer("c2"), nil, nil)
		return rt.sleep(0, nil)
	}))
	for i := 0; i < 5; i++ {
		i := i
		steps = append(steps, await(func(py.Object) py.Object { return q.putCoro(py.Int(i)) }))
		steps = append(steps, do(func(py.Object) { r.logf("put %d qsize %d", i, q.qsize()) }))
	}
	steps = append(steps,
		await(func(py.Object) py.Object { return q.putCoro(py.None) }),
		await(func(py.Object) py.Object { return q.putCoro(py.None) }),
		await(func(py.Object) py.Object { return rt.sleep(0.1, nil) }))
	_, err := runMain(t, rt, script("producer", steps...))
	require.NoError(t, err)
	assert.Equal(t, []string{
		"put 0 qsize 1", "put 1 qsize 2", "c1 got 0", "c1 got 1", "put 2 qsize 1", "put 3 qsize 2",
		"c1 got 2", "c1 got 3", "put 4 qsize 1", "c1 got 4", "c1 exits", "c2 exits",
	}, r.lines, "worked trace D")
}

func TestTaskNamesUseNumbers(t *testing.T) {
	rt := NewRuntime(Options{})
	var names []string
	main := script("main", do(func(py.Object) {
		l := rt.running
		a := l.NewTask(script("a"), nil, nil)
		b, _ := rt.newTaskChecked(l, script("b"), py.NewStr("named"), nil, true)
		c, _ := rt.newTaskChecked(l, script("c"), py.NewStr("loop-named"), nil, false)
		d := l.NewTask(script("d"), nil, nil)
		for _, t := range []*Task{a, b, c, d} {
			names = append(names, t.Name(nil))
		}
	}))
	_, err := runMain(t, rt, main)
	require.NoError(t, err)
	assert.Equal(t, []string{"Task-2", "named", "loop-named", "Task-4"}, names, "asyncio.create_task(name=) uses a number; loop.create_task(name=) does not (T2)")
	_, err = runMain(t, rt, script("second"))
	require.NoError(t, err)
	assert.Equal(t, int64(9), rt.taskNum, fmt.Sprint("the second run's main is Task-", rt.taskNum-2))
}

func TestBarrierLastArrivalContinuesFirst(t *testing.T) {
	rt := NewRuntime(Options{})
	var r recorder
	b := &Barrier{rt: rt, parties: 3, cond: &Condition{rt: rt, lock: &Lock{rt: rt}}}
	runner := func(name string, d float64) *NativeCoro {
		return script(name,
			await(func(py.Object) py.Object { return rt.sleep(d, nil) }),
			await(func(py.Object) py.Object { r.logf("%s arrived", name); return b.wait() }),
			do(func(v py.Object) { r.logf("%s passed (index %v)", name, v) }))
	}
	main := script("main",
		await(func(py.Object) py.Object {
			g, _ := rt.gather([]py.Object{runner("r1", .03), runner("r2", .01), runner("r3", .02)}, false)
			return g
		}))
	_, err := runMain(t, rt, main)
	require.NoError(t, err)
	assert.Equal(t, []string{"r2 arrived", "r3 arrived", "r1 arrived", "r1 passed (index 2)", "r2 passed (index 0)", "r3 passed (index 1)"}, r.lines)
	assert.Equal(t, barrierFilling, b.state)
}

func TestDeadlockNamesTheMainTask(t *testing.T) {
	rt := NewRuntime(Options{})
	ev := &Event{rt: rt}
	main := script("main",
		await(func(py.Object) py.Object {
			rt.running.NewTask(script("worker", await(func(py.Object) py.Object { return ev.wait() })), nil, nil)
			return rt.running.NewFuture()
		}))
	r := &Runner{rt: rt}
	_, err := r.Run(main, nil)
	require.Error(t, err)
	assert.Equal(t, "aioplay: deadlock: Task-1 main() waits on a Future that nothing will complete\n  Task-2 worker() waits on Event.wait() on an event that nothing will set", err.Error())
}

func TestDiscardedFailingTaskIsReportedAfterItsStep(t *testing.T) {
	rt := NewRuntime(Options{})
	var errs []string
	rt.opts.FormatException = func(in *py.Interp, exc *py.Exception) string { return exc.Error() + "\n" }
	var boom *Task
	main := script("main",
		await(func(py.Object) py.Object {
			boom = rt.running.NewTask(script("boom", func(py.Object, *py.Exception) (py.Object, error) {
				return nil, py.Errorf(py.ValueError, "bad")
			}), nil, nil)
			var d Discarder = boom
			d.Discarded(nil, "main.py", 3)
			return rt.sleep(0, nil)
		}),
		do(func(py.Object) {
			assert.False(t, boom.logTB, "reported right after the failing step")
			errs = append(errs, "checked")
		}))
	_, err := runMain(t, rt, main)
	require.NoError(t, err)
	assert.Equal(t, []string{"checked"}, errs)
}
