package py

import (
	"strings"

	"aioplay/runtime/compile"
)

// GenKind says what a *Generator is.
type GenKind uint8

const (
	KindGenerator GenKind = iota
	KindCoroutine
	KindAsyncGenerator
)

// GenStatus is how a Send/Throw into a generator ended (err == nil).
type GenStatus uint8

const (
	GenYielded  GenStatus = iota // the frame yielded the returned value and is suspended
	GenReturned                  // the frame returned: the value is the return value (StopIteration.value)
)

// YieldFromTarget is implemented by Go iterators that `yield from` /
// `await` can drive directly (without Python-level send/throw lookups):
// *Generator, the async generator awaitables, and asyncio's Future
// iterator. Send(None) is next().
type YieldFromTarget interface {
	Object
	Send(in *Interp, v Object) (Object, GenStatus, error)
	Throw(in *Interp, exc *Exception) (Object, GenStatus, error)
}

// Awaitable is implemented by Go values that can be awaited (asyncio's
// Future and Task): AwaitIter returns the iterator that `await` drives
// (usually a YieldFromTarget). GET_AWAITABLE uses it before looking for a
// Python __await__ method.
type Awaitable interface {
	AwaitIter(in *Interp) (Object, error)
}

// Generator is a generator, a coroutine or an async generator: a suspended
// heap Frame plus its state.
type Generator struct {
	Kind     GenKind
	Name     string // __name__
	Qualname string // __qualname__

	frame    *Frame // nil once finished
	code     *CodeObject
	running  bool
	started  bool
	warned   bool     // "never awaited" already reported
	exc      excState // the generator's own level of the handled-exception stack
	agClosed bool     // async generator: aclose() finished / exhausted
	agHooked bool
}

func (g *Generator) Type() *Type {
	switch g.Kind {
	case KindCoroutine:
		return CoroutineType
	case KindAsyncGenerator:
		return AsyncGeneratorType
	}
	return GeneratorType
}

func newGenerator(in *Interp, fr *Frame, f *Function) *Generator {
	g := &Generator{Name: f.Name.S, Qualname: f.Qualname.S, frame: fr, code: f.Code}
	flags := f.Code.Code.Flags
	switch {
	case flags&compile.CO_COROUTINE != 0:
		g.Kind = KindCoroutine
	case flags&compile.CO_ASYNC_GENERATOR != 0:
		g.Kind = KindAsyncGenerator
	}
	fr.gen = g
	return g
}

// Started reports whether the generator ever ran (a coroutine that was
// never started warns "was never awaited" when it is dropped).
func (g *Generator) Started() bool { return g.started }

// Finished reports whether the frame has returned, raised or been closed.
func (g *Generator) Finished() bool { return g.frame == nil }

// Warned / SetWarned track whether "never awaited" was already reported.
func (g *Generator) Warned() bool { return g.warned }
func (g *Generator) SetWarned()   { g.warned = true }

// Running reports whether the generator's frame is executing.
func (g *Generator) Running() bool { return g.running }

// Frame is the suspended frame (nil once finished).
func (g *Generator) Frame() *Frame { return g.frame }

// Code is the generator's code object.
func (g *Generator) Code() *CodeObject { return g.code }

func (g *Generator) kindName() string {
	switch g.Kind {
	case KindCoroutine:
		return "coroutine"
	case KindAsyncGenerator:
		return "async generator"
	}
	return "generator"
}

// Send resumes the generator with v (None to start it). These are what
// asyncio's Task step calls; they run the frame on the VM until the next
// yield/return.
func (g *Generator) Send(in *Interp, v Object) (Object, GenStatus, error) {
	if v == nil {
		v = None
	}
	return g.resume(in, v, nil)
}

