package py

import "strings"

// list.go: the list object: construction, subscription with slices,
// comparison, repr and the list methods.
//
// Construction follows CPython's split: ListType.New (list.__new__) makes
// an empty list (or an *Instance of a subclass around one) and
// list.__init__ fills it. NewListFrom is the one-step form for Go callers.

// NewList wraps a slice (not copied).
func NewList(items []Object) *List { return &List{Items: items} }

// AsList unwraps a list or an instance of a list subclass.
func AsList(o Object) (*List, bool) {
	switch o := o.(type) {
	case *List:
		return o, true
	case *Instance:
		if l, ok := o.Base.(*List); ok {
			return l, true
		}
	}
	return nil, false
}

// Append is list.append(v).
func (l *List) Append(v Object) { l.Items = append(l.Items, v) }

// NewListFrom is list(iterable).
func NewListFrom(in *Interp, iterable Object) (*List, error) {
	items, err := Collect(in, iterable)
	if err != nil {
		return nil, err
	}
	return &List{Items: items}, nil
}

// newBuiltinInstance makes the object for t(...) where t is the built-in
// type solid or a subclass of it: base itself, or an *Instance around it.
func newBuiltinInstance(t, solid *Type, base Object) Object {
	if t == solid {
		return base
	}
	inst := &Instance{Class: t, Base: base}
	if t.nslots > 0 {
		inst.Slots = make([]Object, t.nslots)
	}
	return inst
}

func listNew(in *Interp, t *Type, args []Object, kwnames []string) (Object, error) {
	return newBuiltinInstance(t, ListType, &List{}), nil
}

func listInit(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
	l, _ := AsList(self)
	if t := self.Type(); len(kwnames) > 0 && t == ListType {
		return nil, Errorf(TypeError, "list() takes no keyword arguments")
	}
	if err := argsRange("list", "list", args, nil, 0, 1); err != nil {
		return nil, err
	}
	l.Items = nil
	if len(args) == 1 {
		items, err := Collect(in, args[0])
		if err != nil {
			return nil, err
		}
		l.Items = items
	}
	return None, nil
}

// listGetItem is l[k] for a slice or a non-Int index.
func listGetItem(in *Interp, l *List, k Object) (Object, error) {
	if s, ok := k.(*Slice); ok {
		items, err := sliceItemsErr(in, l.Items, s)
		if err != nil {
			return nil, err
		}
		return &List{Items: items}, nil
	}
	i, err := itemIndex(in, k, "list")
	if err != nil {
		return nil, err
	}
	j, ok := seqIndex(i, len(l.Items))
	if !ok {
		return nil, Errorf(IndexError, "list index out of range")
	}
	return l.Items[j], nil
}

// sliceItemsErr returns a fresh slice of the items selected by s.
func sliceItemsErr(in *Interp, items []Object, s *Slice) ([]Object, error) {
	start, _, step, n, err := s.Indices(in, len(items))
	if err != nil {
		return nil, err
	}
	out := make([]Object, n)
	if step == 1 {
		copy(out, items[start:start+n])
		return out, nil
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		out[i] = items[j]
	}
	return out, nil
}

// listSetItem is l[k] = v for a slice or a non-Int index.
func listSetItem(in *Interp, l *List, k, v Object) error {
	s, ok := k.(*Slice)
	if !ok {
		i, err := itemIndex(in, k, "list")
		if err != nil {
			return err
		}
		j, ok := seqIndex(i, len(l.Items))
		if !ok {
			return Errorf(IndexError, "list assignment index out of range")
		}
		l.Items[j] = v
		return nil
	}
	start, stop, step, n, err := s.Indices(in, len(l.Items))
	if err != nil {
		return err
	}
	var src []Object
	if o, ok := AsList(v); ok {
		src = append([]Object(nil), o.Items...)
	} else if o, ok := AsTuple(v); ok {
		src = o.Items
	} else {
		if _, err := Iter(in, v); err != nil {
			if step == 1 {
				return Errorf(TypeError, "can only assign an iterable")
			}
			return Errorf(TypeError, "must assign iterable to extended slice")
		}
		if src, err = Collect(in, v); err != nil {
			return err
		}
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		l.Items = replaceRange(l.Items, start, stop, src)
		return nil
	}
	if len(src) != n {
		return Errorf(ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(src), n)
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		l.Items[j] = src[i]
	}
	return nil
}

