package py

// iterators.go: the built-in iterator objects — over lists, tuples, strs,
// bytes, dicts, sets and ranges, the old __getitem__ sequence protocol,
// iter(f, sentinel), enumerate, zip, map, filter and reversed.

// builtinIterator is implemented by every iterator type of this file.
type builtinIterator interface {
	Object
	next(in *Interp) (Object, error)
}

func isBuiltinIterator(o Object) bool {
	_, ok := o.(builtinIterator)
	return ok
}

var (
	ListIteratorType        = newIteratorType("list_iterator")
	ListReverseIteratorType = newIteratorType("list_reverseiterator")
	TupleIteratorType       = newIteratorType("tuple_iterator")
	StrIteratorType         = newIteratorType("str_iterator")
	StrASCIIIteratorType    = newIteratorType("str_ascii_iterator")
	BytesIteratorType       = newIteratorType("bytes_iterator")
	ByteArrayIteratorType   = newIteratorType("bytearray_iterator")
	DictKeyIteratorType     = newIteratorType("dict_keyiterator")
	DictValueIteratorType   = newIteratorType("dict_valueiterator")
	DictItemIteratorType    = newIteratorType("dict_itemiterator")
	DictRevKeyIteratorType  = newIteratorType("dict_reversekeyiterator")
	DictRevValIteratorType  = newIteratorType("dict_reversevalueiterator")
	DictRevItemIteratorType = newIteratorType("dict_reverseitemiterator")
	SetIteratorType         = newIteratorType("set_iterator")
	RangeIteratorType       = newIteratorType("range_iterator")
	SeqIteratorType         = newIteratorType("iterator")
	CallableIteratorType    = newIteratorType("callable_iterator")
	EnumerateType           = newIteratorType("enumerate")
	ZipType                 = newIteratorType("zip")
	MapType                 = newIteratorType("map")
	FilterType              = newIteratorType("filter")
	ReversedType            = newIteratorType("reversed")
)

var iteratorTypes []*Type

func newIteratorType(name string) *Type {
	t := NewBuiltinType(name, ObjectType)
	iteratorTypes = append(iteratorTypes, t)
	return t
}

func iterSelf(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
	return self, nil
}

func iterNextMethod(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
	x, err := Next(in, self)
	if err != nil {
		return nil, err
	}
	if x == nil {
		return nil, NewException(StopIteration)
	}
	return x, nil
}

func init() {
	OnSetup(func() {
		for _, t := range iteratorTypes {
			t.AddMethod("__iter__", iterSelf)
			t.AddMethod("__next__", iterNextMethod)
		}
		EnumerateType.New = enumerateNew
		ZipType.New = zipNew
		MapType.New = mapNew
		FilterType.New = filterNew
		ReversedType.New = reversedNew
	})
}

// listIterator iterates a list by index (so that appending while
// iterating sees the new items, as in CPython).
type listIterator struct {
	l *List
	i int
}

func (*listIterator) Type() *Type { return ListIteratorType }
func (it *listIterator) next(in *Interp) (Object, error) {
	return Next(in, it)
}

type listReverseIterator struct {
	l *List
	i int
}

func (*listReverseIterator) Type() *Type { return ListReverseIteratorType }
func (it *listReverseIterator) next(in *Interp) (Object, error) {
	if it.i >= 0 && it.i < len(it.l.Items) {
		x := it.l.Items[it.i]
		it.i--
		return x, nil
	}
	it.i = -1
	return nil, nil
}

type tupleIterator struct {
	t *Tuple
	i int
}

func (*tupleIterator) Type() *Type { return TupleIteratorType }
func (it *tupleIterator) next(in *Interp) (Object, error) {
	return Next(in, it)
}

// strIterator walks the bytes of the str decoding one code point at a
// time (no rune index needed).
type strIterator struct {
	s   *Str
	pos int
}

func (it *strIterator) Type() *Type {
	if it.s.isASCII() {
		return StrASCIIIteratorType
	}
	return StrIteratorType
}

func (it *strIterator) next(in *Interp) (Object, error) {
	s := it.s.S
	if it.pos >= len(s) {
		return nil, nil
	}
	c := s[it.pos]
	if c < 0x80 {
		it.pos++
		return latin1Chars[c], nil
	}
	r, n := decodeRune(s, it.pos)
	it.pos += n
	return charStr(r), nil
}

type bytesIterator struct {
	b *Bytes
	i int
}

