package interp

import (
	"errors"
	"strconv"
	"sync/atomic"
	"time"

	"aioplay/runtime/asyncio"
	"aioplay/runtime/compile"
	"aioplay/runtime/py"
	"aioplay/runtime/stdlib/pylib"
	"aioplay/runtime/syntax"
)

// stopGrace is how long Run waits, after a timeout, for the program to
// notice the interpreter's Stop (checked every few thousand instructions)
// before returning anyway.
const stopGrace = 2 * time.Second

// Run runs the program src and returns its exit status, as `python3 FILE`
// would: 0 on success, 1 for a SyntaxError or an uncaught exception,
// SystemExit's code, 1 for a wall-clock timeout or a run the runtime had
// to stop (asyncio deadlock, virtual-time cap, step limit), and
// ExitInternalError for a Go panic inside the runtime.
//
// Without a Timeout the program runs on the caller's goroutine. With one,
// it runs on a goroutine of its own; when the time is up Run writes
// "aioplay: stopped: wall-clock timeout of N s exceeded", asks the
// interpreter to stop, waits for it a little (stopGrace) and returns 1.
// Nothing is written to the sinks after that message.
func Run(src []byte, opts Options) (exitCode int) {
	s := &session{opts: opts.withDefaults()}
	s.out = newSinks(s.opts)
	if s.opts.Timeout <= 0 {
		code := s.runRecovered(src)
		s.out.close()
		return code
	}
	done := make(chan int, 1)
	go func() { done <- s.runRecovered(src) }()
	timer := time.NewTimer(s.opts.Timeout)
	defer timer.Stop()
	select {
	case code := <-done:
		s.out.close()
		return code
	case <-timer.C:
	}
	s.out.closeWith("aioplay: stopped: wall-clock timeout of " + formatSeconds(s.opts.Timeout) + " s exceeded\n")
	s.stop()
	grace := time.NewTimer(stopGrace)
	defer grace.Stop()
	select {
	case <-done:
	case <-grace.C:
	}
	return 1
}

// session is one call of Run.
type session struct {
	opts    Options
	out     *sinks
	interp  atomic.Pointer[py.Interp] // set once the interpreter exists, for Stop
	stopped atomic.Bool               // a stop was asked for, perhaps before interp existed
}

// stop asks the interpreter to stop, now or as soon as it exists.
func (s *session) stop() {
	s.stopped.Store(true)
	if in := s.interp.Load(); in != nil {
		in.Stop()
	}
}

// runRecovered is run with the panic barrier around it.
func (s *session) runRecovered(src []byte) (exitCode int) {
	defer func() {
		if r := recover(); r != nil {
			s.out.Stderr(internalErrorReport(r, stackAfterPanic()))
			exitCode = ExitInternalError
		}
	}()
	return s.run(src)
}

func (s *session) run(src []byte) int {
	opts, out := s.opts, s.out
	if opts.beforeRun != nil {
		opts.beforeRun(out)
	}
	code, err := compile.CompileSource(opts.Filename, src)
	if err != nil {
		var se *syntax.Error
		if errors.As(err, &se) {
			out.Stderr(FormatSyntaxError(se, opts.Filename))
			return 1
		}
		out.Stderr(internalErrorReport(err, ""))
		return ExitInternalError
	}
	aio := asyncio.NewRuntime(asyncioOptions(opts))
	out.mu.Lock()
	if tr := aio.Trace(); tr != nil {
		out.tee = tr.Output
		tr.RealNow = func() int64 { return time.Now().UnixNano() }
	}
	out.stamp = outputStamp(aio)
	out.mu.Unlock()
	source := src
	if isPseudoFilename(opts.Filename) {
		// CPython shows no source lines for "<string>" (-c) and "<stdin>":
		// there is no file to read them from.
		source = nil
	}
	in := py.NewInterp(py.Options{
		Filename:       opts.Filename,
		Source:         source,
		Argv:           opts.Argv,
		Stdout:         out.Stdout,
		Stderr:         out.Stderr,
		Modules:        moduleTable(aio),
		ModuleSource:   pylib.Source,
		RecursionLimit: opts.RecursionLimit,
		MaxSteps:       opts.MaxSteps,
	})
	aio.Bind(in)
	defer asyncio.Forget(in)
	s.interp.Store(in)
	if s.stopped.Load() { // the timeout came while the interpreter was being built
		in.Stop()
	}
	runErr := py.RunMain(in, code)
	status := finish(in, runErr, out)
	if !isHalt(runErr) {
		// What CPython prints while shutting down: pending tasks
		// destroyed, exceptions never retrieved. It follows the
		// traceback, as in CPython. A halted run gets none of it.
		aio.AtExit()
	}
	if tr := aio.Trace(); tr != nil && opts.Trace != nil {
		if err := out.whileOpen(func() error { return tr.WriteJSON(opts.Trace) }); err != nil {
			out.Stderr("aioplay: writing the trace: " + err.Error() + "\n")
			if status == 0 {
				status = 1
			}
		}
	}
	return status
}

// outputStamp gives the virtual time and the writing task of the write
// being made. The task id is the one the trace has just recorded for this
// write (the tee runs first), so it is known only when tracing.
// TODO(asyncio): take the current task's trace id from an exported
// accessor once there is one, so that records carry it without a trace.
func outputStamp(aio *asyncio.Runtime) func() (float64, int) {
	return func() (float64, int) {
		t := float64(aio.Now()) / 1e9
		if tr := aio.Trace(); tr != nil && len(tr.Outputs) > 0 {
			return t, tr.Outputs[len(tr.Outputs)-1].Task
		}
		return t, -1
	}
}

// isHalt reports whether a run was ended by the runtime rather than by
// the program: asyncio's Halt (deadlock, caps) or the VM's HaltError
// (Stop, step limit).
func isHalt(err error) bool {
	var halt *asyncio.Halt
	var stop *py.HaltError
	return errors.As(err, &halt) || errors.As(err, &stop)
}

// finish turns how the main module ended into the exit status, printing
// what CPython prints (the VM's ExitStatus prints tracebacks and
// SystemExit's message) or why the runtime stopped the program.
func finish(in *py.Interp, runErr error, out *sinks) int {
	status, err := in.ExitStatus(runErr)
	if err == nil {
		return status
	}
	var halt *asyncio.Halt
	var stop *py.HaltError
	switch {
	case errors.As(err, &halt):
		out.Stderr(halt.Error() + "\n")
		return 1
	case errors.As(err, &stop):
		out.Stderr("aioplay: stopped: " + stop.Reason + "\n")
		return 1
	}
	out.Stderr(internalErrorReport(err, ""))
	return ExitInternalError
}

// isPseudoFilename reports whether name is "<string>", "<stdin>" or the
// like rather than a file.
func isPseudoFilename(name string) bool {
	return len(name) >= 2 && name[0] == '<' && name[len(name)-1] == '>'
}

// formatSeconds prints a duration in seconds the shortest way: "5", "0.5".
func formatSeconds(d time.Duration) string {
	return strconv.FormatFloat(d.Seconds(), 'f', -1, 64)
}
