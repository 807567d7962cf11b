package py

import (
	"strconv"
	"strings"
	"sync"
)

// protocols_seq.go: the abstract protocols over values — repr, str, bool,
// len, iteration, subscription and membership. Each tries a type switch
// over the built-in values first and falls back to the special methods of
// user classes (LookupSpecial + Call).

// seqNames are the interned special-method names the protocols look up.
var seqNames = struct {
	repr, str, bool_, len_, iter, next, getitem, setitem, delitem, contains,
	missing, classGetitem, index, reversed, hash, eq, lt, keys, length_hint *Str
}{
	Intern("__repr__"), Intern("__str__"), Intern("__bool__"), Intern("__len__"),
	Intern("__iter__"), Intern("__next__"), Intern("__getitem__"), Intern("__setitem__"),
	Intern("__delitem__"), Intern("__contains__"), Intern("__missing__"),
	Intern("__class_getitem__"), Intern("__index__"), Intern("__reversed__"),
	Intern("__hash__"), Intern("__eq__"), Intern("__lt__"), Intern("keys"),
	Intern("__length_hint__"),
}

// reprGuard is the set of containers being repr'd, per Interp, so that a
// list containing itself prints as [...] (CPython's Py_ReprEnter).
var reprGuard struct {
	sync.Mutex
	active map[*Interp][]Object
}

// reprDepthEnter bounds the Go recursion of nested container reprs with
// the interpreter's recursion limit; call in.Leave when it succeeded.
func reprDepthEnter(in *Interp) error {
	if in == nil {
		return nil
	}
	return in.Enter(" while getting the repr of an object")
}

func reprDepthLeave(in *Interp) {
	if in != nil {
		in.Leave()
	}
}

// reprEnter records that o is being repr'd; it returns false if o already
// is (a recursive reference), in which case reprLeave must not be called.
func reprEnter(in *Interp, o Object) bool {
	reprGuard.Lock()
	defer reprGuard.Unlock()
	stack := reprGuard.active[in]
	for _, x := range stack {
		if x == o {
			return false
		}
	}
	if reprGuard.active == nil {
		reprGuard.active = map[*Interp][]Object{}
	}
	reprGuard.active[in] = append(stack, o)
	return true
}

func reprLeave(in *Interp, o Object) {
	reprGuard.Lock()
	defer reprGuard.Unlock()
	stack := reprGuard.active[in]
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i] == o {
			stack = append(stack[:i], stack[i+1:]...)
			break
		}
	}
	if len(stack) == 0 {
		delete(reprGuard.active, in)
	} else {
		reprGuard.active[in] = stack
	}
}

// builtinRepr is repr of the built-in values this file knows without
// calling Python code at the top level; ok is false for other values.
func builtinRepr(in *Interp, o Object) (s *Str, ok bool, err error) {
	switch v := o.(type) {
	case *Str:
		return NewStr(strRepr(v.S)), true, nil
	case Int:
		return NewStr(strconv.FormatInt(int64(v), 10)), true, nil
	case Bool:
		if v {
			return Intern("True"), true, nil
		}
		return Intern("False"), true, nil
	case Float:
		return NewStr(FloatRepr(float64(v))), true, nil
	case *NoneType:
		return Intern("None"), true, nil
	case *EllipsisType:
		return Intern("Ellipsis"), true, nil
	case *NotImplementedType:
		return Intern("NotImplemented"), true, nil
	case *List:
		s, err := listRepr(in, v)
		return s, true, err
	case *Tuple:
		s, err := tupleRepr(in, v)
		return s, true, err
	case *Dict:
		s, err := dictRepr(in, v)
		return s, true, err
	case *Set:
		s, err := setRepr(in, v, o.Type())
		return s, true, err
	case *Bytes:
		return NewStr(bytesRepr(v.B)), true, nil
	case *ByteArray:
		return NewStr("bytearray(" + bytesRepr(v.B) + ")"), true, nil
	case *Range:
		return NewStr(rangeRepr(v)), true, nil
	case *Slice:
		s, err := sliceRepr(in, v)
		return NewStr(s), true, err
	case *dictView:
		s, err := dictViewRepr(in, v)
		return s, true, err
	}
	return nil, false, nil
}

