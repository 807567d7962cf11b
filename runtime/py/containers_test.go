package py

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Expected values below were printed by python3.11.

func ints(vs ...int) []Object {
	out := make([]Object, len(vs))
	for i, v := range vs {
		out[i] = Int(v)
	}
	return out
}

func reprOf(t *testing.T, o Object) string {
	t.Helper()
	r, err := Repr(testIn(), o)
	require.NoError(t, err)
	return r.S
}

func TestListSliceAssignment(t *testing.T) {
	for _, c := range []struct {
		name  string
		slice *Slice
		value Object
		del   bool
		want  string
	}{
		{"replace grows", NewSlice(Int(1), Int(3), nil), NewList(strs("a", "b", "c")), false, "[1, 'a', 'b', 'c', 4, 5, 6]"},
		{"delete step 2", NewSlice(nil, nil, Int(2)), nil, true, "[2, 4, 6]"},
		{"delete step -2", NewSlice(nil, nil, Int(-2)), nil, true, "[1, 3, 5]"},
		{"assign step -2", NewSlice(nil, nil, Int(-2)), NewList(ints(7, 8, 9)), false, "[1, 9, 3, 8, 5, 7]"},
		{"append past end", NewSlice(Int(10), nil, nil), NewTuple(Int(7)), false, "[1, 2, 3, 4, 5, 6, 7]"},
	} {
		l := NewList(ints(1, 2, 3, 4, 5, 6))
		var err error
		if c.del {
			err = DelItem(testIn(), l, c.slice)
		} else {
			err = SetItem(testIn(), l, c.slice, c.value)
		}
		require.NoError(t, err, c.name)
		require.Equal(t, c.want, reprOf(t, l), c.name)
	}
	l := NewList(ints(1, 2, 3))
	require.NoError(t, SetItem(testIn(), l, NewSlice(nil, Int(0), nil), l))
	require.Equal(t, "[1, 2, 3, 1, 2, 3]", reprOf(t, l), "l[:0] = l inserts a copy")
	err := SetItem(testIn(), NewList(ints(1, 2, 3)), NewSlice(nil, nil, Int(2)), NewList(ints(1)))
	require.EqualError(t, err, "ValueError: attempt to assign sequence of size 1 to extended slice of size 2")
	err = SetItem(testIn(), NewList(ints(1)), Int(5), Int(0))
	require.EqualError(t, err, "IndexError: list assignment index out of range")
	err = SetItem(testIn(), NewTuple(Int(1)), Int(0), Int(0))
	require.EqualError(t, err, "TypeError: 'tuple' object does not support item assignment")
	err = DelItem(testIn(), NewTuple(Int(1)), Int(0))
	require.EqualError(t, err, "TypeError: 'tuple' object doesn't support item deletion")
}

func TestSequenceSlicing(t *testing.T) {
	l := NewList(ints(0, 1, 2, 3, 4, 5, 6, 7, 8, 9))
	v, err := GetItem(testIn(), l, NewSlice(Int(-3), Int(1), Int(-2)))
	require.NoError(t, err)
	require.Equal(t, "[7, 5, 3]", reprOf(t, v))
	v, err = GetItem(testIn(), NewTuple(ints(1, 2, 3)...), NewSlice(Int(1), nil, nil))
	require.NoError(t, err)
	require.Equal(t, "(2, 3)", reprOf(t, v))
	_, err = GetItem(testIn(), l, Int(10))
	require.EqualError(t, err, "IndexError: list index out of range")
	_, err = GetItem(testIn(), NewTuple(), Int(0))
	require.EqualError(t, err, "IndexError: tuple index out of range")
	v, err = GetItem(testIn(), NewRange(0, 10, 1), NewSlice(Int(2), Int(8), Int(3)))
	require.NoError(t, err)
	require.Equal(t, "range(2, 8, 3)", reprOf(t, v))
	v, err = GetItem(testIn(), NewRange(0, 10, 1), NewSlice(nil, nil, Int(-1)))
	require.NoError(t, err)
	require.Equal(t, "range(9, -1, -1)", reprOf(t, v))
	_, err = GetItem(testIn(), NewRange(0, 5, 1), Int(10))
	require.EqualError(t, err, "IndexError: range object index out of range")
}