// resume runs the frame: v (when not nil) is pushed as the value of the
// suspended yield; exc (when not nil) is raised at the suspension point.
func (g *Generator) resume(in *Interp, v Object, exc *Exception) (Object, GenStatus, error) {
	if g.running {
		return nil, 0, Errorf(ValueError, "%s already executing", g.kindName())
	}
	f := g.frame
	if f == nil {
		if exc != nil {
			return nil, 0, exc
		}
		if g.Kind == KindCoroutine {
			return nil, 0, Errorf(RuntimeError, "cannot reuse already awaited coroutine")
		}
		return None, GenReturned, nil
	}
	if !g.started && exc == nil && v != nil && v != Object(None) {
		return nil, 0, Errorf(TypeError, "can't send non-None value to a just-started %s", g.kindName())
	}
	if exc == nil && v != nil {
		f.stack[f.sp] = v
		f.sp++
	}
	g.started = true
	if err := in.enter(""); err != nil {
		return nil, 0, err
	}
	g.running = true
	f.back = in.frame
	g.exc.prev = in.excInfo
	in.excInfo = &g.exc
	r, yielded, err := in.run(f, exc)
	in.excInfo = g.exc.prev
	g.exc.prev = nil
	g.running = false
	in.leave()
	f.back = nil
	if err != nil {
		g.frame = nil
		if e, ok := err.(*Exception); ok {
			if IsSubtype(e.Class, StopIteration) {
				return nil, 0, wrapFromCause(Errorf(RuntimeError, "%s raised StopIteration", g.kindName()), e)
			}
			if g.Kind == KindAsyncGenerator && IsSubtype(e.Class, StopAsyncIteration) {
				return nil, 0, wrapFromCause(Errorf(RuntimeError, "async generator raised StopAsyncIteration"), e)
			}
		}
		return nil, 0, err
	}
	if yielded {
		return r, GenYielded, nil
	}
	g.frame = nil
	return r, GenReturned, nil
}

func wrapFromCause(e, cause *Exception) *Exception {
	e.Cause = cause
	e.Context = cause
	e.SuppressContext = true
	return e
}

// Throw raises exc at the suspension point (delegating to a sub-iterator
// the frame is awaiting / yielding from).
func (g *Generator) Throw(in *Interp, exc *Exception) (Object, GenStatus, error) {
	if g.running {
		return nil, 0, Errorf(ValueError, "%s already executing", g.kindName())
	}
	f := g.frame
	if f != nil && g.started && f.pc < len(f.Code.Code.Instrs) && f.Code.Code.Instrs[f.pc].Op == compile.YIELD_FROM {
		recv := f.stack[f.sp-1]
		if IsSubtype(exc.Class, GeneratorExit) {
			g.running = true
			err := closeIter(in, recv)
			g.running = false
			if err != nil {
				if e, ok := err.(*Exception); ok {
					exc = e
				} else {
					return nil, 0, err
				}
			}
		} else {
			g.running = true
			r, status, err := throwInto(in, recv, exc)
			g.running = false
			if err == nil {
				if status == GenYielded {
					return r, GenYielded, nil
				}
				f.stack[f.sp-1] = r
				f.pc++
				return g.resume(in, nil, nil)
			}
			e, ok := err.(*Exception)
			if !ok {
				return nil, 0, err
			}
			exc = e
		}
		f.pc++
	}
	return g.resume(in, nil, exc)
}

// Close is close(): GeneratorExit at the suspension point.
func (g *Generator) Close(in *Interp) error {
	if g.frame == nil {
		return nil
	}
	if g.running {
		return Errorf(ValueError, "%s already executing", g.kindName())
	}
	if !g.started {
		g.frame = nil
		return nil
	}
	_, status, err := g.Throw(in, NewException(GeneratorExit))
	if err == nil {
		if status == GenYielded {
			return Errorf(RuntimeError, "%s ignored GeneratorExit", g.kindName())
		}
		return nil
	}
	if e, ok := err.(*Exception); ok && (IsSubtype(e.Class, GeneratorExit) || IsSubtype(e.Class, StopIteration)) {
		return nil
	}
	return err
}

// yieldFromSend sends v into the sub-iterator recv of YIELD_FROM.
func yieldFromSend(in *Interp, recv Object, v Object) (Object, GenStatus, error) {
	switch r := recv.(type) {
	case *Generator:
		return r.Send(in, v)
	case YieldFromTarget:
		return r.Send(in, v)
	}
	var res Object
	var err error
	if v == Object(None) {
		next := LookupType(recv.Type(), sNext)
		if next == nil {
			return nil, 0, Errorf(TypeError, "'%s' object is not an iterator", TypeName(recv))
		}
		res, err = callUnbound(in, next, recv)
	} else {
		res, err = CallMethod(in, recv, sSend, v)
	}
	if err != nil {
		if e, ok := err.(*Exception); ok && IsSubtype(e.Class, StopIteration) {
			return stopValue(e), GenReturned, nil
		}
		return nil, 0, err
	}
	return res, GenYielded, nil
}

// stopValue is StopIteration.value.
func stopValue(e *Exception) Object {
	if v := e.Slot("value"); v != nil {
		return v
	}
	if len(e.Args.Items) > 0 {
		return e.Args.Items[0]
	}
	return None
}