func (*bytesIterator) Type() *Type { return BytesIteratorType }
func (it *bytesIterator) next(in *Interp) (Object, error) {
	if it.i < len(it.b.B) {
		x := it.b.B[it.i]
		it.i++
		return Int(x), nil
	}
	return nil, nil
}

type byteArrayIterator struct {
	b *ByteArray
	i int
}

func (*byteArrayIterator) Type() *Type { return ByteArrayIteratorType }
func (it *byteArrayIterator) next(in *Interp) (Object, error) {
	if it.i < len(it.b.B) {
		x := it.b.B[it.i]
		it.i++
		return Int(x), nil
	}
	return nil, nil
}

// dictIterKind selects what a dict iterator yields.
type dictIterKind uint8

const (
	dictIterKeys dictIterKind = iota
	dictIterValues
	dictIterItems
)

// dictIterator iterates a dict's entries in order (or in reverse),
// detecting changes of size like CPython.
type dictIterator struct {
	d         *Dict
	kind      dictIterKind
	reverse   bool
	pos       int
	used      int // d.used when the iterator was made; -1 after a size change
	remaining int
}

func newDictIterator(d *Dict, kind dictIterKind) *dictIterator {
	return &dictIterator{d: d, kind: kind, used: d.used, remaining: d.used}
}

func (it *dictIterator) Type() *Type {
	if it.reverse {
		return [...]*Type{DictRevKeyIteratorType, DictRevValIteratorType, DictRevItemIteratorType}[it.kind]
	}
	return [...]*Type{DictKeyIteratorType, DictValueIteratorType, DictItemIteratorType}[it.kind]
}

func (it *dictIterator) advance() (Object, error) {
	d := it.d
	if d == nil {
		return nil, nil
	}
	if d.used != it.used {
		it.used = -1
		return nil, Errorf(RuntimeError, "dictionary changed size during iteration")
	}
	var e *dictEntry
	if it.reverse {
		for it.pos >= 0 && it.pos < len(d.entries) {
			c := &d.entries[it.pos]
			it.pos--
			if c.key != nil {
				e = c
				break
			}
		}
	} else {
		for it.pos < len(d.entries) {
			c := &d.entries[it.pos]
			it.pos++
			if c.key != nil {
				e = c
				break
			}
		}
	}
	if e == nil {
		it.d = nil
		return nil, nil
	}
	if it.remaining == 0 {
		it.d = nil
		return nil, Errorf(RuntimeError, "dictionary keys changed during iteration")
	}
	it.remaining--
	switch it.kind {
	case dictIterKeys:
		return e.key, nil
	case dictIterValues:
		return e.value, nil
	}
	return NewTuple(e.key, e.value), nil
}

func (it *dictIterator) next(in *Interp) (Object, error) { return it.advance() }

type setIterator struct {
	s    *Set
	pos  int
	used int
}

func (*setIterator) Type() *Type { return SetIteratorType }
func (it *setIterator) next(in *Interp) (Object, error) {
	s := it.s
	if s == nil {
		return nil, nil
	}
	if s.used != it.used {
		it.used = -1
		return nil, Errorf(RuntimeError, "Set changed size during iteration")
	}
	pos, k, ok := s.NextEntry(it.pos)
	it.pos = pos
	if !ok {
		it.s = nil
		return nil, nil
	}
	return k, nil
}

type rangeIterator struct {
	cur, step int
	n         int
}

func (*rangeIterator) Type() *Type { return RangeIteratorType }
func (it *rangeIterator) next(in *Interp) (Object, error) {
	return Next(in, it)
}

// seqIterator is iter() of an object with only __getitem__.
type seqIterator struct {
	seq Object
	i   int
}

func (*seqIterator) Type() *Type { return SeqIteratorType }
func (it *seqIterator) next(in *Interp) (Object, error) {
	if it.seq == nil {
		return nil, nil
	}
	x, err := GetItem(in, it.seq, Int(it.i))
	if err != nil {
		if e, ok := err.(*Exception); ok && (IsSubtype(e.Class, IndexError) || IsSubtype(e.Class, StopIteration)) {
			it.seq = nil
			return nil, nil
		}
		return nil, err
	}
	it.i++
	return x, nil
}

// callableIterator is iter(fn, sentinel).
type callableIterator struct {
	fn, sentinel Object
}

