package asyncio

import (
	"sync"

	"aioplay/runtime/py"
)

// Options configures a Runtime. The zero value gives the defaults.
type Options struct {
	// MaxVirtualSeconds caps virtual time (default 3600; negative: no cap).
	MaxVirtualSeconds float64
	// MaxIterations caps loop iterations per run (default 10,000,000;
	// negative: no cap).
	MaxIterations int64
	// StarvationSpins is how many consecutive iterations may keep the ready
	// queue busy while timers are pending before the virtual clock starts
	// to move (ASYNCIO.md V5; default 10,000).
	StarvationSpins int
	// BusyIterationCost is the virtual time (ns) each further busy
	// iteration then costs (default 10,000 ns, about what one iteration
	// of a small task costs CPython).
	BusyIterationCost int64
	// WallStart is the Unix time in ns that time.time() reads at virtual
	// time 0. The host supplies it (the runtime reads no real clock); 0
	// means 2024-01-01T00:00:00Z.
	WallStart int64
	// Trace turns on the trace recorder (trace.go).
	Trace bool
	// RealSleep selects the real clock: when the loop would jump the
	// virtual clock forward by d ns to the next timer, it first calls
	// RealSleep(d / SpeedFactor) and the host blocks (or yields) that long.
	// Virtual time still advances by exactly d, so output order is the
	// same in both modes. nil: the virtual clock.
	RealSleep   func(ns int64)
	SpeedFactor float64 // default 1
	// FormatException formats an exception with its traceback and chained
	// exceptions as CPython's traceback.print_exception does (ending with a
	// newline), for the loop's logged errors ("Task exception was never
	// retrieved" ...). nil: only the last line ("ValueError: boom").
	FormatException func(in *py.Interp, exc *py.Exception) string
}

func (o *Options) maxVirtual() int64 {
	switch {
	case o.MaxVirtualSeconds < 0:
		return 0
	case o.MaxVirtualSeconds == 0:
		return 3600 * 1e9
	}
	return secondsToNs(o.MaxVirtualSeconds)
}

func (o *Options) maxIterations() int64 {
	switch {
	case o.MaxIterations < 0:
		return 0
	case o.MaxIterations == 0:
		return 10_000_000
	}
	return o.MaxIterations
}

func (o *Options) starvationSpins() int {
	if o.StarvationSpins <= 0 {
		return 10_000
	}
	return o.StarvationSpins
}

func (o *Options) busyIterationCost() int64 {
	if o.BusyIterationCost <= 0 {
		return 10_000
	}
	return o.BusyIterationCost
}

const defaultWallStart = 1704067200 * 1e9

// Runtime is the asyncio state of one interpreter: the virtual clock, the
// task-name counter, the running and current loops, the contextvars
// context and the trace. Nothing in it is shared between interpreters.
type Runtime struct {
	in   *py.Interp
	opts Options

	now, start int64  // virtual clock (ns); start is where the time cap counts from
	seq        uint64 // timer registration counter
	taskNum    int64  // Task-N counter (itertools.count(1))

	running *Loop   // the loop whose run_forever is active
	loops   []*Loop // every loop made, for AtExit
	current *Loop   // set_event_loop / get_event_loop
	// setLoopCalled: set_event_loop was called (the policy then no
	// longer creates a loop in get_event_loop).
	setLoopCalled bool
	ctx           *Context

	// fatal is an error that must end the loop's run at once: a *Halt, or
	// KeyboardInterrupt/SystemExit escaping a task step.
	fatal error

	// unretrieved lists futures that hold an exception nobody retrieved
	// yet; they are reported when their loop closes or at exit.
	unretrieved []*Future
	// warned holds the (file, line) locations already warned about
	// ("coroutine ... was never awaited" is shown once per location).
	warned map[string]bool

	// inExecutor > 0 while run_in_executor runs a function; time.sleep
	// then adds to executorDelay instead of blocking the loop.
	inExecutor    int
	executorDelay int64

	tracer  *Tracer
	mod     *py.Module
	submods map[string]*py.Module
}