// replaceRange replaces items[start:stop] with src.
func replaceRange(items []Object, start, stop int, src []Object) []Object {
	tail := len(items) - stop
	newLen := start + len(src) + tail
	if newLen <= cap(items) && len(src) <= stop-start {
		copy(items[start:], src)
		copy(items[start+len(src):], items[stop:])
		clear(items[newLen:])
		return items[:newLen]
	}
	out := make([]Object, newLen, newLen+newLen/8)
	copy(out, items[:start])
	copy(out[start:], src)
	copy(out[start+len(src):], items[stop:])
	return out
}

// listDelItem is del l[k].
func listDelItem(in *Interp, l *List, k Object) error {
	s, ok := k.(*Slice)
	if !ok {
		i, err := itemIndex(in, k, "list")
		if err != nil {
			return err
		}
		j, ok := seqIndex(i, len(l.Items))
		if !ok {
			return Errorf(IndexError, "list assignment index out of range")
		}
		l.Items = replaceRange(l.Items, j, j+1, nil)
		return nil
	}
	start, stop, step, n, err := s.Indices(in, len(l.Items))
	if err != nil {
		return err
	}
	if n == 0 {
		return nil
	}
	if step == 1 {
		l.Items = replaceRange(l.Items, start, stop, nil)
		return nil
	}
	if step < 0 {
		// Walk the same positions upwards.
		start = start + (n-1)*step
		step = -step
	}
	out := make([]Object, 0, len(l.Items)-n)
	next := start
	for i, x := range l.Items {
		if i == next && n > 0 {
			next += step
			n--
			continue
		}
		out = append(out, x)
	}
	l.Items = out
	return nil
}

// seqRepr writes "[a, b]" / "(a, b)" with a recursion guard.
func seqRepr(in *Interp, o Object, items []Object, open, close, recursive string) (*Str, error) {
	if len(items) == 0 {
		return NewStr(open + close), nil
	}
	var b strings.Builder
	b.WriteString(open)
	if allScalars(items) {
		// Nothing inside can refer back to o: no guard needed.
		for i, x := range items {
			if i > 0 {
				b.WriteString(", ")
			}
			appendScalarRepr(&b, x)
		}
		b.WriteString(close)
		return NewStr(b.String()), nil
	}
	if !reprEnter(in, o) {
		return NewStr(recursive), nil
	}
	defer reprLeave(in, o)
	if err := reprDepthEnter(in); err != nil {
		return nil, err
	}
	defer reprDepthLeave(in)
	for i := 0; i < len(items); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		if err := appendRepr(in, &b, items[i]); err != nil {
			return nil, err
		}
	}
	b.WriteString(close)
	return NewStr(b.String()), nil
}

func listRepr(in *Interp, l *List) (*Str, error) {
	return seqRepr(in, l, l.Items, "[", "]", "[...]")
}

