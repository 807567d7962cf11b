package py

// tuple.go: the tuple object: construction, hashing (CPython 3.11's
// xxHash-based algorithm, so that sets of tuples iterate in CPython's order)
// and comparison.

// NewTuple wraps a slice (not copied).
func NewTuple(items ...Object) *Tuple { return &Tuple{Items: items} }

// EmptyTuple is the shared ().
var EmptyTuple = &Tuple{Items: []Object{}}

// AsTuple unwraps a tuple or an instance of a tuple subclass.
func AsTuple(o Object) (*Tuple, bool) {
	switch o := o.(type) {
	case *Tuple:
		return o, true
	case *Instance:
		if t, ok := o.Base.(*Tuple); ok {
			return t, true
		}
	}
	return nil, false
}

const (
	xxPrime1 uint64 = 11400714785074694791
	xxPrime2 uint64 = 14029467366897019727
	xxPrime5 uint64 = 2870177450012600261
)

// TupleHash is hash(t): CPython 3.11's tuple hash over the items' hashes.
func TupleHash(in *Interp, t *Tuple) (int64, error) {
	acc := xxPrime5
	for _, it := range t.Items {
		lane, err := hashKey(in, it)
		if err != nil {
			return 0, err
		}
		acc += uint64(lane) * xxPrime2
		acc = acc<<31 | acc>>33
		acc *= xxPrime1
	}
	acc += uint64(len(t.Items)) ^ (xxPrime5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796, nil
	}
	return int64(acc), nil
}

// NewTupleFrom is tuple(iterable).
func NewTupleFrom(in *Interp, iterable Object) (*Tuple, error) {
	if t, ok := iterable.(*Tuple); ok {
		return t, nil
	}
	items, err := Collect(in, iterable)
	if err != nil {
		return nil, err
	}
	return &Tuple{Items: items}, nil
}

func tupleNew(in *Interp, t *Type, args []Object, kwnames []string) (Object, error) {
	if len(kwnames) > 0 && t == TupleType {
		return nil, Errorf(TypeError, "tuple() takes no keyword arguments")
	}
	if err := argsRange("tuple", "tuple", args, nil, 0, 1); err != nil {
		return nil, err
	}
	tup := EmptyTuple
	if len(args) == 1 {
		var err error
		if tup, err = NewTupleFrom(in, args[0]); err != nil {
			return nil, err
		}
		if t != TupleType && tup == args[0] {
			tup = &Tuple{Items: tup.Items}
		}
	}
	return newBuiltinInstance(t, TupleType, tup), nil
}

func tupleGetItem(in *Interp, t *Tuple, k Object) (Object, error) {
	if i, ok := k.(Int); ok {
		j, ok := seqIndex(int(i), len(t.Items))
		if !ok {
			return nil, Errorf(IndexError, "tuple index out of range")
		}
		return t.Items[j], nil
	}
	if s, ok := k.(*Slice); ok {
		if s.Start == None && s.Stop == None && s.Step == None {
			return t, nil
		}
		items, err := sliceItemsErr(in, t.Items, s)
		if err != nil {
			return nil, err
		}
		if len(items) == len(t.Items) && len(items) > 0 && items[0] == t.Items[0] {
			return t, nil
		}
		return &Tuple{Items: items}, nil
	}
	i, err := itemIndex(in, k, "tuple")
	if err != nil {
		return nil, err
	}
	j, ok := seqIndex(i, len(t.Items))
	if !ok {
		return nil, Errorf(IndexError, "tuple index out of range")
	}
	return t.Items[j], nil
}

func tupleRepr(in *Interp, t *Tuple) (*Str, error) {
	if len(t.Items) == 1 {
		if !reprEnter(in, t) {
			return NewStr("(...)"), nil
		}
		defer reprLeave(in, t)
		r, err := Repr(in, t.Items[0])
		if err != nil {
			return nil, err
		}
		return NewStr("(" + r.S + ",)"), nil
	}
	return seqRepr(in, t, t.Items, "(", ")", "(...)")
}

