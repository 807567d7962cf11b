package py

// The built-in container types (owned by the sequences/containers
// engineer). Every stub that used to be here is implemented:
//
//	str        str.go, str_methods.go, str_type.go, str_repr.go, str_unicode*.go, codecs*.go
//	bytes      bytes.go, bytes_methods.go, bytes_format.go, bytearray.go
//	tuple/list tuple.go, list.go, list_sort.go
//	dict       dict.go (storage), dict_methods.go, dict_views.go
//	set        set.go (CPython's table), set_methods.go
//	range, slice, GenericAlias: range.go, slice.go, generic_alias.go
//	iterators  iterators.go
//	protocols  protocols_seq.go (Repr, ToStr, Truth, Len, Iter, Next, GetItem, SetItem, DelItem, Contains, Collect)
//	builtins   builtins_seq.go (registered with RegisterBuiltin at init)
//	args       args_seq.go (argument checking with CPython's texts)

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