// seqCompare is CPython's list/tuple rich comparison.
func seqCompare(in *Interp, a, b []Object, op CompareOp) (Object, error) {
	if len(a) != len(b) && (op == CmpEQ || op == CmpNE) {
		return Bool(op == CmpNE), nil
	}
	i := 0
	for ; i < len(a) && i < len(b); i++ {
		eq, err := Eq(in, a[i], b[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			break
		}
	}
	if i >= len(a) || i >= len(b) {
		return Bool(cmpResult(len(a)-len(b), op)), nil
	}
	switch op {
	case CmpEQ:
		return False, nil
	case CmpNE:
		return True, nil
	}
	return RichCompare(in, a[i], b[i], op)
}

// repeatItems is items * n.
func repeatItems(items []Object, n int) ([]Object, error) {
	if n <= 0 || len(items) == 0 {
		return []Object{}, nil
	}
	if n > MaxAllocBytes/16/len(items) {
		return nil, NewException(MemoryError)
	}
	out := make([]Object, 0, len(items)*n)
	for i := 0; i < n; i++ {
		out = append(out, items...)
	}
	return out, nil
}

// repeatCount converts the right operand of sequence * n; ok is false if
// it is not an int (the caller returns NotImplemented).
func repeatCount(in *Interp, o Object) (int, bool, error) {
	switch v := o.(type) {
	case Int:
		return int(v), true, nil
	case Bool:
		if v {
			return 1, true, nil
		}
		return 0, true, nil
	}
	if !isIndexable(in, o) {
		return 0, false, nil
	}
	io, err := IndexObject(in, o)
	if err != nil {
		return 0, true, err
	}
	if v, ok := io.(Int); ok {
		return int(v), true, nil
	}
	if IntSign(io) < 0 {
		return 0, true, nil
	}
	return 0, true, Errorf(OverflowError, "cannot fit '%s' into an index-sized integer", TypeName(o))
}

// findIndex implements list.index / tuple.index's search range.
func findItem(in *Interp, items []Object, x Object, args []Object) (int, error) {
	start, stop := 0, len(items)
	var err error
	if len(args) > 0 {
		if start, err = indexBound(in, args[0], len(items)); err != nil {
			return 0, err
		}
	}
	if len(args) > 1 {
		if stop, err = indexBound(in, args[1], len(items)); err != nil {
			return 0, err
		}
	}
	for i := start; i < stop && i < len(items); i++ {
		if items[i] == x {
			return i, nil
		}
		eq, err := Eq(in, items[i], x)
		if err != nil {
			return 0, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

// indexBound converts index()'s start/stop (negative from the end, clamped).
func indexBound(in *Interp, o Object, n int) (int, error) {
	if !isIndexable(in, o) {
		return 0, Errorf(TypeError, "slice indices must be integers or have an __index__ method")
	}
	i, err := sliceIndex(in, o)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	return i, nil
}

func countItems(in *Interp, items []Object, x Object) (int, error) {
	n := 0
	for i := 0; i < len(items); i++ {
		if items[i] == x {
			n++
			continue
		}
		eq, err := Eq(in, items[i], x)
		if err != nil {
			return 0, err
		}
		if eq {
			n++
		}
	}
	return n, nil
}

// listMethod adapts a func over the unwrapped *List to a Method.
func listMethod(f func(in *Interp, l *List, args []Object, kwnames []string) (Object, error)) Method {
	return func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		l, ok := AsList(self)
		if !ok {
			return nil, Errorf(TypeError, "descriptor requires a 'list' object but received a '%s'", TypeName(self))
		}
		return f(in, l, args, kwnames)
	}
}

// listExtend appends every item of an iterable.
func listExtend(in *Interp, l *List, it Object) error {
	switch v := it.(type) {
	case *List:
		l.Items = append(l.Items, v.Items...)
		return nil
	case *Tuple:
		l.Items = append(l.Items, v.Items...)
		return nil
	}
	items, err := Collect(in, it)
	if err != nil {
		return err
	}
	l.Items = append(l.Items, items...)
	return nil
}

func init() {
	OnSetup(func() {
		t := ListType
		t.New = listNew
		t.AddAttr("__hash__", None)
		t.AddMethod("__init__", listInit)
		t.AddMethod("append", listMethod(func(in *Interp, l *List, args []Object, kwnames []string) (Object, error) {
			x, err := argsOne("list.append", args, kwnames)
			if err != nil {
				return nil, err
			}
			l.Items = append(l.Items, x)
			return None, nil
		}))
		t.AddMethod("extend", listMethod(func(in *Interp, l *List, args []Object, kwnames []string) (Object, error) {
			x, err := argsOne("list.extend", args, kwnames)
			if err != nil {
				return nil, err
			}
			return None, listExtend(in, l, x)
		}))
		t.AddMethod("insert", listMethod(func(in *Interp, l *List, args []Object, kwnames []string) (Object, error) {
			if err := argsRange("list.insert", "insert", args, kwnames, 2, 2); err != nil {
				return nil, err
			}
			i, err := argIndexMsg(in, args[0])
			if err != nil {
				return nil, err
			}
			n := len(l.Items)
			if i < 0 {
				i += n
				if i < 0 {
					i = 0
				}
			} else if i > n {
				i = n
			}
			l.Items = append(l.Items, nil)
			copy(l.Items[i+1:], l.Items[i:])
			l.Items[i] = args[1]
			return None, nil
		}))
		t.AddMethod("pop", listMethod(func(in *Interp, l *List, args []Object, kwnames []string) (Object, error) {
			if err := argsRange("list.pop", "pop", args, kwnames, 0, 1); err != nil {
				return nil, err
			}
			i := -1
			if len(args) == 1 {
				var err error
				if i, err = argIndexMsg(in, args[0]); err != nil {
					return nil, err
				}
			}
			n := len(l.Items)
			if n == 0 {
				return nil, Errorf(IndexError, "pop from empty list")
			}
			j, ok := seqIndex(i, n)
			if !ok {
				return nil, Errorf(IndexError, "pop index out of range")
			}
			x := l.Items[j]
			if j == n-1 {
				l.Items[j] = nil
				l.Items = l.Items[:j]
			} else {
				l.Items = replaceRange(l.Items, j, j+1, nil)
			}
			return x, nil
		}))
		t.AddMethod("remove", listMethod(func(in *Interp, l *List, args []Object, kwnames []string) (Object, error) {
			x, err := argsOne("list.remove", args, kwnames)
			if err != nil {
				return nil, err
			}
			i, err := findItem(in, l.Items, x, nil)
			if err != nil {
				return nil, err
			}
			if i < 0 {
				return nil, Errorf(ValueError, "list.remove(x): x not in list")
			}
			l.Items = replaceRange(l.Items, i, i+1, nil)
			return None, nil
		}))
		t.AddMethod("index", listMethod(func(in *Interp, l *List, args []Object, kwnames []string) (Object, error) {
			if err := argsRange("list.index", "index", args, kwnames, 1, 3); err != nil {
				return nil, err
			}
			i, err := findItem(in, l.Items, args[0], args[1:])
			if err != nil {
				return nil, err
			}
			if i < 0 {
				r, err := Repr(in, args[0])
				if err != nil {
					return nil, err
				}
				return nil, Errorf(ValueError, "%s is not in list", r.S)
			}
			return Int(i), nil
		}))
		t.AddMethod("count", listMethod(func(in *Interp, l *List, args []Object, kwnames []string) (Object, error) {
			x, err := argsOne("list.count", args, kwnames)
			if err != nil {
				return nil, err
			}
			n, err := countItems(in, l.Items, x)
			return Int(n), err
		}))
		t.AddMethod("clear", listMethod(func(in *Interp, l *List, args []Object, kwnames []string) (Object, error) {
			if err := argsNone("list.clear", args, kwnames); err != nil {
				return nil, err
			}
			l.Items = nil
			return None, nil
		}))
		t.AddMethod("copy", listMethod(func(in *Interp, l *List, args []Object, kwnames []string) (Object, error) {
			if err := argsNone("list.copy", args, kwnames); err != nil {
				return nil, err
			}
			return &List{Items: append([]Object(nil), l.Items...)}, nil
		}))
		t.AddMethod("reverse", listMethod(func(in *Interp, l *List, args []Object, kwnames []string) (Object, error) {
			if err := argsNone("list.reverse", args, kwnames); err != nil {
				return nil, err
			}
			reverseItems(l.Items)
			return None, nil
		}))
		t.AddMethod("sort", listMethod(func(in *Interp, l *List, args []Object, kwnames []string) (Object, error) {
			var a [2]Object
			if err := kwOnly("sort", args, kwnames, []string{"key", "reverse"}, a[:]); err != nil {
				return nil, err
			}
			return None, sortListArgs(in, l, a[0], a[1])
		}))
		t.AddMethod("__len__", listMethod(func(in *Interp, l *List, args []Object, kwnames []string) (Object, error) {
			return Int(len(l.Items)), nil
		}))
		t.AddMethod("__iter__", listMethod(func(in *Interp, l *List, args []Object, kwnames []string) (Object, error) {
			return &listIterator{l: l}, nil
		}))
		t.AddMethod("__reversed__", listMethod(func(in *Interp, l *List, args []Object, kwnames []string) (Object, error) {
			return &listReverseIterator{l: l, i: len(l.Items) - 1}, nil
		}))
		t.AddMethod("__repr__", listMethod(func(in *Interp, l *List, args []Object, kwnames []string) (Object, error) {
			return listRepr(in, l)
		}))
		t.AddMethod("__getitem__", listMethod(func(in *Interp, l *List, args []Object, kwnames []string) (Object, error) {
			k, err := argsOne("list.__getitem__", args, kwnames)
			if err != nil {
				return nil, err
			}
			return GetItem(in, l, k)
		}))
		t.AddMethod("__setitem__", listMethod(func(in *Interp, l *List, args []Object, kwnames []string) (Object, error) {
			if err := argsRange("list.__setitem__", "__setitem__", args, kwnames, 2, 2); err != nil {
				return nil, err
			}
			return None, SetItem(in, l, args[0], args[1])
		}))
		t.AddMethod("__delitem__", listMethod(func(in *Interp, l *List, args []Object, kwnames []string) (Object, error) {
			k, err := argsOne("list.__delitem__", args, kwnames)
			if err != nil {
				return nil, err
			}
			return None, listDelItem(in, l, k)
		}))
		t.AddMethod("__contains__", listMethod(func(in *Interp, l *List, args []Object, kwnames []string) (Object, error) {
			k, err := argsOne("list.__contains__", args, kwnames)
			if err != nil {
				return nil, err
			}
			ok, err := seqContains(in, l.Items, k)
			return Bool(ok), err
		}))
		t.AddMethod("__add__", listMethod(func(in *Interp, l *List, args []Object, kwnames []string) (Object, error) {
			o, ok := AsList(args[0])
			if !ok {
				return nil, Errorf(TypeError, "can only concatenate list (not \"%s\") to list", TypeName(args[0]))
			}
			out := make([]Object, 0, len(l.Items)+len(o.Items))
			out = append(append(out, l.Items...), o.Items...)
			return &List{Items: out}, nil
		}))
		t.AddMethod("__iadd__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
			l, _ := AsList(self)
			if err := listExtend(in, l, args[0]); err != nil {
				return nil, err
			}
			return self, nil
		})
		mul := listMethod(func(in *Interp, l *List, args []Object, kwnames []string) (Object, error) {
			n, ok, err := repeatCount(in, args[0])
			if !ok || err != nil {
				return NotImplemented, err
			}
			items, err := repeatItems(l.Items, n)
			if err != nil {
				return nil, err
			}
			return &List{Items: items}, nil
		})
		t.AddMethod("__mul__", mul)
		t.AddMethod("__rmul__", mul)
		t.AddMethod("__imul__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
			l, _ := AsList(self)
			n, ok, err := repeatCount(in, args[0])
			if !ok || err != nil {
				return NotImplemented, err
			}
			items, err := repeatItems(l.Items, n)
			if err != nil {
				return nil, err
			}
			l.Items = items
			return self, nil
		})
		addSeqCompare(t, func(o Object) ([]Object, bool) {
			if l, ok := AsList(o); ok {
				return l.Items, true
			}
			return nil, false
		})
		t.AddClassMethod("__class_getitem__", classGetItem)
	})
}

// argIndexMsg converts an index argument with the "'str' object cannot be
// interpreted as an integer" error.
func argIndexMsg(in *Interp, o Object) (int, error) {
	switch v := o.(type) {
	case Int:
		return int(v), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	if !isIndexable(in, o) {
		return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(o))
	}
	return Index(in, o)
}

func reverseItems(items []Object) {
	for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
		items[i], items[j] = items[j], items[i]
	}
}

// addSeqCompare registers __eq__ ... __ge__ for a sequence type whose items
// unwrap gives.
func addSeqCompare(t *Type, unwrap func(Object) ([]Object, bool)) {
	for _, c := range []struct {
		name string
		op   CompareOp
	}{{"__eq__", CmpEQ}, {"__ne__", CmpNE}, {"__lt__", CmpLT}, {"__le__", CmpLE}, {"__gt__", CmpGT}, {"__ge__", CmpGE}} {
		op := c.op
		t.AddMethod(c.name, func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeError, "expected 1 argument, got %d", len(args))
			}
			a, _ := unwrap(self)
			b, ok := unwrap(args[0])
			if !ok {
				return NotImplemented, nil
			}
			return seqCompare(in, a, b, op)
		})
	}
}
