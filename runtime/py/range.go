package py

import "strconv"

// range.go: range objects. aioplay keeps start, stop and step in Go ints;
// a range whose bounds do not fit raises OverflowError when built (CPython
// accepts them but cannot take their len() either).

// Range is range(start, stop, step).
type Range struct {
	start, stop, step int
	length            int
}

func (*Range) Type() *Type { return RangeType }

// NewRange builds range(start, stop, step); step must not be zero.
func NewRange(start, stop, step int) *Range {
	r := &Range{start: start, stop: stop, step: step}
	r.length = rangeLength(start, stop, step)
	return r
}

func rangeLength(start, stop, step int) int {
	if step > 0 {
		if start < stop {
			return int((uint(stop-start)-1)/uint(step) + 1)
		}
		return 0
	}
	if start > stop {
		return int((uint(start-stop)-1)/uint(-step) + 1)
	}
	return 0
}

// Start, Stop, Step and Len expose the range (for the VM's for-loop fast path).
func (r *Range) Start() int { return r.start }
func (r *Range) Stop() int  { return r.stop }
func (r *Range) Step() int  { return r.step }
func (r *Range) Len() int   { return r.length }

func (r *Range) at(i int) int { return r.start + i*r.step }

func (r *Range) iterator(reverse bool) (*rangeIterator, bool) {
	if reverse {
		return &rangeIterator{cur: r.start + (r.length-1)*r.step, step: -r.step, n: r.length}, true
	}
	return &rangeIterator{cur: r.start, step: r.step, n: r.length}, true
}

func rangeRepr(r *Range) string {
	s := "range(" + strconv.Itoa(r.start) + ", " + strconv.Itoa(r.stop)
	if r.step != 1 {
		s += ", " + strconv.Itoa(r.step)
	}
	return s + ")"
}

// rangeArg converts a range() argument.
func rangeArg(in *Interp, o Object) (int, error) {
	if v, ok := o.(Int); ok {
		return int(v), nil
	}
	if !isIndexable(in, o) {
		return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(o))
	}
	io, err := IndexObject(in, o)
	if err != nil {
		return 0, err
	}
	if v, ok := io.(Int); ok {
		return int(v), nil
	}
	return 0, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
}

func rangeNew(in *Interp, t *Type, args []Object, kwnames []string) (Object, error) {
	if len(kwnames) > 0 {
		return nil, Errorf(TypeError, "range() takes no keyword arguments")
	}
	var v [3]int
	for i, a := range args {
		if i >= 3 {
			break
		}
		n, err := rangeArg(in, a)
		if err != nil {
			return nil, err
		}
		v[i] = n
	}
	switch len(args) {
	case 0:
		return nil, Errorf(TypeError, "range expected at least 1 argument, got 0")
	case 1:
		return NewRange(0, v[0], 1), nil
	case 2:
		return NewRange(v[0], v[1], 1), nil
	case 3:
		if v[2] == 0 {
			return nil, Errorf(ValueError, "range() arg 3 must not be zero")
		}
		return NewRange(v[0], v[1], v[2]), nil
	}
	return nil, Errorf(TypeError, "range expected at most 3 arguments, got %d", len(args))
}

func rangeGetItem(in *Interp, r *Range, k Object) (Object, error) {
	if s, ok := k.(*Slice); ok {
		start, stop, step, _, err := s.Indices(in, r.length)
		if err != nil {
			return nil, err
		}
		return NewRange(r.at(start), r.at(stop), r.step*step), nil
	}
	if !isIndexable(in, k) {
		return nil, Errorf(TypeError, "range indices must be integers or slices, not %s", TypeName(k))
	}
	i, err := itemIndex(in, k, "range")
	if err != nil {
		return nil, err
	}
	j, ok := seqIndex(i, r.length)
	if !ok {
		return nil, Errorf(IndexError, "range object index out of range")
	}
	return IntObject(int64(r.at(j))), nil
}

// rangeFind returns the position of the int x in r, or -1.
func rangeFind(r *Range, x int) int {
	if r.length == 0 {
		return -1
	}
	if r.step > 0 {
		if x < r.start || x >= r.stop {
			return -1
		}
	} else if x > r.start || x <= r.stop {
		return -1
	}
	d := x - r.start
	if d%r.step != 0 {
		return -1
	}
	return d / r.step
}

