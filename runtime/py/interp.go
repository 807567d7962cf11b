package py

import (
	"sync/atomic"
)

// Interp is one running Python program: its modules, the VM state (frame
// stack, recursion depth, handled-exception stack, step counter) and the
// host's Options. Many Interps may live in one process; they share nothing
// mutable but the (immutable after setup) built-in types. An Interp is used
// by one goroutine at a time; only Stop may be called from another.
type Interp struct {
	Opts     Options
	Builtins *Module
	Modules  map[string]*Module // sys.modules (kept in step with the Python-visible dict)

	depth    int // Python frames + Go re-entries into Python
	recLimit int

	frame   *Frame    // innermost running frame (nil at top level)
	excInfo *excState // the handled-exception stack (sys.exc_info)

	steps    int64 // instructions left until the next stop/limit check
	executed int64 // instructions executed, in units of stepChunk
	stop     atomic.Bool

	ids    map[Object]uintptr // id() / fake addresses, stable per object
	nextID uintptr

	sys        *Module
	sysModules *Dict
	builtins   *Dict // Builtins.Dict

	warned  map[string]bool     // once-per-location warning filter
	sources map[string][]string // source lines by filename, for tracebacks
	// NeverAwaited, when set, is called for a coroutine that was discarded
	// without ever being started (ASYNCIO.md GC3 (a)); the host prints the
	// warning. When nil the VM prints it to stderr itself.
	NeverAwaited func(g *Generator, f *Frame)
	// AsyncGenFirstIter, when set, is called the first time an async
	// generator is iterated (sys.set_asyncgen_hooks' firstiter), so that
	// asyncio can aclose() unfinished ones at shutdown.
	AsyncGenFirstIter func(g *Generator)
}

// excState is one level of the handled-exception stack: each running
// generator contributes its own level, as in CPython.
type excState struct {
	exc  *Exception
	prev *excState
}

// Options is what the host gives the interpreter.
type Options struct {
	Filename string         // "main.py"
	Source   []byte         // the main program's source, for traceback lines
	Stdout   func(s string) // receives every write to sys.stdout
	Stderr   func(s string) // receives every write to sys.stderr
	// Modules maps a module name to the Go function building it. Modules
	// not found here are looked for as embedded Python sources (ModuleSource).
	Modules        map[string]func(in *Interp) (*Module, error)
	ModuleSource   func(name string) ([]byte, bool)
	RecursionLimit int   // default 1000
	MaxSteps       int64 // 0: unlimited; counted in instructions
	Argv           []string
}

// stepChunk is how many instructions run between two checks of the stop
// flag and of Options.MaxSteps.
const stepChunk = 4096

// stepBatch is how many instructions the eval loop counts locally before
// charging them to Interp.steps.
const stepBatch = 64

// HaltError is returned (as a plain Go error, not a Python exception, so no
// except/finally block can intercept it) when Stop was called or the step
// budget ran out.
type HaltError struct{ Reason string }

func (e *HaltError) Error() string { return e.Reason }

// Stop asks the interpreter to stop at the next check (every few thousand
// instructions). Safe to call from another goroutine.
func (in *Interp) Stop() { in.stop.Store(true) }

// checkSteps is called by the eval loop every stepChunk instructions.
func (in *Interp) checkSteps() error {
	in.steps = stepChunk
	in.executed++
	if in.stop.Load() {
		return &HaltError{Reason: "stopped"}
	}
	if in.Opts.MaxSteps > 0 && in.executed*stepChunk > in.Opts.MaxSteps {
		return &HaltError{Reason: "step limit exceeded"}
	}
	return nil
}

// builtinRegistry holds the built-in functions and values registered by
// the files of this package (and others) at init time.
var builtinRegistry []builtinEntry

type builtinEntry struct {
	name string
	v    Object
	fn   Func
}

// RegisterBuiltin adds a built-in function to every future Interp's
// builtins module. Call it only from init.
func RegisterBuiltin(name string, fn Func) {
	builtinRegistry = append(builtinRegistry, builtinEntry{name: name, fn: fn})
}

// RegisterBuiltinValue adds a value (a type, a constant) to the builtins
// module. Call it only from init.
func RegisterBuiltinValue(name string, v Object) {
	builtinRegistry = append(builtinRegistry, builtinEntry{name: name, v: v})
}

