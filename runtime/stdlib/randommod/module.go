package randommod

import (
	"crypto/sha512"
	"math/big"

	"aioplay/runtime/py"
)

// RandomType is _random.Random. Instances of the exact type are *Random;
// instances of Python subclasses (random.Random) are *py.Instance whose
// Base is a *Random.
var RandomType = py.NewBuiltinType("Random", py.ObjectType)

// EntropySeed, when set by the host, provides the key used by seed(None)
// (CPython reads os.urandom). When nil, seed(None) uses a fixed key, so
// that programs are reproducible.
var EntropySeed func() []uint32

// Random is the generator object.
type Random struct{ mt }

func (*Random) Type() *py.Type { return RandomType }

func init() {
	RandomType.Module = "_random"
	RandomType.Qualname = "Random"
	RandomType.Doc = "Random() -> create a random number generator with its own internal state."
	py.OnSetup(setupRandomType)
}

// New builds the _random module.
func New(in *py.Interp) (*py.Module, error) {
	m := &py.Module{Name: "_random", Dict: py.NewDict()}
	m.Dict.SetStr(py.Intern("__name__"), py.NewStr("_random"))
	m.Dict.SetStr(py.Intern("Random"), RandomType)
	return m, nil
}

func selfRandom(self py.Object) (*Random, error) {
	switch v := self.(type) {
	case *Random:
		return v, nil
	case *py.Instance:
		if r, ok := v.Base.(*Random); ok {
			return r, nil
		}
	}
	return nil, py.Errorf(py.TypeError, "descriptor requires a '_random.Random' object but received a '%s'", py.TypeName(self))
}

func setupRandomType() {
	t := RandomType
	t.New = func(in *py.Interp, t *py.Type, args []py.Object, kwnames []string) (py.Object, error) {
		if t == RandomType && len(kwnames) > 0 {
			return nil, py.Errorf(py.TypeError, "Random() takes no keyword arguments")
		}
		npos := len(args) - len(kwnames)
		if t == RandomType && npos > 1 {
			return nil, py.Errorf(py.TypeError, "Random() requires 0 or 1 argument")
		}
		r := &Random{}
		var arg py.Object = py.None
		if npos == 1 {
			arg = args[0]
		}
		if err := r.seed(in, arg); err != nil {
			return nil, err
		}
		if t == RandomType {
			return r, nil
		}
		return &py.Instance{Class: t, Base: r}, nil
	}
	t.AddMethod("random", func(in *py.Interp, self py.Object, args []py.Object, kwnames []string) (py.Object, error) {
		r, err := selfRandom(self)
		if err != nil {
			return nil, err
		}
		if len(args) != 0 {
			return nil, py.Errorf(py.TypeError, "Random.random() takes no arguments (%d given)", len(args))
		}
		return py.Float(r.random()), nil
	})
	t.AddMethod("seed", func(in *py.Interp, self py.Object, args []py.Object, kwnames []string) (py.Object, error) {
		r, err := selfRandom(self)
		if err != nil {
			return nil, err
		}
		if len(kwnames) > 0 {
			return nil, py.Errorf(py.TypeError, "Random.seed() takes no keyword arguments")
		}
		if len(args) > 1 {
			return nil, py.Errorf(py.TypeError, "seed expected at most 1 argument, got %d", len(args))
		}
		var arg py.Object = py.None
		if len(args) == 1 {
			arg = args[0]
		}
		return py.None, r.seed(in, arg)
	})
	t.AddMethod("getrandbits", func(in *py.Interp, self py.Object, args []py.Object, kwnames []string) (py.Object, error) {
		r, err := selfRandom(self)
		if err != nil {
			return nil, err
		}
		if len(args) != 1 || len(kwnames) > 0 {
			return nil, py.Errorf(py.TypeError, "Random.getrandbits() takes exactly one argument (%d given)", len(args))
		}
		k, err := py.Index(in, args[0])
		if err != nil {
			return nil, err
		}
		return r.getrandbits(k)
	})
	t.AddMethod("getstate", func(in *py.Interp, self py.Object, args []py.Object, kwnames []string) (py.Object, error) {
		r, err := selfRandom(self)
		if err != nil {
			return nil, err
		}
		items := make([]py.Object, mtN+1)
		for i, w := range r.state {
			items[i] = py.Int(w)
		}
		items[mtN] = py.Int(r.index)
		return py.NewTuple(items...), nil
	})
	t.AddMethod("setstate", func(in *py.Interp, self py.Object, args []py.Object, kwnames []string) (py.Object, error) {
		r, err := selfRandom(self)
		if err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, py.Errorf(py.TypeError, "Random.setstate() takes exactly one argument (%d given)", len(args))
		}
		st, ok := py.AsTuple(args[0])
		if !ok {
			return nil, py.Errorf(py.TypeError, "state vector must be a tuple")
		}
		if len(st.Items) != mtN+1 {
			return nil, py.Errorf(py.ValueError, "state vector is the wrong size")
		}
		var words [mtN]uint32
		for i := 0; i < mtN; i++ {
			w, err := unsignedLong(st.Items[i])
			if err != nil {
				return nil, err
			}
			words[i] = uint32(w)
		}
		idx, ok := py.AsInt(st.Items[mtN])
		if !ok {
			return nil, py.Errorf(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(st.Items[mtN]))
		}
		iv, ok := idx.(py.Int)
		if !ok || iv < 0 || iv > mtN {
			return nil, py.Errorf(py.ValueError, "invalid state")
		}
		r.state = words
		r.index = int(iv)
		return py.None, nil
	})
}

