package py

import "math"

// slice.go: slice objects and the index arithmetic every sequence shares
// (CPython's PySlice_Unpack + PySlice_AdjustIndices).

// Slice is slice(start, stop, step); absent parts are None.
type Slice struct{ Start, Stop, Step Object }

func (*Slice) Type() *Type { return SliceType }

// NewSlice builds a slice object; nil parts become None.
func NewSlice(start, stop, step Object) *Slice {
	if start == nil {
		start = None
	}
	if stop == nil {
		stop = None
	}
	if step == nil {
		step = None
	}
	return &Slice{start, stop, step}
}

// sliceIndex converts a slice bound to an int, clamping huge ints (as
// CPython's _PyEval_SliceIndex does).
func sliceIndex(in *Interp, o Object) (int, error) {
	switch v := o.(type) {
	case Int:
		return int(v), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		if v.Sign() < 0 {
			return math.MinInt, nil
		}
		return math.MaxInt, nil
	}
	if isIndexable(in, o) {
		io, err := IndexObject(in, o)
		if err != nil {
			return 0, err
		}
		return sliceIndex(in, io)
	}
	return 0, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
}

// isIndexable reports whether o is an int or has __index__.
func isIndexable(in *Interp, o Object) bool {
	switch o.(type) {
	case Int, Bool, *BigInt:
		return true
	}
	if _, ok := AsInt(o); ok {
		return true
	}
	return LookupType(o.Type(), seqNames.index) != nil
}

// unpack returns start, stop, step with None replaced by the extremes,
// before adjusting to a length.
func (s *Slice) unpack(in *Interp) (start, stop, step int, err error) {
	step = 1
	if s.Step != None {
		step, err = sliceIndex(in, s.Step)
		if err != nil {
			return
		}
		if step == 0 {
			err = Errorf(ValueError, "slice step cannot be zero")
			return
		}
		if step < -math.MaxInt {
			step = -math.MaxInt
		}
	}
	if s.Start == None {
		if step < 0 {
			start = math.MaxInt
		} else {
			start = 0
		}
	} else if start, err = sliceIndex(in, s.Start); err != nil {
		return
	}
	if s.Stop == None {
		if step < 0 {
			stop = math.MinInt
		} else {
			stop = math.MaxInt
		}
	} else if stop, err = sliceIndex(in, s.Stop); err != nil {
		return
	}
	return
}

// adjustIndices clamps start and stop to a sequence of length n and returns
// the number of selected items.
func adjustIndices(n int, start, stop *int, step int) int {
	if *start < 0 {
		*start += n
		if *start < 0 {
			if step < 0 {
				*start = -1
			} else {
				*start = 0
			}
		}
	} else if *start >= n {
		if step < 0 {
			*start = n - 1
		} else {
			*start = n
		}
	}
	if *stop < 0 {
		*stop += n
		if *stop < 0 {
			if step < 0 {
				*stop = -1
			} else {
				*stop = 0
			}
		}
	} else if *stop >= n {
		if step < 0 {
			*stop = n - 1
		} else {
			*stop = n
		}
	}
	if step < 0 {
		if *stop < *start {
			return (*start-*stop-1)/(-step) + 1
		}
	} else if *start < *stop {
		return (*stop-*start-1)/step + 1
	}
	return 0
}

// Indices resolves s for a sequence of length n: start, stop, step and the
// number of items selected.
func (s *Slice) Indices(in *Interp, n int) (start, stop, step, count int, err error) {
	start, stop, step, err = s.unpack(in)
	if err != nil {
		return
	}
	count = adjustIndices(n, &start, &stop, step)
	return
}

// seqIndex normalises an item index i for a sequence of length n; ok is
// false when it is out of range.
func seqIndex(i, n int) (int, bool) {
	if i < 0 {
		i += n
	}
	return i, i >= 0 && i < n
}

// itemIndex converts a subscript to an int for sequence indexing; what
// names the sequence in the TypeError ("list indices must be integers or
// slices, not str").
func itemIndex(in *Interp, k Object, what string) (int, error) {
	switch v := k.(type) {
	case Int:
		return int(v), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	if !isIndexable(in, k) {
		return 0, Errorf(TypeError, "%s indices must be integers or slices, not %s", what, TypeName(k))
	}
	io, err := IndexObject(in, k)
	if err != nil {
		return 0, err
	}
	if v, ok := io.(Int); ok {
		return int(v), nil
	}
	return 0, Errorf(IndexError, "cannot fit '%s' into an index-sized integer", TypeName(k))
}

func sliceRepr(in *Interp, s *Slice) (string, error) {
	a, err := Repr(in, s.Start)
	if err != nil {
		return "", err
	}
	b, err := Repr(in, s.Stop)
	if err != nil {
		return "", err
	}
	c, err := Repr(in, s.Step)
	if err != nil {
		return "", err
	}
	return "slice(" + a.S + ", " + b.S + ", " + c.S + ")", nil
}

// sliceIndicesMethod is slice.indices(length).
func sliceIndicesMethod(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
	s := self.(*Slice)
	a, err := argsOne("slice.indices", args, kwnames)
	if err != nil {
		return nil, err
	}
	n, err := argIndex(in, a)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, Errorf(ValueError, "length should not be negative")
	}
	start, stop, step, _, err := s.Indices(in, n)
	if err != nil {
		return nil, err
	}
	return NewTuple(Int(start), Int(stop), Int(step)), nil
}

func sliceNew(in *Interp, t *Type, args []Object, kwnames []string) (Object, error) {
	if len(kwnames) > 0 {
		return nil, Errorf(TypeError, "slice() takes no keyword arguments")
	}
	switch len(args) {
	case 1:
		return NewSlice(None, args[0], None), nil
	case 2:
		return NewSlice(args[0], args[1], None), nil
	case 3:
		return NewSlice(args[0], args[1], args[2]), nil
	case 0:
		return nil, Errorf(TypeError, "slice expected at least 1 argument, got 0")
	}
	return nil, Errorf(TypeError, "slice expected at most 3 arguments, got %d", len(args))
}

func init() {
	OnSetup(func() {
		t := SliceType
		t.New = sliceNew
		t.Final = true
		t.AddMethod("indices", sliceIndicesMethod)
		t.AddGetSet("start", func(in *Interp, self Object) (Object, error) { return self.(*Slice).Start, nil }, nil)
		t.AddGetSet("stop", func(in *Interp, self Object) (Object, error) { return self.(*Slice).Stop, nil }, nil)
		t.AddGetSet("step", func(in *Interp, self Object) (Object, error) { return self.(*Slice).Step, nil }, nil)
		t.AddMethod("__repr__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
			s, err := sliceRepr(in, self.(*Slice))
			if err != nil {
				return nil, err
			}
			return NewStr(s), nil
		})
		t.AddAttr("__hash__", None)
		addSeqCompare(t, func(o Object) ([]Object, bool) {
			if s, ok := o.(*Slice); ok {
				return []Object{s.Start, s.Stop, s.Step}, true
			}
			return nil, false
		})
	})
}