// throwInto throws exc into the sub-iterator recv.
func throwInto(in *Interp, recv Object, exc *Exception) (Object, GenStatus, error) {
	switch r := recv.(type) {
	case *Generator:
		return r.Throw(in, exc)
	case YieldFromTarget:
		return r.Throw(in, exc)
	}
	throw, err := GetAttrOpt(in, recv, sThrow)
	if err != nil {
		return nil, 0, err
	}
	if throw == nil {
		return nil, 0, exc
	}
	res, err := Call(in, throw, []Object{exc}, nil)
	if err != nil {
		if e, ok := err.(*Exception); ok && IsSubtype(e.Class, StopIteration) {
			return stopValue(e), GenReturned, nil
		}
		return nil, 0, err
	}
	return res, GenYielded, nil
}

// closeIter calls recv.close() if it has one.
func closeIter(in *Interp, recv Object) error {
	switch r := recv.(type) {
	case *Generator:
		return r.Close(in)
	}
	cl, err := GetAttrOpt(in, recv, sClose)
	if err != nil || cl == nil {
		return err
	}
	_, err = Call(in, cl, nil, nil)
	return err
}

// stopIteration builds StopIteration(value) (no args for None).
func stopIteration(v Object) *Exception {
	var e *Exception
	if v == nil || v == Object(None) {
		e = NewException(StopIteration)
		e.SetSlot("value", None)
	} else {
		e = NewException(StopIteration, v)
		e.SetSlot("value", v)
	}
	return e
}

// genResult turns a (value, status) pair into Python's result of send():
// the yielded value, or StopIteration(value).
func genResult(v Object, st GenStatus, err error) (Object, error) {
	if err != nil {
		return nil, err
	}
	if st == GenReturned {
		return nil, stopIteration(v)
	}
	return v, nil
}

// throwArgs normalises throw(type[, value[, tb]]) to an exception.
func throwArgs(in *Interp, args []Object, kw []string) (*Exception, error) {
	if len(kw) > 0 {
		return nil, Errorf(TypeError, "throw() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 3 {
		return nil, Errorf(TypeError, "throw expected at least 1 argument, got %d", len(args))
	}
	typ := args[0]
	var val Object = None
	if len(args) > 1 {
		val = args[1]
	}
	var e *Exception
	switch t := typ.(type) {
	case *Exception:
		if val != Object(None) {
			return nil, Errorf(TypeError, "instance exception may not have a separate value")
		}
		e = t
	case *Type:
		if !IsSubtype(t, BaseException) {
			return nil, Errorf(TypeError, "exceptions must be classes or instances deriving from BaseException, not type")
		}
		if ve, ok := val.(*Exception); ok && IsSubtype(ve.Class, t) {
			e = ve
		} else {
			var cargs []Object
			if tup, ok := val.(*Tuple); ok {
				cargs = tup.Items
			} else if val != Object(None) {
				cargs = []Object{val}
			}
			r, err := Call(in, t, cargs, nil)
			if err != nil {
				return nil, err
			}
			var ok bool
			if e, ok = r.(*Exception); !ok {
				return nil, Errorf(TypeError, "calling %s should have returned an instance of BaseException, not %s", reprType(t), TypeName(r))
			}
		}
	default:
		return nil, Errorf(TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", TypeName(typ))
	}
	if len(args) > 2 && args[2] != Object(None) {
		tb, ok := args[2].(*Traceback)
		if !ok {
			return nil, Errorf(TypeError, "throw() third argument must be a traceback object")
		}
		e.Traceback = tb
	}
	return e, nil
}

// neverAwaited reports a coroutine discarded by an expression statement
// without ever being started (ASYNCIO.md GC3 (a)): through the host's
// Interp.NeverAwaited hook, or as CPython's RuntimeWarning on stderr,
// once per source location.
func (in *Interp) neverAwaited(g *Generator, f *Frame, pc int) {
	g.warned = true
	if in.NeverAwaited != nil {
		in.NeverAwaited(g, f)
		return
	}
	line := f.Code.lineAt(pc)
	in.WarnAt(f.Code.Code.Filename, line, RuntimeWarning, "coroutine '"+g.Qualname+"' was never awaited", true)
}

// WarnAt prints a warning as the default warnings filter does ("default"
// action: once per location): "file:line: Category: message", the source
// line, and for unawaited coroutines the tracemalloc hint.
func (in *Interp) WarnAt(filename string, line int, category *Type, msg string, tracemallocHint bool) {
	key := filename + ":" + itoa(line) + ":" + category.Name + ":" + msg
	if in.warned[key] {
		return
	}
	in.warned[key] = true
	s := filename + ":" + itoa(line) + ": " + category.Name + ": " + msg + "\n"
	if src, ok := in.sourceLine(filename, line); ok {
		if t := strings.TrimSpace(src); t != "" {
			s += "  " + t + "\n"
		}
	}
	if tracemallocHint {
		s += category.Name + ": Enable tracemalloc to get the object allocation traceback\n"
	}
	in.WriteStderr(s)
}