func (*callableIterator) Type() *Type { return CallableIteratorType }
func (it *callableIterator) next(in *Interp) (Object, error) {
	if it.fn == nil {
		return nil, nil
	}
	x, err := Call(in, it.fn, nil, nil)
	if err != nil {
		if isStopIteration(err) {
			it.fn = nil
			return nil, nil
		}
		return nil, err
	}
	eq, err := Eq(in, x, it.sentinel)
	if err != nil {
		return nil, err
	}
	if eq {
		it.fn = nil
		return nil, nil
	}
	return x, nil
}

// enumerateIter is enumerate(iterable, start).
type enumerateIter struct {
	it  Object
	n   int
	big Object // the count once it no longer fits an int (rare)
}

func (*enumerateIter) Type() *Type { return EnumerateType }
func (e *enumerateIter) next(in *Interp) (Object, error) {
	x, err := Next(in, e.it)
	if err != nil || x == nil {
		return nil, err
	}
	if e.big != nil {
		idx := e.big
		nb, err := BinaryOp(in, OpAdd, e.big, Int(1))
		if err != nil {
			return nil, err
		}
		e.big = nb
		return NewTuple(idx, x), nil
	}
	idx := IntObject(int64(e.n))
	e.n++
	return NewTuple(idx, x), nil
}

func enumerateNew(in *Interp, t *Type, args []Object, kwnames []string) (Object, error) {
	var a [2]Object
	if err := bindArgs("enumerate", args, kwnames, 0, []string{"iterable", "start"}, a[:]); err != nil {
		return nil, err
	}
	if a[0] == nil {
		return nil, Errorf(TypeError, "enumerate() missing required argument 'iterable'")
	}
	it, err := Iter(in, a[0])
	if err != nil {
		return nil, err
	}
	e := &enumerateIter{it: it}
	if a[1] != nil {
		if !isIndexable(in, a[1]) {
			return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(a[1]))
		}
		start, err := IndexObject(in, a[1])
		if err != nil {
			return nil, err
		}
		if n, ok := start.(Int); ok {
			e.n = int(n)
		} else {
			e.big = start
		}
	}
	return e, nil
}

// zipIter is zip(*iterables, strict=False).
type zipIter struct {
	its    []Object
	strict bool
	done   bool
}

func (*zipIter) Type() *Type { return ZipType }
func (z *zipIter) next(in *Interp) (Object, error) {
	if z.done || len(z.its) == 0 {
		return nil, nil
	}
	items := make([]Object, len(z.its))
	for i, it := range z.its {
		x, err := Next(in, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			z.done = true
			if !z.strict {
				return nil, nil
			}
			return nil, z.strictCheck(in, i)
		}
		items[i] = x
	}
	return &Tuple{Items: items}, nil
}

// strictCheck raises zip(strict=True)'s errors once iterator i ran out.
func (z *zipIter) strictCheck(in *Interp, i int) error {
	plural := func(i int) string {
		if i == 1 {
			return " "
		}
		return "s 1-"
	}
	if i > 0 {
		return Errorf(ValueError, "zip() argument %d is shorter than argument%s%d", i+1, plural(i), i)
	}
	for j := 1; j < len(z.its); j++ {
		x, err := Next(in, z.its[j])
		if err != nil {
			return err
		}
		if x != nil {
			return Errorf(ValueError, "zip() argument %d is longer than argument%s%d", j+1, plural(j), j)
		}
	}
	return nil
}

func zipNew(in *Interp, t *Type, args []Object, kwnames []string) (Object, error) {
	npos := len(args) - len(kwnames)
	z := &zipIter{}
	for i, kw := range kwnames {
		if kw != "strict" {
			return nil, Errorf(TypeError, "'%s' is an invalid keyword argument for zip()", kw)
		}
		b, err := Truth(in, args[npos+i])
		if err != nil {
			return nil, err
		}
		z.strict = b
	}
	z.its = make([]Object, npos)
	for i := 0; i < npos; i++ {
		it, err := Iter(in, args[i])
		if err != nil {
			return nil, err
		}
		z.its[i] = it
	}
	return z, nil
}

// mapIter is map(fn, *iterables).
type mapIter struct {
	fn  Object
	its []Object
}

func (*mapIter) Type() *Type { return MapType }
func (m *mapIter) next(in *Interp) (Object, error) {
	args := make([]Object, len(m.its))
	for i, it := range m.its {
		x, err := Next(in, it)
		if err != nil || x == nil {
			return nil, err
		}
		args[i] = x
	}
	return Call(in, m.fn, args, nil)
}