func TestContainerReprs(t *testing.T) {
	l := NewList(ints(1))
	l.Append(l)
	require.Equal(t, "[1, [...]]", reprOf(t, l))
	d := NewDict()
	d.SetStr(NewStr("a"), Int(1))
	d.SetStr(NewStr("self"), d)
	require.Equal(t, "{'a': 1, 'self': {...}}", reprOf(t, d))
	inner := NewList(nil)
	tup := NewTuple(inner)
	inner.Append(tup)
	require.Equal(t, "([(...)],)", reprOf(t, tup))

	d2 := NewDict()
	require.NoError(t, d2.SetItem(testIn(), Int(1), NewStr("x")))
	require.NoError(t, d2.SetItem(testIn(), NewStr("k"), NewTuple(Int(1))))
	require.NoError(t, d2.SetItem(testIn(), None, NewList([]Object{Float(2.5)})))
	require.Equal(t, "{1: 'x', 'k': (1,), None: [2.5]}", reprOf(t, d2))
	require.Equal(t, "{}", reprOf(t, NewDict()))
	require.Equal(t, "set()", reprOf(t, NewSet()))
	require.Equal(t, "frozenset()", reprOf(t, NewFrozenSet()))
	fs, err := setFromIterable(testIn(), NewList(ints(1, 2)), true)
	require.NoError(t, err)
	require.Equal(t, "frozenset({1, 2})", reprOf(t, fs))
	s, err := setFromIterable(testIn(), NewList([]Object{NewTuple(ints(1, 2)...), NewTuple(ints(3, 4)...)}), false)
	require.NoError(t, err)
	require.Equal(t, "{(1, 2), (3, 4)}", reprOf(t, s))
	one := NewDict()
	one.SetStr(NewStr("a"), Int(1))
	require.Equal(t, "dict_keys(['a'])", reprOf(t, &dictView{one, dictIterKeys}))
	require.Equal(t, "dict_values([1])", reprOf(t, &dictView{one, dictIterValues}))
	require.Equal(t, "dict_items([('a', 1)])", reprOf(t, &dictView{one, dictIterItems}))
	require.Equal(t, "range(0, 10, 3)", reprOf(t, NewRange(0, 10, 3)))
	require.Equal(t, "range(0, 5)", reprOf(t, NewRange(0, 5, 1)))
	require.Equal(t, "slice(1, 2, None)", reprOf(t, NewSlice(Int(1), Int(2), nil)))
	require.Equal(t, "Ellipsis", reprOf(t, Ellipsis))
	require.Equal(t, `b'\x00\x7fa\'b"'`, reprOf(t, &Bytes{B: []byte("\x00\x7fa'b\"")}))
	require.Equal(t, `b"it's"`, reprOf(t, &Bytes{B: []byte("it's")}))
	require.Equal(t, `bytearray(b'xy')`, reprOf(t, &ByteArray{B: []byte("xy")}))
	require.Equal(t, `b'\\'`, reprOf(t, &Bytes{B: []byte(`\`)}))
}

func TestDictBasics(t *testing.T) {
	d := NewDict()
	for i := 0; i < 1000; i++ {
		require.NoError(t, d.SetItem(testIn(), Int(i), Int(i*i)))
	}
	for i := 0; i < 1000; i += 2 {
		ok, err := d.DelItem(testIn(), Int(i))
		require.NoError(t, err)
		require.True(t, ok)
	}
	require.Equal(t, 500, d.Len())
	v, ok, err := d.GetItem(testIn(), Int(999))
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, Int(999*999), v)
	_, ok, _ = d.GetItem(testIn(), Int(998))
	require.False(t, ok)
	keys := d.Keys()
	require.Equal(t, Int(1), keys[0], "insertion order survives deletions")
	require.Equal(t, Int(999), keys[len(keys)-1])

	// Str keys: interned and fresh strings find the same entry.
	s := NewDict()
	s.SetStr(Intern("name"), Int(1))
	got, ok := s.GetStr(NewStr("name"))
	require.True(t, ok)
	require.Equal(t, Int(1), got)
	s.SetStr(NewStr("name"), Int(2))
	require.Equal(t, 1, s.Len())
	require.True(t, s.DelStr(Intern("name")))
	require.Equal(t, 0, s.Len())

	// 1, 1.0 and True are the same key; the first key object is kept.
	m := NewDict()
	require.NoError(t, m.SetItem(testIn(), Int(1), NewStr("int")))
	require.NoError(t, m.SetItem(testIn(), Float(1.0), NewStr("float")))
	require.NoError(t, m.SetItem(testIn(), True, NewStr("bool")))
	require.Equal(t, "{1: 'bool'}", reprOf(t, m))

	// popitem order and error.
	p := NewDict()
	require.NoError(t, p.SetItem(testIn(), Int(1), Int(1)))
	require.NoError(t, p.SetItem(testIn(), Int(2), Int(2)))
	it, ok := p.popLast()
	require.True(t, ok)
	require.Equal(t, Int(2), it.Key)
	v, err = callMeth(t, DictType, "popitem", NewDict())
	require.EqualError(t, err, "KeyError: 'popitem(): dictionary is empty'")
	_ = v
	_, err = GetItem(testIn(), NewDict(), NewTuple(ints(1, 2)...))
	e := err.(*Exception)
	require.Equal(t, KeyError, e.Class)
	require.Equal(t, "(1, 2)", reprOf(t, e.Args.Items[0]))
}

func TestDictChangedDuringIteration(t *testing.T) {
	d := NewDict()
	require.NoError(t, d.SetItem(testIn(), Int(1), Int(1)))
	require.NoError(t, d.SetItem(testIn(), Int(2), Int(2)))
	it, err := Iter(testIn(), d)
	require.NoError(t, err)
	_, err = Next(testIn(), it)
	require.NoError(t, err)
	require.NoError(t, d.SetItem(testIn(), Int(3), Int(3)))
	_, err = Next(testIn(), it)
	require.EqualError(t, err, "RuntimeError: dictionary changed size during iteration")

	// Same size, different keys: CPython notices when it runs past the
	// original number of items.
	d2 := NewDict()
	require.NoError(t, d2.SetItem(testIn(), Int(1), Int(1)))
	it, _ = Iter(testIn(), d2)
	_, err = Next(testIn(), it)
	require.NoError(t, err)
	_, err = d2.DelItem(testIn(), Int(1))
	require.NoError(t, err)
	require.NoError(t, d2.SetItem(testIn(), Int(2), Int(2)))
	_, err = Next(testIn(), it)
	require.EqualError(t, err, "RuntimeError: dictionary keys changed during iteration")

	s := NewSet()
	require.NoError(t, s.Add(testIn(), Int(1)))
	sit, _ := Iter(testIn(), s)
	require.NoError(t, s.Add(testIn(), Int(2)))
	_, err = Next(testIn(), sit)
	require.EqualError(t, err, "RuntimeError: Set changed size during iteration")
}

func TestSetsOfEqualNumbers(t *testing.T) {
	s, err := setFromIterable(testIn(), NewList([]Object{Int(1), Float(1.0), True}), false)
	require.NoError(t, err)
	require.Equal(t, "{1}", reprOf(t, s))
	s, err = setFromIterable(testIn(), NewList([]Object{True, Int(1)}), false)
	require.NoError(t, err)
	require.Equal(t, "{True}", reprOf(t, s))
}

func TestSequenceComparison(t *testing.T) {
	for _, c := range []struct {
		a, b []Object
		op   CompareOp
		want bool
	}{
		{ints(1, 2), ints(1, 2, 3), CmpLT, true},
		{ints(1, 2), ints(1, 3), CmpLT, true},
		{ints(1, 2), ints(1, 2), CmpEQ, true},
		{ints(3), ints(2, 9), CmpGT, true},
		{ints(1, 2), ints(1, 2), CmpNE, false},
		{ints(1, 2, 3), ints(1, 2), CmpLE, false},
	} {
		r, err := seqCompare(testIn(), c.a, c.b, c.op)
		require.NoError(t, err)
		require.Equal(t, Bool(c.want), r, "%v %v %v", c.a, c.op, c.b)
	}
}

func TestSortIsStable(t *testing.T) {
	// sorted(pairs, key=lambda p: p[0]) in python3.11:
	// [(0, 'a'), (0, 'b'), (1, 'b'), (1, 'a')]
	pairs := []sortPair{
		{Int(1), NewStr("b")}, {Int(0), NewStr("a")}, {Int(1), NewStr("a")}, {Int(0), NewStr("b")},
	}
	require.NoError(t, mergeSort(pairs, func(a, b sortPair) (bool, error) { return lessThan(testIn(), a.key, b.key) }))
	var got []string
	for _, p := range pairs {
		got = append(got, reprOf(t, NewTuple(p.key, p.value)))
	}
	require.Equal(t, []string{"(0, 'a')", "(0, 'b')", "(1, 'b')", "(1, 'a')"}, got)

	// A long list with many equal keys keeps their order.
	n := 2000
	big := make([]sortPair, n)
	for i := range big {
		big[i] = sortPair{Int((i * 7919) % 13), Int(i)}
	}
	require.NoError(t, mergeSort(big, func(a, b sortPair) (bool, error) { return lessThan(testIn(), a.key, b.key) }))
	for i := 1; i < n; i++ {
		ka, kb := big[i-1].key.(Int), big[i].key.(Int)
		require.True(t, ka < kb || ka == kb && big[i-1].value.(Int) < big[i].value.(Int), "stable at %d", i)
	}

	l := NewList([]Object{Float(2.5), Int(1), Float(-3), Int(10), Int(2)})
	require.NoError(t, SortList(testIn(), l, nil, false))
	require.Equal(t, "[-3.0, 1, 2, 2.5, 10]", reprOf(t, l))
	l = NewList(strs("b", "A", "c", "a"))
	require.NoError(t, SortList(testIn(), l, nil, true))
	require.Equal(t, "['c', 'b', 'a', 'A']", reprOf(t, l))
}

func TestListMethods(t *testing.T) {
	l := NewList(ints(1, 2, 3))
	_, err := callMeth(t, ListType, "remove", l, Int(9))
	require.EqualError(t, err, "ValueError: list.remove(x): x not in list")
	_, err = callMeth(t, ListType, "index", l, Int(9))
	require.EqualError(t, err, "ValueError: 9 is not in list")
	_, err = callMeth(t, ListType, "pop", NewList(nil))
	require.EqualError(t, err, "IndexError: pop from empty list")
	_, err = callMeth(t, ListType, "pop", l, Int(5))
	require.EqualError(t, err, "IndexError: pop index out of range")
	_, err = callMeth(t, ListType, "append", l)
	require.EqualError(t, err, "TypeError: list.append() takes exactly one argument (0 given)")
	_, err = callMeth(t, TupleType, "index", NewTuple(Int(1)), Int(2))
	require.EqualError(t, err, "ValueError: tuple.index(x): x not in tuple")
	v, err := callMeth(t, ListType, "pop", l, Int(0))
	require.NoError(t, err)
	require.Equal(t, Int(1), v)
	_, err = callMeth(t, ListType, "insert", l, Int(-10), Int(0))
	require.NoError(t, err)
	_, err = callMeth(t, ListType, "insert", l, Int(10), Int(9))
	require.NoError(t, err)
	require.Equal(t, "[0, 2, 3, 9]", reprOf(t, l))
	v, err = callMeth(t, ListType, "__add__", l, NewTuple())
	require.EqualError(t, err, `TypeError: can only concatenate list (not "tuple") to list`)
	v, err = callMeth(t, ListType, "__mul__", NewList(ints(1, 2)), Int(2))
	require.NoError(t, err)
	require.Equal(t, "[1, 2, 1, 2]", reprOf(t, v))
	v, err = callMeth(t, ListType, "__mul__", NewList(ints(1, 2)), NewStr("x"))
	require.NoError(t, err)
	require.Equal(t, NotImplemented, v)
}

func TestTupleHashMatchesCPython(t *testing.T) {
	// hash(()) and hash((1, 2)), hash((1, (2, 3))), hash(('',)) from python3.11
	// (str hashes are randomised, so only int tuples are compared).
	for _, c := range []struct {
		t    *Tuple
		want int64
	}{
		{NewTuple(), 5740354900026072187},
		{NewTuple(Int(1), Int(2)), -3550055125485641917},
		{NewTuple(Int(1), NewTuple(Int(2), Int(3))), 7267574591690527098},
		{NewTuple(Int(-1)), 8078679518589016365},
	} {
		h, err := TupleHash(testIn(), c.t)
		require.NoError(t, err)
		require.Equal(t, c.want, h, "hash of %s", reprOf(t, c.t))
	}
}
