package py

// STUBS owned by the sequences/containers engineer (str, bytes, tuple, list,
// dict, set, range, slice, iterators, the sequence protocols and the
// built-in functions over them). Delete a stub here when writing the real
// function in its own file (str.go, dict.go, ...).

var (
	StrType       = NewBuiltinType("str", ObjectType)
	BytesType     = NewBuiltinType("bytes", ObjectType)
	ByteArrayType = NewBuiltinType("bytearray", ObjectType)
	TupleType     = NewBuiltinType("tuple", ObjectType)
	ListType      = NewBuiltinType("list", ObjectType)
	DictType      = NewBuiltinType("dict", ObjectType)
	SetType       = NewBuiltinType("set", ObjectType)
	FrozenSetType = NewBuiltinType("frozenset", ObjectType)
	RangeType     = NewBuiltinType("range", ObjectType)
	SliceType     = NewBuiltinType("slice", ObjectType)
)

// Dict is an insertion-ordered hash table (CPython's compact dict layout).
type Dict struct{}

func (*Dict) Type() *Type { return DictType }

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// GetStr/SetStr/DelStr are the fast paths for *Str keys: no Python code can
// run, so they cannot fail.
func (d *Dict) GetStr(k *Str) (Object, bool) { panic("stub") }
func (d *Dict) SetStr(k *Str, v Object)       { panic("stub") }
func (d *Dict) DelStr(k *Str) bool            { panic("stub") }

// GetItem/SetItem/DelItem take any hashable key (may call __hash__/__eq__).
// GetItem's bool reports presence; DelItem raises nothing when absent but
// returns false.
func (d *Dict) GetItem(in *Interp, k Object) (Object, bool, error) { panic("stub") }
func (d *Dict) SetItem(in *Interp, k, v Object) error             { panic("stub") }
func (d *Dict) DelItem(in *Interp, k Object) (bool, error)        { panic("stub") }
func (d *Dict) Len() int                                          { panic("stub") }

// Items returns the live (key, value) pairs in insertion order (a fresh slice).
func (d *Dict) Items() []DictItem { panic("stub") }

// DictItem is one key/value pair.
type DictItem struct{ Key, Value Object }

// Set is a set or frozenset (CPython's open-addressing layout, so that
// iteration order matches CPython's for ints).
type Set struct{}

func (*Set) Type() *Type { return SetType }

// Intern returns the unique *Str for an identifier-like string.
func Intern(s string) *Str { return &Str{S: s} }

// NewStr makes a str.
func NewStr(s string) *Str { return &Str{S: s} }

// NewTuple / NewList wrap a slice (not copied).
func NewTuple(items ...Object) *Tuple { return &Tuple{Items: items} }
func NewList(items []Object) *List    { return &List{Items: items} }

// Unwrapping helpers: accept the built-in type or an *Instance of a subclass.
func AsStr(o Object) (*Str, bool)     { panic("stub") }
func AsTuple(o Object) (*Tuple, bool) { panic("stub") }
func AsList(o Object) (*List, bool)   { panic("stub") }
func AsDict(o Object) (*Dict, bool)   { panic("stub") }

// Repr is repr(o); ToStr is str(o).
func Repr(in *Interp, o Object) (*Str, error)  { panic("stub") }
func ToStr(in *Interp, o Object) (*Str, error) { panic("stub") }

// Truth is bool(o).
func Truth(in *Interp, o Object) (bool, error) { panic("stub") }

// Len is len(o).
func Len(in *Interp, o Object) (int, error) { panic("stub") }

// Iter is iter(o); Next advances an iterator: (nil, nil) at the end.
func Iter(in *Interp, o Object) (Object, error)  { panic("stub") }
func Next(in *Interp, it Object) (Object, error) { panic("stub") }

// GetItem/SetItem/DelItem are o[k], o[k] = v, del o[k]. Contains is `k in o`.
func GetItem(in *Interp, o, k Object) (Object, error) { panic("stub") }
func SetItem(in *Interp, o, k, v Object) error        { panic("stub") }
func DelItem(in *Interp, o, k Object) error           { panic("stub") }
func Contains(in *Interp, o, k Object) (bool, error)  { panic("stub") }

// Collect runs an iterable to the end into a slice.
func Collect(in *Interp, o Object) ([]Object, error) { panic("stub") }
