package py

// STUBS owned by the VM engineer. Each declaration here is the agreed
// signature; the owner replaces a stub by deleting it here and writing the
// real function in its own file (attr.go, call.go, class.go, interp.go ...).

// Interp is one running Python program: its modules, the VM state (frame
// stack, recursion depth, handled-exception stack, step counter) and the
// host's Options. Many Interps may live in one process; they share nothing
// mutable but the (immutable after setup) built-in types.
type Interp struct {
	Opts    Options
	Builtins *Module
	Modules  map[string]*Module
	depth    int
}

// Options is what the host gives the interpreter.
type Options struct {
	Filename string // "main.py"
	Stdout   func(s string) // receives every write to sys.stdout
	Stderr   func(s string) // receives every write to sys.stderr
	// Modules maps a module name to the Go function building it. Modules
	// not found here are looked for as embedded Python sources (ModuleSource).
	Modules      map[string]func(in *Interp) (*Module, error)
	ModuleSource func(name string) ([]byte, bool)
	RecursionLimit int // default 1000
	MaxSteps       int64 // 0: unlimited
}

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

// StaticMethod is staticmethod(f).
type StaticMethod struct{ Func Object }

func (*StaticMethod) Type() *Type { return StaticMethodType }

// Frame is a heap frame of the VM (owned by the VM engineer).
type Frame struct{}

// finishBuiltinTypes computes MROs of the built-in types (C3) after setup.
func finishBuiltinTypes() { panic("stub") }

// NewInterp creates an interpreter.
func NewInterp(opts Options) *Interp { panic("stub") }

// TypeName is type(o).__name__.
func TypeName(o Object) string { return o.Type().Name }

// LookupType finds name along t's MRO (no descriptor binding); nil if absent.
func LookupType(t *Type, name *Str) Object { panic("stub") }

// GetAttr is getattr(o, name).
func GetAttr(in *Interp, o Object, name *Str) (Object, error) { panic("stub") }

// GetAttrOpt is like GetAttr but returns (nil, nil) instead of raising AttributeError.
func GetAttrOpt(in *Interp, o Object, name *Str) (Object, error) { panic("stub") }

// SetAttr is setattr(o, name, v); DelAttr is delattr(o, name).
func SetAttr(in *Interp, o Object, name *Str, v Object) error { panic("stub") }
func DelAttr(in *Interp, o Object, name *Str) error             { panic("stub") }

// LookupSpecial finds a dunder method on type(o) (not on the instance) and
// returns it bound to o, or nil if the type has none. This is how every
// protocol (__add__, __len__, __iter__ ...) is dispatched for user classes.
func LookupSpecial(in *Interp, o Object, name *Str) (Object, error) { panic("stub") }

// Call calls any callable (vectorcall shape: see package comment).
func Call(in *Interp, fn Object, args []Object, kwnames []string) (Object, error) { panic("stub") }

// CallMethod calls o.name(*args).
func CallMethod(in *Interp, o Object, name *Str, args ...Object) (Object, error) { panic("stub") }

// IsSubtype reports whether a is b or derives from it. IsInstance is
// isinstance(o, t) for a single type (no __instancecheck__).
func IsSubtype(a, b *Type) bool        { panic("stub") }
func IsInstance(o Object, t *Type) bool { return IsSubtype(o.Type(), t) }

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

// Generator is a generator, a coroutine or an async generator: a suspended
// heap Frame plus its state. (Fields owned by the VM engineer.)
type Generator struct {
	Kind GenKind
	Name     string // __name__
	Qualname string // __qualname__
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

// Send resumes the generator with v (None to start it). Throw raises exc at
// the suspension point. Close is close(). These are what asyncio's Task
// step calls; they run the frame on the VM until the next yield/return.
func (g *Generator) Send(in *Interp, v Object) (Object, GenStatus, error)           { panic("stub") }
func (g *Generator) Throw(in *Interp, exc *Exception) (Object, GenStatus, error)    { panic("stub") }
func (g *Generator) Close(in *Interp) error                                          { panic("stub") }
