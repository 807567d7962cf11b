package py

// The VM engineer's part of the package API. What used to be stubs here is
// implemented in interp.go (Interp, Options, NewInterp, RegisterBuiltin),
// attr.go (GetAttr, GetAttrOpt, SetAttr, DelAttr, LookupSpecial,
// CallSpecial, HasAttr), mro.go (LookupType, IsSubtype, IsInstance,
// FinishType), call.go (Call, CallMethod, Callable, CheckArgs),
// class.go (IsInstanceOf, IsSubclassOf, NewInstance), frame.go (Frame),
// generator.go (Generator, Send/Throw/Close, Awaitable, YieldFromTarget),
// traceback.go (FormatException, Interp.PrintException), run.go (RunMain,
// RunSource, Interp.ExitStatus), import.go (Interp.ImportModule,
// Interp.ExecCode), builtins_vm.go (Dir, print ...), builtins_async.go
// (aiter, anext), sys.go (the sys module), eval*.go (the loop).
//
// For the other engineers of this package and of stdlib/asyncio:
//
//   - Built-in functions: call RegisterBuiltin(name, fn) (or
//     RegisterBuiltinValue(name, value) for a type or constant) from an init
//     function; NewInterp puts them in every new builtins module.
//   - Built-in types: NewBuiltinType at package init + OnSetup for their
//     methods. A type created later (inside a module builder) must be
//     finished with FinishType(t) before use.
//   - After changing a user type's Dict from Go, call t.Modified().
//   - asyncio: a Go Future is awaitable by implementing Awaitable
//     (AwaitIter returns the iterator `await` drives); that iterator is
//     driven fastest when it implements YieldFromTarget (Send/Throw with
//     GenStatus). A Task steps its coroutine with (*Generator).Send /
//     Throw / Close; Started/Warned/SetWarned support "was never awaited".
//   - Go code calling back into Python (sort keys, __repr__ of containers)
//     bounds its recursion with in.Enter(" while ...")/in.Leave().
//   - Host hooks on *Interp: NeverAwaited (a discarded, never-started
//     coroutine; default: CPython's RuntimeWarning on stderr, once per
//     line, via Interp.WarnAt), AsyncGenFirstIter (sys.set_asyncgen_hooks'
//     firstiter; Generator.ACloseAwaitable for shutdown), Stop() (from any
//     goroutine) and Options.MaxSteps (both end the run with *HaltError,
//     which no except/finally block can intercept).
//   - Python exceptions reaching the host: RunMain returns them;
//     in.ExitStatus(err) prints the traceback as CPython does and returns
//     the exit status (SystemExit, KeyboardInterrupt -> 130).

// Built-in types owned by the VM engineer.
var (
	ObjectType                = NewBuiltinType("object", nil)
	TypeType                  = NewBuiltinType("type", ObjectType)
	NoneTypeType              = NewBuiltinType("NoneType", ObjectType)
	NotImplementedTypeType    = NewBuiltinType("NotImplementedType", ObjectType)
	EllipsisTypeType          = NewBuiltinType("ellipsis", ObjectType)
	ModuleType                = NewBuiltinType("module", ObjectType)
	CellType                  = NewBuiltinType("cell", ObjectType)
	FunctionType              = NewBuiltinType("function", ObjectType)
	MethodType                = NewBuiltinType("method", ObjectType)
	BuiltinFunctionType       = NewBuiltinType("builtin_function_or_method", ObjectType)
	MethodDescriptorType      = NewBuiltinType("method_descriptor", ObjectType)
	ClassMethodDescriptorType = NewBuiltinType("classmethod_descriptor", ObjectType)
	GetSetDescriptorType      = NewBuiltinType("getset_descriptor", ObjectType)
	StaticMethodType          = NewBuiltinType("staticmethod", ObjectType)
	ClassMethodType           = NewBuiltinType("classmethod", ObjectType)
	PropertyType              = NewBuiltinType("property", ObjectType)
	SuperType                 = NewBuiltinType("super", ObjectType)
	TracebackType             = NewBuiltinType("traceback", ObjectType)
	FrameType                 = NewBuiltinType("frame", ObjectType)
	CodeType                  = NewBuiltinType("code", ObjectType)
	GeneratorType             = NewBuiltinType("generator", ObjectType)
	CoroutineType             = NewBuiltinType("coroutine", ObjectType)
	AsyncGeneratorType        = NewBuiltinType("async_generator", ObjectType)
)

// TypeName is type(o).__name__.
func TypeName(o Object) string { return o.Type().Name }
