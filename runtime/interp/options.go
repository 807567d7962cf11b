package interp

import (
	"errors"
	"io"
	"strconv"
	"strings"
	"time"
)

// Options is what a host gives Run. The zero value runs a program called
// "main.py" with no output and no limits beyond the runtime's defaults.
type Options struct {
	// Filename is the name tracebacks and SyntaxErrors show: "main.py" in
	// the browser, the absolute path of the script for the CLI (as CPython
	// does), "<string>" for -c and "<stdin>" for a program read from stdin.
	Filename string

	// Argv is sys.argv: the script as given on the command line (or "-c",
	// or "") followed by its arguments. nil gives [Filename].
	Argv []string

	// Stdout and Stderr receive everything the program writes to
	// sys.stdout and sys.stderr, and Run's own reports (tracebacks,
	// internal errors, timeouts) on Stderr. nil discards. Run never writes
	// to them concurrently, and never after it has returned.
	Stdout io.Writer
	Stderr io.Writer

	// Output, when set, also receives every write to Stdout and Stderr as
	// a record stamped with the virtual time and the writing task, for
	// hosts that show when and where each line came from (the
	// playground). It is called under the same rules as the writers.
	Output func(OutputRecord)

	// Timeout bounds the run in wall-clock time; 0 means no bound.
	Timeout time.Duration

	// Clock selects the event loop's clock: virtual (default) or real with
	// a speed factor (see asyncioOptions).
	Clock Clock

	// BeforeRealSleep, if set, is called under the real clock just before
	// the host waits for the next timer, so that a host batching output
	// can flush what was printed before the wait.
	BeforeRealSleep func()

	// WallStart is the wall-clock time that time.time() and
	// datetime.now() read at virtual time 0. The zero value gives the
	// runtime's fixed default, so that runs are reproducible; the CLI
	// passes the real time, as CPython would show.
	WallStart time.Time

	// Trace, when set, turns on asyncio's trace recorder (task created,
	// started, suspended, resumed, done, every output line with its
	// virtual time and task) and receives the trace as JSON at the end of
	// the run (format: runtime/asyncio/TRACE.md). nil: no trace.
	Trace io.Writer

	// RecursionLimit is sys.getrecursionlimit() (0: the runtime's default,
	// 1000). MaxSteps bounds the number of VM instructions (0: unlimited).
	RecursionLimit int
	MaxSteps       int64

	// beforeRun, when set (by this package's tests only), runs on the
	// run's goroutine before anything else, inside the panic barrier.
	beforeRun func(out *sinks)
}

// OutputRecord is one write of a run (see Options.Output).
type OutputRecord struct {
	Stream string  // "stdout" or "stderr"
	Text   string  // what was written
	T      float64 // the virtual clock (loop.time()) at the write, in seconds
	// Task is the writing task's id in the trace's task table, -1 outside
	// any task. It is known only when a trace is recorded (Options.Trace);
	// without one it is always -1.
	Task int
}

// ExitInternalError is the exit status of a run that ended in a Go panic
// inside the runtime (EX_SOFTWARE in sysexits.h).
const ExitInternalError = 70

// Clock is the event loop's clock: virtual (the zero value: sleeps cost no
// real time, the clock jumps to the next timer) or real (timers fire on the
// wall clock, sped up by Factor).
type Clock struct {
	Real   bool
	Factor float64 // speed factor of the real clock; 1 when Real and unset
}

// ParseClock parses the CLI's --clock value: "virtual", "real" or
// "real:FACTOR" with FACTOR a positive number ("real:2" runs twice as fast
// as the wall clock).
func ParseClock(s string) (Clock, error) {
	switch {
	case s == "" || s == "virtual":
		return Clock{}, nil
	case s == "real":
		return Clock{Real: true, Factor: 1}, nil
	case strings.HasPrefix(s, "real:"):
		f, err := strconv.ParseFloat(s[len("real:"):], 64)
		if err != nil || !(f > 0) || f > 1e9 {
			return Clock{}, errors.New("invalid clock factor in " + strconv.Quote(s) + ": want a positive number, e.g. real:2")
		}
		return Clock{Real: true, Factor: f}, nil
	}
	return Clock{}, errors.New("invalid clock " + strconv.Quote(s) + ": want virtual, real or real:FACTOR")
}

// String is the inverse of ParseClock.
func (c Clock) String() string {
	if !c.Real {
		return "virtual"
	}
	if c.Factor == 0 || c.Factor == 1 {
		return "real"
	}
	return "real:" + strconv.FormatFloat(c.Factor, 'g', -1, 64)
}

func (o Options) withDefaults() Options {
	if o.Filename == "" {
		o.Filename = "main.py"
	}
	if o.Argv == nil {
		o.Argv = []string{o.Filename}
	}
	if o.Stdout == nil {
		o.Stdout = io.Discard
	}
	if o.Stderr == nil {
		o.Stderr = io.Discard
	}
	if o.Clock.Real && o.Clock.Factor == 0 {
		o.Clock.Factor = 1
	}
	return o
}