// NewInterp creates an interpreter.
func NewInterp(opts Options) *Interp {
	setupBuiltinTypes()
	if opts.Filename == "" {
		opts.Filename = "main.py"
	}
	if opts.RecursionLimit <= 0 {
		opts.RecursionLimit = 1000
	}
	if opts.Stdout == nil {
		opts.Stdout = func(string) {}
	}
	if opts.Stderr == nil {
		opts.Stderr = func(string) {}
	}
	in := &Interp{
		Opts:     opts,
		Modules:  map[string]*Module{},
		recLimit: opts.RecursionLimit,
		steps:    stepChunk,
		ids:      map[Object]uintptr{},
		nextID:   0x7f3c5a1b0000,
		warned:   map[string]bool{},
	}
	in.excInfo = &excState{}
	in.builtins = NewDict()
	in.Builtins = &Module{Name: "builtins", Dict: in.builtins}
	in.builtins.SetStr(Intern("__name__"), NewStr("builtins"))
	in.builtins.SetStr(Intern("__doc__"), None)
	for _, e := range builtinRegistry {
		if e.fn != nil {
			in.builtins.SetStr(Intern(e.name), &BuiltinFunction{Name: e.name, Qualname: e.name, Module: "builtins", Fn: e.fn})
		} else {
			in.builtins.SetStr(Intern(e.name), e.v)
		}
	}
	for _, t := range ExceptionTypes {
		in.builtins.SetStr(Intern(t.Name), t)
	}
	// The built-in value types are builtins names even before their
	// owners register anything else.
	for _, t := range []*Type{IntType, BoolType, FloatType, ComplexType, StrType, BytesType, ByteArrayType,
		TupleType, ListType, DictType, SetType, FrozenSetType, RangeType, SliceType} {
		if _, ok := in.builtins.GetStr(Intern(t.Name)); !ok {
			in.builtins.SetStr(Intern(t.Name), t)
		}
	}
	in.sysModules = NewDict()
	in.addModule(in.Builtins)
	in.sys = newSysModule(in)
	in.addModule(in.sys)
	return in
}

// addModule records m in sys.modules.
func (in *Interp) addModule(m *Module) {
	in.Modules[m.Name] = m
	in.sysModules.SetStr(NewStr(m.Name), m)
}

// BuiltinsDict is the builtins module's namespace.
func (in *Interp) BuiltinsDict() *Dict { return in.builtins }

// ID returns the stable fake address of o (id(o), the 0x... in reprs).
func (in *Interp) ID(o Object) uintptr {
	switch o.(type) {
	case Int, Float, Bool, Complex:
		// Values: give each distinct value its own id as CPython caches
		// small ints; good enough for `is` never being observable here.
	case *NoneType:
		// The singletons that can be constants have fixed ids: a frozenset
		// constant is built (and its items hashed) before any interpreter
		// exists, with in == nil, and hash(None) must agree with that later.
		return 0x7f3c5a0e1b40
	case *EllipsisType:
		return 0x7f3c5a0e1c80
	case *NotImplementedType:
		return 0x7f3c5a0e1d60
	}
	if id, ok := in.ids[o]; ok {
		return id
	}
	in.nextID += 0x30
	in.ids[o] = in.nextID
	return in.nextID
}

// Addr formats o's fake address as CPython's %p: "0x7f3c5a1b0030".
func (in *Interp) Addr(o Object) string {
	return "0x" + hexString(uint64(in.ID(o)))
}

func hexString(v uint64) string {
	const digits = "0123456789abcdef"
	if v == 0 {
		return "0"
	}
	var b [16]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = digits[v&15]
		v >>= 4
	}
	return string(b[i:])
}

// RecursionLimit is sys.getrecursionlimit().
func (in *Interp) RecursionLimit() int { return in.recLimit }

// enter counts one level of Go re-entry into Python (or one Python frame)
// against the recursion limit.
func (in *Interp) enter(suffix string) error {
	in.depth++
	if in.depth > in.recLimit {
		in.depth--
		return Errorf(RecursionError, "maximum recursion depth exceeded%s", suffix)
	}
	return nil
}

func (in *Interp) leave() { in.depth-- }

// Enter/Leave let Go code outside the VM (sort keys, repr of containers)
// bound its recursion: Enter raises RecursionError past the limit.
func (in *Interp) Enter(suffix string) error { return in.enter(suffix) }
func (in *Interp) Leave()                    { in.leave() }

// CurrentException is the exception being handled (sys.exception()), or nil.
func (in *Interp) CurrentException() *Exception {
	for s := in.excInfo; s != nil; s = s.prev {
		if s.exc != nil {
			return s.exc
		}
	}
	return nil
}

// CurrentFrame is the innermost running Python frame (nil when none).
func (in *Interp) CurrentFrame() *Frame { return in.frame }

// Write sends text to sys.stdout (the object, so redirection works).
func (in *Interp) WriteStdout(s string) { in.Opts.Stdout(s) }

// WriteStderr sends text to the host's stderr sink.
func (in *Interp) WriteStderr(s string) { in.Opts.Stderr(s) }