// NewRuntime makes the asyncio state for one interpreter. Install
// rt.Modules() into py.Options.Modules, then call rt.Bind(in) once the
// interpreter exists (the module factories do it too).
func NewRuntime(opts Options) *Runtime {
	rt := &Runtime{opts: opts, ctx: newContext()}
	if opts.Trace {
		rt.tracer = newTracer(rt)
	}
	return rt
}

// Bind attaches rt to its interpreter.
func (rt *Runtime) Bind(in *py.Interp) {
	rt.in = in
	registry.Lock()
	registry.m[in] = rt
	registry.Unlock()
}

// Interp returns the interpreter rt is bound to.
func (rt *Runtime) Interp() *py.Interp { return rt.in }

// Now is the virtual clock in ns (what loop.time() and time.monotonic() read).
func (rt *Runtime) Now() int64 { return rt.now }

// CurrentTask is the task whose step is running, or nil (the host uses it
// to attribute output).
func (rt *Runtime) CurrentTask() *Task {
	if rt.running != nil {
		return rt.running.current
	}
	return nil
}

// Tracer returns the trace recorder, nil when tracing is off.
func (rt *Runtime) Tracer() *Tracer { return rt.tracer }

// Trace is Tracer (the name the host uses).
func (rt *Runtime) Trace() *Tracer { return rt.tracer }

// Modules returns the module factories this runtime provides: asyncio
// (with its submodules asyncio.exceptions, asyncio.queues ...), time and
// contextvars.
func (rt *Runtime) Modules() map[string]func(*py.Interp) (*py.Module, error) {
	bind := func(f func(rt *Runtime) (*py.Module, error)) func(*py.Interp) (*py.Module, error) {
		return func(in *py.Interp) (*py.Module, error) {
			if rt.in != in {
				rt.Bind(in)
			}
			return f(rt)
		}
	}
	m := map[string]func(*py.Interp) (*py.Module, error){
		"asyncio":     bind((*Runtime).asyncioModule),
		"time":        bind((*Runtime).timeModule),
		"contextvars": bind((*Runtime).contextvarsModule),
	}
	for _, name := range submoduleNames {
		name := name
		m[name] = bind(func(rt *Runtime) (*py.Module, error) { return rt.submodule(name) })
	}
	return m
}

// registry finds the Runtime of an interpreter for the package-level New
// and Modules, which have only the *py.Interp.
var registry = struct {
	sync.Mutex
	m map[*py.Interp]*Runtime
}{m: map[*py.Interp]*Runtime{}}

// RuntimeOf returns the Runtime bound to in, creating one with default
// options if there is none.
func RuntimeOf(in *py.Interp) *Runtime {
	registry.Lock()
	rt := registry.m[in]
	registry.Unlock()
	if rt == nil {
		rt = NewRuntime(Options{})
		rt.Bind(in)
	}
	return rt
}

// Forget drops the registry entry of in (call it when an interpreter is
// discarded, so that it can be garbage collected).
func Forget(in *py.Interp) {
	registry.Lock()
	delete(registry.m, in)
	registry.Unlock()
}

// New builds the asyncio module for in (with default options unless the
// host bound a Runtime first).
func New(in *py.Interp) (*py.Module, error) { return RuntimeOf(in).asyncioModule() }

// Modules returns the factories of asyncio, its submodules, time and
// contextvars, each using RuntimeOf(in).
func Modules() map[string]func(*py.Interp) (*py.Module, error) {
	names := append([]string{"asyncio", "time", "contextvars"}, submoduleNames...)
	m := make(map[string]func(*py.Interp) (*py.Module, error), len(names))
	for _, name := range names {
		name := name
		m[name] = func(in *py.Interp) (*py.Module, error) {
			return RuntimeOf(in).Modules()[name](in)
		}
	}
	return m
}