func rangeContains(in *Interp, r *Range, k Object) (bool, error) {
	switch v := k.(type) {
	case Int:
		return rangeFind(r, int(v)) >= 0, nil
	case Bool:
		b := 0
		if v {
			b = 1
		}
		return rangeFind(r, b) >= 0, nil
	case *BigInt:
		return false, nil
	}
	for i := 0; i < r.length; i++ {
		eq, err := Eq(in, Int(r.at(i)), k)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func rangeEqual(a, b *Range) bool {
	if a.length != b.length {
		return false
	}
	if a.length == 0 {
		return true
	}
	if a.start != b.start {
		return false
	}
	return a.length == 1 || a.step == b.step
}

func rangeMethodIndexCount(count bool) Method {
	name := "index"
	if count {
		name = "count"
	}
	return func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		r := self.(*Range)
		x, err := argsOne("range."+name, args, kwnames)
		if err != nil {
			return nil, err
		}
		var pos int = -1
		switch v := x.(type) {
		case Int:
			pos = rangeFind(r, int(v))
		case Bool:
			b := 0
			if v {
				b = 1
			}
			pos = rangeFind(r, b)
		default:
			n := 0
			for i := 0; i < r.length; i++ {
				eq, err := Eq(in, Int(r.at(i)), x)
				if err != nil {
					return nil, err
				}
				if eq {
					if !count {
						return Int(i), nil
					}
					n++
				}
			}
			if count {
				return Int(n), nil
			}
		}
		if count {
			if pos >= 0 {
				return Int(1), nil
			}
			return Int(0), nil
		}
		if pos < 0 {
			rs, err := Repr(in, x)
			if err != nil {
				return nil, err
			}
			return nil, Errorf(ValueError, "%s is not in range", rs.S)
		}
		return Int(pos), nil
	}
}

func init() {
	OnSetup(func() {
		t := RangeType
		t.New = rangeNew
		t.Final = true
		get := func(f func(r *Range) int) func(in *Interp, self Object) (Object, error) {
			return func(in *Interp, self Object) (Object, error) { return Int(f(self.(*Range))), nil }
		}
		t.AddGetSet("start", get(func(r *Range) int { return r.start }), nil)
		t.AddGetSet("stop", get(func(r *Range) int { return r.stop }), nil)
		t.AddGetSet("step", get(func(r *Range) int { return r.step }), nil)
		t.AddMethod("index", rangeMethodIndexCount(false))
		t.AddMethod("count", rangeMethodIndexCount(true))
		t.AddMethod("__repr__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
			return NewStr(rangeRepr(self.(*Range))), nil
		})
		t.AddMethod("__len__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
			return Int(self.(*Range).length), nil
		})
		t.AddMethod("__bool__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
			return Bool(self.(*Range).length > 0), nil
		})
		t.AddMethod("__iter__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
			it, _ := self.(*Range).iterator(false)
			return it, nil
		})
		t.AddMethod("__reversed__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
			it, _ := self.(*Range).iterator(true)
			return it, nil
		})
		t.AddMethod("__getitem__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
			k, err := argsOne("range.__getitem__", args, kwnames)
			if err != nil {
				return nil, err
			}
			return rangeGetItem(in, self.(*Range), k)
		})
		t.AddMethod("__contains__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
			k, err := argsOne("range.__contains__", args, kwnames)
			if err != nil {
				return nil, err
			}
			ok, err := rangeContains(in, self.(*Range), k)
			return Bool(ok), err
		})
		t.AddMethod("__eq__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
			o, ok := args[0].(*Range)
			if !ok {
				return NotImplemented, nil
			}
			return Bool(rangeEqual(self.(*Range), o)), nil
		})
		t.AddMethod("__ne__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
			o, ok := args[0].(*Range)
			if !ok {
				return NotImplemented, nil
			}
			return Bool(!rangeEqual(self.(*Range), o)), nil
		})
		t.AddMethod("__hash__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
			r := self.(*Range)
			var key *Tuple
			switch r.length {
			case 0:
				key = NewTuple(Int(0), None, None)
			case 1:
				key = NewTuple(Int(1), Int(r.start), None)
			default:
				key = NewTuple(Int(r.length), Int(r.start), Int(r.step))
			}
			h, err := TupleHash(in, key)
			return Int(h), err
		})
	})
}
