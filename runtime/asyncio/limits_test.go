package asyncio

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Runs that CPython would never finish end with a *Halt (issue item 7).

func TestPythonDeadlockIsReported(t *testing.T) {
	src := `import asyncio
async def worker(ev):
    await ev.wait()
async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(worker(ev))
    await asyncio.get_running_loop().create_future()
print("start")
asyncio.run(main())
`
	out, _, _, err := runPython(t, "main.py", []byte(src), Options{})
	assert.Equal(t, "start\n", out)
	var h *Halt
	require.True(t, errors.As(err, &h), "want a *Halt, got %v", err)
	assert.Equal(t, "aioplay: deadlock: Task-1 main() waits on a Future that nothing will complete\n  Task-2 worker() waits on Event.wait() on an event that nothing will set", h.Error())
}

func TestPythonVirtualTimeCap(t *testing.T) {
	src := `import asyncio
async def main():
    n = 0
    while True:
        await asyncio.sleep(1)
        n += 1
        if n % 1000 == 0:
            print(n)
asyncio.run(main())
`
	out, _, rt, err := runPython(t, "main.py", []byte(src), Options{})
	assert.Equal(t, "1000\n2000\n3000\n", out)
	require.Error(t, err)
	assert.Equal(t, "aioplay: stopped: 3600 virtual seconds elapsed", err.Error())
	assert.Equal(t, int64(3600e9), rt.Now())
}

func TestPythonStarvationGuard(t *testing.T) {
	src := `import asyncio
done = False
async def setter():
    global done
    await asyncio.sleep(0.5)
    done = True
async def main():
    asyncio.create_task(setter())
    spins = 0
    while not done:
        await asyncio.sleep(0)
        spins += 1
    print("done after a busy wait", spins > 0)
asyncio.run(main())
`
	out, errs, rt, err := runPython(t, "main.py", []byte(src), Options{StarvationSpins: 100})
	require.NoError(t, err, errs)
	assert.Equal(t, "done after a busy wait True\n", out)
	assert.Equal(t, int64(5e8), rt.Now())
}

func TestPythonNeverRetrievedAndDestroyedPending(t *testing.T) {
	src := `import asyncio
async def boom():
    await asyncio.sleep(0)
    raise ValueError("bad 1")
async def bg():
    try:
        await asyncio.sleep(10)
    finally:
        print("bg finally")
async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.05)
    print("main done")
asyncio.run(main())
loop = asyncio.new_event_loop()
t2 = loop.create_task(bg())
loop.run_until_complete(asyncio.sleep(0.01))
loop.close()
print("end")
`
	out, errs, _, err := runPython(t, "main.py", []byte(src), Options{})
	require.NoError(t, err)
	assert.Equal(t, "main done\nend\nbg finally\n", out)
	assert.Contains(t, errs, "Task exception was never retrieved\nfuture: <Task finished name='Task-2' coro=<boom() done, defined at main.py:2> exception=ValueError('bad 1')>\nTraceback (most recent call last):\n")
	assert.True(t, strings.HasSuffix(errs, "Task was destroyed but it is pending!\ntask: <Task pending name='Task-5' coro=<bg() running at main.py:7> wait_for=<Future pending cb=[Task.task_wakeup()]>>\n"), errs)
}

func TestPythonCallbackErrorIsLogged(t *testing.T) {
	src := `import asyncio
def bad(x):
    raise ValueError("cb failed %s" % x)
async def main():
    asyncio.get_running_loop().call_soon(bad, 1)
    await asyncio.sleep(0)
    print("loop kept going")
asyncio.run(main())
`
	out, errs, _, err := runPython(t, "main.py", []byte(src), Options{})
	require.NoError(t, err)
	assert.Equal(t, "loop kept going\n", out)
	assert.Equal(t, `Exception in callback bad(1) at main.py:2
handle: <Handle bad(1) at main.py:2>
Traceback (most recent call last):
  File "main.py", line 3, in bad
    raise ValueError("cb failed %s" % x)
ValueError: cb failed 1
`, errs)
}