func tupleMethod(f func(in *Interp, t *Tuple, args []Object, kwnames []string) (Object, error)) Method {
	return func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		t, ok := AsTuple(self)
		if !ok {
			return nil, Errorf(TypeError, "descriptor requires a 'tuple' object but received a '%s'", TypeName(self))
		}
		return f(in, t, args, kwnames)
	}
}

func init() {
	OnSetup(func() {
		t := TupleType
		t.New = tupleNew
		t.AddMethod("index", tupleMethod(func(in *Interp, t *Tuple, args []Object, kwnames []string) (Object, error) {
			if err := argsRange("tuple.index", "index", args, kwnames, 1, 3); err != nil {
				return nil, err
			}
			i, err := findItem(in, t.Items, args[0], args[1:])
			if err != nil {
				return nil, err
			}
			if i < 0 {
				return nil, Errorf(ValueError, "tuple.index(x): x not in tuple")
			}
			return Int(i), nil
		}))
		t.AddMethod("count", tupleMethod(func(in *Interp, t *Tuple, args []Object, kwnames []string) (Object, error) {
			x, err := argsOne("tuple.count", args, kwnames)
			if err != nil {
				return nil, err
			}
			n, err := countItems(in, t.Items, x)
			return Int(n), err
		}))
		t.AddMethod("__hash__", tupleMethod(func(in *Interp, t *Tuple, args []Object, kwnames []string) (Object, error) {
			h, err := TupleHash(in, t)
			return Int(h), err
		}))
		t.AddMethod("__len__", tupleMethod(func(in *Interp, t *Tuple, args []Object, kwnames []string) (Object, error) {
			return Int(len(t.Items)), nil
		}))
		t.AddMethod("__iter__", tupleMethod(func(in *Interp, t *Tuple, args []Object, kwnames []string) (Object, error) {
			return &tupleIterator{t: t}, nil
		}))
		t.AddMethod("__repr__", tupleMethod(func(in *Interp, t *Tuple, args []Object, kwnames []string) (Object, error) {
			return tupleRepr(in, t)
		}))
		t.AddMethod("__getitem__", tupleMethod(func(in *Interp, t *Tuple, args []Object, kwnames []string) (Object, error) {
			k, err := argsOne("tuple.__getitem__", args, kwnames)
			if err != nil {
				return nil, err
			}
			return tupleGetItem(in, t, k)
		}))
		t.AddMethod("__contains__", tupleMethod(func(in *Interp, t *Tuple, args []Object, kwnames []string) (Object, error) {
			k, err := argsOne("tuple.__contains__", args, kwnames)
			if err != nil {
				return nil, err
			}
			ok, err := seqContains(in, t.Items, k)
			return Bool(ok), err
		}))
		t.AddMethod("__add__", tupleMethod(func(in *Interp, t *Tuple, args []Object, kwnames []string) (Object, error) {
			o, ok := AsTuple(args[0])
			if !ok {
				return nil, Errorf(TypeError, "can only concatenate tuple (not \"%s\") to tuple", TypeName(args[0]))
			}
			if len(o.Items) == 0 {
				return t, nil
			}
			if len(t.Items) == 0 {
				return o, nil
			}
			out := make([]Object, 0, len(t.Items)+len(o.Items))
			out = append(append(out, t.Items...), o.Items...)
			return &Tuple{Items: out}, nil
		}))
		mul := tupleMethod(func(in *Interp, t *Tuple, args []Object, kwnames []string) (Object, error) {
			n, ok, err := repeatCount(in, args[0])
			if !ok || err != nil {
				return NotImplemented, err
			}
			if n == 1 {
				return t, nil
			}
			items, err := repeatItems(t.Items, n)
			if err != nil {
				return nil, err
			}
			return &Tuple{Items: items}, nil
		})
		t.AddMethod("__mul__", mul)
		t.AddMethod("__rmul__", mul)
		addSeqCompare(t, func(o Object) ([]Object, bool) {
			if t, ok := AsTuple(o); ok {
				return t.Items, true
			}
			return nil, false
		})
		t.AddClassMethod("__class_getitem__", classGetItem)
	})
}
