package py

// Object is any Python value.
type Object interface {
	Type() *Type
}

// Type is a Python class: built-in (IntType, ListType, ...) or defined by a
// class statement. Python-visible attributes live in Dict; the Go fields are
// the interpreter's fast paths.
type Type struct {
	Name     string // __name__
	Qualname string // __qualname__
	Module   string // __module__ ("builtins" for built-in types)
	Doc      string

	Bases []*Type // __bases__
	MRO   []*Type // __mro__, C3 linearisation, MRO[0] == the type itself
	Dict  *Dict   // the class namespace (keys are *Str)
	Meta  *Type   // the metaclass; nil means TypeType

	// Solid is the nearest built-in type in the MRO whose Go representation
	// instances use (ObjectType for plain classes, ListType for a list
	// subclass ...). Built-in types have Solid == themselves.
	Solid *Type

	// Flags.
	Builtin      bool // defined in Go
	Final        bool // cannot be subclassed (bool, NoneType, ...)
	HasDict      bool // instances carry an attribute dict
	IsException  bool // BaseException or a subclass
	Abstract     bool
	Version      uint64 // bumped on every change to Dict or Bases of this type or a base; attribute caches key on it
	instanceDict bool

	// New creates an instance of t (which is this type or a subclass) for
	// t(...) calls of built-in types; nil means object.__new__ semantics.
	New func(in *Interp, t *Type, args []Object, kwnames []string) (Object, error)

	// VM-private state (attr.go, class.go).
	subclasses   []*Type           // direct subclasses, for __subclasses__ and version bumps
	flat         map[string]Object // built-in types: every name along the MRO (immutable after setup)
	cache        map[string]Object // user types: LookupType results (nil = absent) valid for cacheVersion
	cacheVersion uint64
	hooks        typeHooks // which dunder overrides a user class has (valid for hooksVersion)
	hooksVersion uint64
	slotNames    []string // __slots__ names introduced by this class
	nslots       int      // len(Instance.Slots) for instances of this class
	finished     bool
}

func (t *Type) Type() *Type {
	if t.Meta != nil {
		return t.Meta
	}
	return TypeType
}

// Instance is an instance of a class defined in Python.
type Instance struct {
	Class *Type
	Dict  *Dict  // instance attributes (nil until first set, or when the class uses __slots__)
	Base  Object // the built-in part when Class derives from int, str, float, tuple, list, dict, set, bytes; else nil
	Slots []Object
}

func (o *Instance) Type() *Type { return o.Class }

// Module is an imported module.
type Module struct {
	Name string
	Dict *Dict
}

func (m *Module) Type() *Type { return ModuleType }

// NoneType, NotImplementedType and EllipsisType are singletons.
type NoneType struct{}
type NotImplementedType struct{}
type EllipsisType struct{}

var (
	None           = &NoneType{}
	NotImplemented = &NotImplementedType{}
	Ellipsis       = &EllipsisType{}
)

func (*NoneType) Type() *Type           { return NoneTypeType }
func (*NotImplementedType) Type() *Type { return NotImplementedTypeType }
func (*EllipsisType) Type() *Type       { return EllipsisTypeType }

// Bool is True or False. bool is a subclass of int: arithmetic fast paths
// treat it as 0 or 1.
type Bool bool

const (
	True  = Bool(true)
	False = Bool(false)
)

func (Bool) Type() *Type { return BoolType }

// NewBool converts a Go bool.
func NewBool(b bool) Bool { return Bool(b) }

// Int is an int that fits in int64: the fast path for all arithmetic.
// Arithmetic that overflows int64 produces a *BigInt. A *BigInt never holds
// a value that fits in int64 (constructors normalise), so the two never
// compare equal by representation.
type Int int64

func (Int) Type() *Type { return IntType }

// Float is a Python float.
type Float float64

func (Float) Type() *Type { return FloatType }

// Complex is a Python complex.
type Complex complex128

func (Complex) Type() *Type { return ComplexType }

// Str is a Python str: a sequence of Unicode code points. S holds them as
// UTF-8 (lone surrogates, which Go strings cannot hold as valid UTF-8, are
// stored in the generalised "WTF-8" form). Indexing is O(1) for ASCII
// strings; others build a rune index lazily.
type Str struct {
	S      string
	hash   int64
	hashed bool
	ascii  int8   // 0 unknown, 1 ascii, -1 not ascii
	runes  []rune // lazily built code point index for non-ASCII strings
}

func (*Str) Type() *Type { return StrType }

// Bytes is an immutable bytes object; ByteArray is the mutable one.
type Bytes struct{ B []byte }
type ByteArray struct{ B []byte }

func (*Bytes) Type() *Type     { return BytesType }
func (*ByteArray) Type() *Type { return ByteArrayType }

// Tuple is an immutable sequence.
type Tuple struct {
	Items []Object
}

func (*Tuple) Type() *Type { return TupleType }

// List is a mutable sequence.
type List struct {
	Items []Object
}

func (*List) Type() *Type { return ListType }

// Cell is a closure cell (a variable captured by an inner function).
type Cell struct{ V Object } // V == nil: empty cell

func (*Cell) Type() *Type { return CellType }

// MaxAllocBytes bounds the size of one str, bytes or list built by
// repetition: past it the operation raises MemoryError before allocating,
// instead of exhausting the host (a browser tab or the CLI). The full,
// configurable set of limits is issue 6's work.
const MaxAllocBytes = 1 << 30