// unsignedLong converts a state word like C's PyLong_AsUnsignedLong.
func unsignedLong(o py.Object) (uint64, error) {
	i, ok := py.AsInt(o)
	if !ok {
		return 0, py.Errorf(py.TypeError, "an integer is required")
	}
	if py.IntSign(i) < 0 {
		return 0, py.Errorf(py.OverflowError, "can't convert negative value to unsigned int")
	}
	if v, ok := i.(py.Int); ok {
		return uint64(v), nil
	}
	b := i.(*py.BigInt).Big()
	if b.BitLen() > 64 {
		return 0, py.Errorf(py.OverflowError, "Python int too large to convert to C unsigned long")
	}
	return b.Uint64(), nil
}

// seed is Random.seed(arg) at the C level.
func (r *Random) seed(in *py.Interp, arg py.Object) error {
	if arg == nil || arg == py.None {
		key := []uint32{0x5eed, 0xa10, 0x91a7}
		if EntropySeed != nil {
			key = EntropySeed()
		}
		r.initByArray(key)
		return nil
	}
	var n *big.Int
	if data, ok := seedBytes(arg); ok {
		// Version 2 seeding of str, bytes and bytearray, as random.py
		// does under CPython: int.from_bytes(a + sha512(a).digest()).
		sum := sha512.Sum512(data)
		n = new(big.Int).SetBytes(append(append([]byte(nil), data...), sum[:]...))
	} else if i, ok := py.AsInt(arg); ok {
		n = new(big.Int)
		switch v := i.(type) {
		case py.Int:
			n.SetInt64(int64(v))
		case *py.BigInt:
			n.Set(v.Big())
		}
		n.Abs(n)
	} else {
		h, err := py.Hash(in, arg)
		if err != nil {
			return err
		}
		n = new(big.Int).SetUint64(uint64(h))
	}
	// The 32-bit words of n, least significant first (at least one).
	var key []uint32
	for _, w := range n.Bits() {
		key = append(key, uint32(uint64(w)))
		if wordBits == 64 {
			key = append(key, uint32(uint64(w)>>32))
		}
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	r.initByArray(key)
	return nil
}

const wordBits = 32 << (^big.Word(0) >> 63)

// getrandbits returns a non-negative int of k random bits.
func (r *Random) getrandbits(k int) (py.Object, error) {
	if k < 0 {
		return nil, py.Errorf(py.ValueError, "number of bits must be non-negative")
	}
	if k == 0 {
		return py.Int(0), nil
	}
	if k <= 32 {
		return py.Int(r.next32() >> (32 - k)), nil
	}
	words := (k-1)/32 + 1
	buf := make([]byte, words*4)
	for i := 0; i < words; i++ {
		w := r.next32()
		if k < 32 {
			w >>= 32 - k
		}
		// little-endian words: store into big-endian buffer from the end
		off := (words - 1 - i) * 4
		buf[off] = byte(w >> 24)
		buf[off+1] = byte(w >> 16)
		buf[off+2] = byte(w >> 8)
		buf[off+3] = byte(w)
		k -= 32
	}
	return py.NewBigInt(new(big.Int).SetBytes(buf)), nil
}

// seedBytes returns the bytes of a str (UTF-8), bytes or bytearray seed.
func seedBytes(o py.Object) ([]byte, bool) {
	if s, ok := py.AsStr(o); ok {
		return []byte(s.S), true
	}
	switch v := o.(type) {
	case *py.Bytes:
		return v.B, true
	case *py.ByteArray:
		return v.B, true
	}
	return nil, false
}
