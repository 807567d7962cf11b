package asyncio

import "aioplay/runtime/py"

// The Python-visible types of the package. They are declared at package
// initialisation (so the py package computes their MROs with the other
// built-in types) and filled with methods by setup functions registered
// with py.OnSetup.
var (
	FutureType          = newType("Future", "_asyncio", py.ObjectType)
	TaskType            = newType("Task", "_asyncio", FutureType)
	GatheringFutureType = newType("_GatheringFuture", "asyncio.tasks", FutureType)
	FutureIterType      = newType("FutureIter", "_asyncio", py.ObjectType)
	HandleType          = newType("Handle", "asyncio.events", py.ObjectType)
	TimerHandleType     = newType("TimerHandle", "asyncio.events", HandleType)
	LoopType            = newType("_UnixSelectorEventLoop", "asyncio.unix_events", py.ObjectType)
	NativeCoroType      = newType("coroutine", "builtins", py.ObjectType)
	ContextType         = newType("Context", "_contextvars", py.ObjectType)
	ContextVarType      = newType("ContextVar", "_contextvars", py.ObjectType)
	TokenType           = newType("Token", "_contextvars", py.ObjectType)
	RunnerType          = newType("Runner", "asyncio.runners", py.ObjectType)

	CancelledError            = newExceptionType("CancelledError", "asyncio.exceptions", py.BaseException)
	InvalidStateError         = newExceptionType("InvalidStateError", "asyncio.exceptions", py.ExceptionType)
	BrokenBarrierError        = newExceptionType("BrokenBarrierError", "asyncio.exceptions", py.RuntimeError)
	LimitOverrunError         = newExceptionType("LimitOverrunError", "asyncio.exceptions", py.ExceptionType)
	SendfileNotAvailableError = newExceptionType("SendfileNotAvailableError", "asyncio.exceptions", py.RuntimeError)
	QueueEmpty                = newExceptionType("QueueEmpty", "asyncio.queues", py.ExceptionType)
	QueueFull                 = newExceptionType("QueueFull", "asyncio.queues", py.ExceptionType)
)

func newType(name, module string, base *py.Type) *py.Type {
	t := py.NewBuiltinType(name, base)
	t.Module = module
	return t
}

func newExceptionType(name, module string, base *py.Type) *py.Type {
	t := newType(name, module, base)
	t.IsException = true
	t.HasDict = true
	return t
}

func init() {
	FutureType.Final = false
	NativeCoroType.Final = true
	FutureIterType.Final = true
	py.OnSetup(setupTypes)
}

// setupTypes fills the types' dicts (runs once per process, from py).
func setupTypes() {
	setupFutureType()
	setupTaskType()
	setupHandleTypes()
	setupLoopType()
	setupCoroTypes()
	setupContextTypes()
	setupRunnerType()
}