func mapNew(in *Interp, t *Type, args []Object, kwnames []string) (Object, error) {
	if len(kwnames) > 0 {
		return nil, Errorf(TypeError, "map() takes no keyword arguments")
	}
	if len(args) < 2 {
		return nil, Errorf(TypeError, "map() must have at least two arguments.")
	}
	m := &mapIter{fn: args[0], its: make([]Object, len(args)-1)}
	for i, a := range args[1:] {
		it, err := Iter(in, a)
		if err != nil {
			return nil, err
		}
		m.its[i] = it
	}
	return m, nil
}

// filterIter is filter(fn, iterable); fn None keeps the true items.
type filterIter struct {
	fn, it Object
}

func (*filterIter) Type() *Type { return FilterType }
func (f *filterIter) next(in *Interp) (Object, error) {
	for {
		x, err := Next(in, f.it)
		if err != nil || x == nil {
			return nil, err
		}
		var keep bool
		if f.fn == None || f.fn == BoolType {
			keep, err = Truth(in, x)
		} else {
			var r Object
			r, err = Call(in, f.fn, []Object{x}, nil)
			if err == nil {
				keep, err = Truth(in, r)
			}
		}
		if err != nil {
			return nil, err
		}
		if keep {
			return x, nil
		}
	}
}

func filterNew(in *Interp, t *Type, args []Object, kwnames []string) (Object, error) {
	if len(kwnames) > 0 {
		return nil, Errorf(TypeError, "filter() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, Errorf(TypeError, "filter expected 2 arguments, got %d", len(args))
	}
	it, err := Iter(in, args[1])
	if err != nil {
		return nil, err
	}
	return &filterIter{fn: args[0], it: it}, nil
}

// reversedIter is reversed() of a sequence with __len__ and __getitem__.
type reversedIter struct {
	seq Object
	i   int
}

func (*reversedIter) Type() *Type { return ReversedType }
func (r *reversedIter) next(in *Interp) (Object, error) {
	if r.i < 0 || r.seq == nil {
		return nil, nil
	}
	x, err := GetItem(in, r.seq, Int(r.i))
	if err != nil {
		if e, ok := err.(*Exception); ok && (IsSubtype(e.Class, IndexError) || IsSubtype(e.Class, StopIteration)) {
			r.seq = nil
			return nil, nil
		}
		return nil, err
	}
	r.i--
	return x, nil
}

func reversedNew(in *Interp, t *Type, args []Object, kwnames []string) (Object, error) {
	if len(kwnames) > 0 {
		return nil, Errorf(TypeError, "reversed() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, Errorf(TypeError, "reversed expected 1 argument, got %d", len(args))
	}
	return Reversed(in, args[0])
}

// Reversed is reversed(o).
func Reversed(in *Interp, o Object) (Object, error) {
	switch v := o.(type) {
	case *List:
		return &listReverseIterator{l: v, i: len(v.Items) - 1}, nil
	case *Tuple:
		return &reversedIter{seq: v, i: len(v.Items) - 1}, nil
	case *Str:
		return &reversedIter{seq: v, i: v.Len() - 1}, nil
	case *Range:
		if it, ok := v.iterator(true); ok {
			return it, nil
		}
	case *Dict:
		return &dictIterator{d: v, kind: dictIterKeys, reverse: true, pos: len(v.entries) - 1, used: v.used, remaining: v.used}, nil
	case *dictView:
		return &dictIterator{d: v.d, kind: v.kind, reverse: true, pos: len(v.d.entries) - 1, used: v.d.used, remaining: v.d.used}, nil
	}
	m, err := LookupSpecial(in, o, seqNames.reversed)
	if err != nil {
		return nil, err
	}
	if m == None {
		return nil, Errorf(TypeError, "'%s' object is not reversible", TypeName(o))
	}
	if m != nil {
		return Call(in, m, nil, nil)
	}
	if _, isDict := AsDict(o); !isDict && LookupType(o.Type(), seqNames.getitem) != nil && LookupType(o.Type(), seqNames.len_) != nil {
		n, err := Len(in, o)
		if err != nil {
			return nil, err
		}
		return &reversedIter{seq: o, i: n - 1}, nil
	}
	return nil, Errorf(TypeError, "'%s' object is not reversible", TypeName(o))
}