// isScalar reports whether o is a built-in value whose repr involves no
// other object (so containers of them need no recursion guard).
func isScalar(o Object) bool {
	switch o.(type) {
	case Int, *Str, Float, Bool, *NoneType:
		return true
	}
	return false
}

func allScalars(items []Object) bool {
	for _, x := range items {
		if !isScalar(x) {
			return false
		}
	}
	return true
}

// appendScalarRepr writes repr(o) for an isScalar value.
func appendScalarRepr(b *strings.Builder, o Object) {
	switch v := o.(type) {
	case Int:
		var buf [24]byte
		b.Write(strconv.AppendInt(buf[:0], int64(v), 10))
	case *Str:
		b.WriteString(quoteStr(v.S, false))
	case Float:
		b.WriteString(FloatRepr(float64(v)))
	case Bool:
		if v {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case *NoneType:
		b.WriteString("None")
	}
}

// appendRepr writes repr(o) into b (scalars without allocating a *Str).
func appendRepr(in *Interp, b *strings.Builder, o Object) error {
	if isScalar(o) {
		appendScalarRepr(b, o)
		return nil
	}
	r, err := Repr(in, o)
	if err != nil {
		return err
	}
	b.WriteString(r.S)
	return nil
}

// Repr is repr(o).
func Repr(in *Interp, o Object) (*Str, error) {
	if s, ok, err := builtinRepr(in, o); ok {
		return s, err
	}
	m, err := LookupSpecial(in, o, seqNames.repr)
	if err != nil {
		return nil, err
	}
	if m == nil {
		return NewStr("<" + TypeName(o) + " object>"), nil
	}
	r, err := Call(in, m, nil, nil)
	if err != nil {
		return nil, err
	}
	s, ok := AsStr(r)
	if !ok {
		return nil, Errorf(TypeError, "__repr__ returned non-string (type %s)", TypeName(r))
	}
	return s, nil
}

// ToStr is str(o).
func ToStr(in *Interp, o Object) (*Str, error) {
	if v, ok := o.(*Str); ok {
		return v, nil
	}
	// The built-in values (other than str) have no __str__ of their own.
	if s, ok, err := builtinRepr(in, o); ok {
		return s, err
	}
	m, err := LookupSpecial(in, o, seqNames.str)
	if err != nil {
		return nil, err
	}
	if m == nil {
		return Repr(in, o)
	}
	r, err := Call(in, m, nil, nil)
	if err != nil {
		return nil, err
	}
	s, ok := AsStr(r)
	if !ok {
		return nil, Errorf(TypeError, "__str__ returned non-string (type %s)", TypeName(r))
	}
	return s, nil
}

// exactStr returns a plain str equal to s (which may be a subclass instance's base).
func exactStr(o Object) *Str {
	s, _ := AsStr(o)
	return s
}

// Truth is bool(o).
func Truth(in *Interp, o Object) (bool, error) {
	switch v := o.(type) {
	case Bool:
		return bool(v), nil
	case Int:
		return v != 0, nil
	case *NoneType:
		return false, nil
	case *Str:
		return len(v.S) > 0, nil
	case *List:
		return len(v.Items) > 0, nil
	case *Tuple:
		return len(v.Items) > 0, nil
	case *Dict:
		return v.used > 0, nil
	case *Set:
		return v.used > 0, nil
	case Float:
		return v != 0, nil
	case *BigInt:
		return true, nil
	case *Bytes:
		return len(v.B) > 0, nil
	case *ByteArray:
		return len(v.B) > 0, nil
	case *Range:
		return v.length > 0, nil
	case Complex:
		return v != 0, nil
	}
	m, err := LookupSpecial(in, o, seqNames.bool_)
	if err != nil {
		return false, err
	}
	if m != nil && m != None {
		r, err := Call(in, m, nil, nil)
		if err != nil {
			return false, err
		}
		b, ok := r.(Bool)
		if !ok {
			return false, Errorf(TypeError, "__bool__ should return bool, returned %s", TypeName(r))
		}
		return bool(b), nil
	}
	m, err = LookupSpecial(in, o, seqNames.len_)
	if err != nil {
		return false, err
	}
	if m != nil && m != None {
		n, err := callLen(in, m)
		return n > 0, err
	}
	return true, nil
}

// callLen calls a bound __len__ and checks its result.
func callLen(in *Interp, m Object) (int, error) {
	r, err := Call(in, m, nil, nil)
	if err != nil {
		return 0, err
	}
	if !isIndexable(in, r) {
		return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(r))
	}
	ro, err := IndexObject(in, r)
	if err != nil {
		return 0, err
	}
	if IntSign(ro) < 0 {
		return 0, Errorf(ValueError, "__len__() should return >= 0")
	}
	n, ok := ro.(Int)
	if !ok {
		return 0, Errorf(OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	return int(n), nil
}

// builtinLen is len() of the built-in containers; ok false for others.
func builtinLen(o Object) (int, bool) {
	switch v := o.(type) {
	case *List:
		return len(v.Items), true
	case *Str:
		return v.Len(), true
	case *Tuple:
		return len(v.Items), true
	case *Dict:
		return v.used, true
	case *Set:
		return v.used, true
	case *Bytes:
		return len(v.B), true
	case *ByteArray:
		return len(v.B), true
	case *Range:
		return v.length, true
	case *dictView:
		return v.d.used, true
	}
	return 0, false
}

// Len is len(o).
func Len(in *Interp, o Object) (int, error) {
	if n, ok := builtinLen(o); ok {
		return n, nil
	}
	m, err := LookupSpecial(in, o, seqNames.len_)
	if err != nil {
		return 0, err
	}
	if m == nil || m == None {
		return 0, Errorf(TypeError, "object of type '%s' has no len()", TypeName(o))
	}
	return callLen(in, m)
}

// isStopIteration reports whether err is a StopIteration exception.
func isStopIteration(err error) bool {
	e, ok := err.(*Exception)
	return ok && IsSubtype(e.Class, StopIteration)
}

// Iter is iter(o).
func Iter(in *Interp, o Object) (Object, error) {
	switch v := o.(type) {
	case *List:
		return &listIterator{l: v}, nil
	case *Tuple:
		return &tupleIterator{t: v}, nil
	case *Str:
		return &strIterator{s: v}, nil
	case *Dict:
		return newDictIterator(v, dictIterKeys), nil
	case *Set:
		return &setIterator{s: v, used: v.used}, nil
	case *Range:
		if it, ok := v.iterator(false); ok {
			return it, nil
		}
	case *Bytes:
		return &bytesIterator{b: v}, nil
	case *ByteArray:
		return &byteArrayIterator{b: v}, nil
	case *dictView:
		return newDictIterator(v.d, v.kind), nil
	case *Generator:
		if v.Kind == KindGenerator {
			return v, nil
		}
	}
	if isBuiltinIterator(o) {
		return o, nil
	}
	m, err := LookupSpecial(in, o, seqNames.iter)
	if err != nil {
		return nil, err
	}
	if m != nil && m != None {
		it, err := Call(in, m, nil, nil)
		if err != nil {
			return nil, err
		}
		if !isIterator(in, it) {
			return nil, Errorf(TypeError, "iter() returned non-iterator of type '%s'", TypeName(it))
		}
		return it, nil
	}
	if m == nil && LookupType(o.Type(), seqNames.getitem) != nil {
		if _, isType := o.(*Type); !isType {
			return &seqIterator{seq: o}, nil
		}
	}
	return nil, Errorf(TypeError, "'%s' object is not iterable", TypeName(o))
}

// isIterator reports whether o has __next__.
func isIterator(in *Interp, o Object) bool {
	if isBuiltinIterator(o) {
		return true
	}
	if g, ok := o.(*Generator); ok {
		return g.Kind == KindGenerator
	}
	n := LookupType(o.Type(), seqNames.next)
	return n != nil && n != None
}

// Next advances an iterator: (nil, nil) at the end.
func Next(in *Interp, it Object) (Object, error) {
	switch v := it.(type) {
	case *listIterator:
		if v.i < len(v.l.Items) {
			x := v.l.Items[v.i]
			v.i++
			return x, nil
		}
		v.i = 1 << 62 // exhausted for good, even if the list grows
		return nil, nil
	case *rangeIterator:
		if v.n > 0 {
			x := v.cur
			v.cur += v.step
			v.n--
			return IntObject(int64(x)), nil
		}
		return nil, nil
	case *tupleIterator:
		if v.i < len(v.t.Items) {
			x := v.t.Items[v.i]
			v.i++
			return x, nil
		}
		return nil, nil
	case *dictIterator:
		return v.advance()
	case *Generator:
		if v.Kind == KindGenerator {
			x, status, err := v.Send(in, None)
			if err != nil || status == GenReturned {
				return nil, err
			}
			return x, nil
		}
	case builtinIterator:
		return v.next(in)
	}
	m, err := LookupSpecial(in, it, seqNames.next)
	if err != nil {
		return nil, err
	}
	if m == nil || m == None {
		return nil, Errorf(TypeError, "'%s' object is not an iterator", TypeName(it))
	}
	x, err := Call(in, m, nil, nil)
	if err != nil {
		if isStopIteration(err) {
			return nil, nil
		}
		return nil, err
	}
	return x, nil
}

// GetItem is o[k].
func GetItem(in *Interp, o, k Object) (Object, error) {
	switch v := o.(type) {
	case *List:
		if i, ok := k.(Int); ok {
			n := len(v.Items)
			j := int(i)
			if j < 0 {
				j += n
			}
			if j < 0 || j >= n {
				return nil, Errorf(IndexError, "list index out of range")
			}
			return v.Items[j], nil
		}
		return listGetItem(in, v, k)
	case *Dict:
		x, ok, err := v.GetItem(in, k)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, keyError(k)
		}
		return x, nil
	case *Tuple:
		return tupleGetItem(in, v, k)
	case *Str:
		return strGetItem(in, v, k)
	case *Range:
		return rangeGetItem(in, v, k)
	case *Bytes:
		return bytesGetItem(in, v.B, k, false)
	case *ByteArray:
		return bytesGetItem(in, v.B, k, true)
	}
	m, err := LookupSpecial(in, o, seqNames.getitem)
	if err != nil {
		return nil, err
	}
	if m != nil && m != None {
		return Call(in, m, []Object{k}, nil)
	}
	if t, ok := o.(*Type); ok {
		cg, err := GetAttrOpt(in, t, seqNames.classGetitem)
		if err != nil {
			return nil, err
		}
		if cg != nil {
			return Call(in, cg, []Object{k}, nil)
		}
		return nil, Errorf(TypeError, "type '%s' is not subscriptable", t.Name)
	}
	return nil, Errorf(TypeError, "'%s' object is not subscriptable", TypeName(o))
}

// keyError builds KeyError(k).
func keyError(k Object) *Exception { return NewException(KeyError, k) }

// SetItem is o[k] = v.
func SetItem(in *Interp, o, k, v Object) error {
	switch c := o.(type) {
	case *List:
		if i, ok := k.(Int); ok {
			j, ok := seqIndex(int(i), len(c.Items))
			if !ok {
				return Errorf(IndexError, "list assignment index out of range")
			}
			c.Items[j] = v
			return nil
		}
		return listSetItem(in, c, k, v)
	case *Dict:
		return c.SetItem(in, k, v)
	case *ByteArray:
		return byteArraySetItem(in, c, k, v)
	case *Str, *Tuple, *Bytes, *Range:
		return Errorf(TypeError, "'%s' object does not support item assignment", TypeName(o))
	}
	m, err := LookupSpecial(in, o, seqNames.setitem)
	if err != nil {
		return err
	}
	if m == nil || m == None {
		return Errorf(TypeError, "'%s' object does not support item assignment", TypeName(o))
	}
	_, err = Call(in, m, []Object{k, v}, nil)
	return err
}

// DelItem is del o[k].
func DelItem(in *Interp, o, k Object) error {
	switch c := o.(type) {
	case *List:
		return listDelItem(in, c, k)
	case *Dict:
		ok, err := c.DelItem(in, k)
		if err == nil && !ok {
			err = keyError(k)
		}
		return err
	case *ByteArray:
		return byteArrayDelItem(in, c, k)
	case *Str, *Tuple, *Bytes, *Range:
		return Errorf(TypeError, "'%s' object doesn't support item deletion", TypeName(o))
	}
	m, err := LookupSpecial(in, o, seqNames.delitem)
	if err != nil {
		return err
	}
	if m == nil || m == None {
		if LookupType(o.Type(), seqNames.getitem) == nil {
			return Errorf(TypeError, "'%s' object does not support item deletion", TypeName(o))
		}
		return Errorf(TypeError, "'%s' object doesn't support item deletion", TypeName(o))
	}
	_, err = Call(in, m, []Object{k}, nil)
	return err
}

// Contains is `k in o`.
func Contains(in *Interp, o, k Object) (bool, error) {
	switch c := o.(type) {
	case *List:
		return seqContains(in, c.Items, k)
	case *Tuple:
		return seqContains(in, c.Items, k)
	case *Dict:
		_, ok, err := c.GetItem(in, k)
		return ok, err
	case *Set:
		return c.Contains(in, k)
	case *Str:
		s, ok := AsStr(k)
		if !ok {
			return false, Errorf(TypeError, "'in <string>' requires string as left operand, not %s", TypeName(k))
		}
		return stringsContains(c.S, s.S), nil
	case *Range:
		return rangeContains(in, c, k)
	case *Bytes:
		return bytesContains(in, c.B, k)
	case *ByteArray:
		return bytesContains(in, c.B, k)
	case *dictView:
		return dictViewContains(in, c, k)
	}
	m, err := LookupSpecial(in, o, seqNames.contains)
	if err != nil {
		return false, err
	}
	if m != nil && m != None {
		r, err := Call(in, m, []Object{k}, nil)
		if err != nil {
			return false, err
		}
		return Truth(in, r)
	}
	it, err := Iter(in, o)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class == TypeError {
			return false, Errorf(TypeError, "argument of type '%s' is not iterable", TypeName(o))
		}
		return false, err
	}
	for {
		x, err := Next(in, it)
		if err != nil || x == nil {
			return false, err
		}
		if eq, err := Eq(in, x, k); err != nil || eq {
			return eq, err
		}
	}
}

// seqContains is `k in items` with identity first, then ==.
func seqContains(in *Interp, items []Object, k Object) (bool, error) {
	for i := 0; i < len(items); i++ {
		x := items[i]
		if x == k {
			return true, nil
		}
		switch keysSame(x, k) {
		case 1:
			return true, nil
		case 0:
			continue
		}
		eq, err := Eq(in, x, k)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// Collect runs an iterable to the end into a slice (always a fresh one).
func Collect(in *Interp, o Object) ([]Object, error) {
	switch v := o.(type) {
	case *List:
		return append([]Object(nil), v.Items...), nil
	case *Tuple:
		return append([]Object(nil), v.Items...), nil
	case *Dict:
		return v.Keys(), nil
	case *Set:
		return v.Items(), nil
	case *Range:
		out := make([]Object, v.length)
		for i := range out {
			out[i] = IntObject(int64(v.at(i)))
		}
		return out, nil
	}
	it, err := Iter(in, o)
	if err != nil {
		return nil, err
	}
	var out []Object
	if n, ok := builtinLen(o); ok {
		out = make([]Object, 0, n)
	}
	for {
		x, err := Next(in, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			return out, nil
		}
		out = append(out, x)
	}
}
