package asyncio

import (
	"strconv"
	"sync/atomic"

	"aioplay/runtime/py"
)

// The Python methods of native coroutines and of the future iterator.

func setupCoroTypes() {
	t := NativeCoroType
	t.AddMethod("send", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.Errorf(py.TypeError, "send() takes exactly one argument (%d given)", len(args))
		}
		return raiseStop(self.(*NativeCoro).Send(in, args[0]))
	})
	t.AddMethod("throw", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		if len(args) < 1 {
			return nil, py.Errorf(py.TypeError, "throw expected at least 1 argument, got 0")
		}
		exc, err := toException(in, args[0])
		if err != nil {
			return nil, err
		}
		return raiseStop(self.(*NativeCoro).Throw(in, exc))
	})
	t.AddMethod("close", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return py.None, self.(*NativeCoro).Close(in)
	})
	t.AddMethod("__await__", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return self, nil
	})
	t.AddMethod("__next__", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return raiseStop(self.(*NativeCoro).Send(in, py.None))
	})
	t.AddMethod("__iter__", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return self, nil
	})
	t.AddMethod("__repr__", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		c := self.(*NativeCoro)
		return py.NewStr("<coroutine object " + c.qualname + " at " + addrOf(in, self) + ">"), nil
	})
	t.AddGetSet("__name__", func(in *py.Interp, self py.Object) (py.Object, error) {
		return py.NewStr(shortName(self.(*NativeCoro).qualname)), nil
	}, nil)
	t.AddGetSet("__qualname__", func(in *py.Interp, self py.Object) (py.Object, error) {
		return py.NewStr(self.(*NativeCoro).qualname), nil
	}, nil)
	t.AddGetSet("cr_running", func(in *py.Interp, self py.Object) (py.Object, error) {
		return py.False, nil
	}, nil)
	t.AddGetSet("cr_frame", func(in *py.Interp, self py.Object) (py.Object, error) {
		return py.None, nil
	}, nil)
	t.AddGetSet("cr_await", func(in *py.Interp, self py.Object) (py.Object, error) {
		if c := self.(*NativeCoro); c.sub != nil {
			return c.sub, nil
		}
		return py.None, nil
	}, nil)

	it := FutureIterType
	it.AddMethod("send", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.Errorf(py.TypeError, "send() takes exactly one argument (%d given)", len(args))
		}
		return raiseStop(self.(*futureIter).Send(in, args[0]))
	})
	it.AddMethod("throw", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		if len(args) < 1 {
			return nil, py.Errorf(py.TypeError, "throw expected at least 1 argument, got 0")
		}
		exc, err := toException(in, args[0])
		if err != nil {
			return nil, err
		}
		return raiseStop(self.(*futureIter).Throw(in, exc))
	})
	it.AddMethod("close", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return py.None, self.(*futureIter).Close(in)
	})
	it.AddMethod("__next__", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return raiseStop(self.(*futureIter).Send(in, py.None))
	})
	it.AddMethod("__iter__", func(in *py.Interp, self py.Object, args []py.Object, kw []string) (py.Object, error) {
		return self, nil
	})
}

// raiseStop converts a Send/Throw outcome to the Python iterator protocol:
// a return becomes StopIteration(value).
func raiseStop(r py.Object, st py.GenStatus, err error) (py.Object, error) {
	if err != nil {
		return nil, err
	}
	if st == py.GenReturned {
		if r == nil || r == py.None {
			return nil, py.NewException(py.StopIteration)
		}
		return nil, py.NewException(py.StopIteration, r)
	}
	return r, nil
}

func shortName(q string) string {
	for i := len(q) - 1; i >= 0; i-- {
		if q[i] == '.' {
			return q[i+1:]
		}
	}
	return q
}

// addrOf is the 0x... address reprs show: the interpreter's id(o), or a
// made-up one when there is no interpreter (Go tests).
var addrCounter atomic.Uint64

func addrOf(in *py.Interp, o py.Object) string {
	if in != nil {
		return in.Addr(o)
	}
	n := addrCounter.Add(1)
	return "0x7f" + strconv.FormatUint(0x3c0000000+n*0x40, 16)
}
