package py

import (
	"math"
	"math/big"
	"unsafe"
)

// hash.go: hash() with CPython's numeric hash, so that equal numbers of
// different types (1, 1.0, True, Fraction(1), 1+0j) hash alike: an int
// hashes to its value modulo the Mersenne prime 2**61-1 (sign kept), a
// float m/2**k to m * 2**-k modulo that prime, -1 becomes -2.

const (
	hashModulus = 1<<61 - 1
	hashBits    = 61
	hashInf     = 314159
	hashImag    = 1000003
)

var nameHash = Intern("__hash__")

// Hash is hash(o).
func Hash(in *Interp, o Object) (int64, error) {
	switch v := o.(type) {
	case Int:
		return intHash(int64(v)), nil
	case *Str:
		return v.Hash(), nil
	case Float:
		return floatHash(float64(v)), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		return bigHash(&v.v), nil
	case Complex:
		return complexHash(complex128(v)), nil
	case *Tuple:
		return TupleHash(in, v)
	}
	f := LookupType(o.Type(), nameHash)
	if f == None {
		return 0, Errorf(TypeError, "unhashable type: '%s'", TypeName(o))
	}
	if f == nil {
		return identityHash(o), nil
	}
	var r Object
	var err error
	if d, ok := f.(*MethodDescriptor); ok {
		r, err = d.Meth(in, o, nil, nil)
	} else {
		var bound Object
		bound, err = LookupSpecial(in, o, nameHash)
		if err == nil {
			r, err = Call(in, bound, nil, nil)
		}
	}
	if err != nil {
		return 0, err
	}
	switch h := r.(type) {
	case Int:
		if h == -1 {
			return -2, nil
		}
		return int64(h), nil
	case *BigInt:
		return bigHash(&h.v), nil
	}
	if i, ok := AsInt(r); ok {
		if h, ok := i.(Int); ok {
			if h == -1 {
				return -2, nil
			}
			return int64(h), nil
		}
		return bigHash(toBig(i)), nil
	}
	return 0, Errorf(TypeError, "__hash__ method should return an integer")
}

// identityHash hashes by address (object.__hash__ when no other applies).
func identityHash(o Object) int64 {
	type iface struct{ typ, data unsafe.Pointer }
	p := uintptr((*iface)(unsafe.Pointer(&o)).data)
	h := int64(p>>4 | p<<(64-4))
	if h == -1 {
		h = -2
	}
	return h
}

// intHash is hash() of an int that fits in int64.
func intHash(v int64) int64 {
	var h int64
	if v >= 0 {
		h = v % hashModulus
	} else if v == math.MinInt64 {
		h = -(int64(uint64(1<<63) % hashModulus))
	} else {
		h = -((-v) % hashModulus)
	}
	if h == -1 {
		h = -2
	}
	return h
}

var bigHashModulus = big.NewInt(hashModulus)

// bigHash is hash() of a big int.
func bigHash(x *big.Int) int64 {
	m := new(big.Int).Abs(x)
	m.Mod(m, bigHashModulus)
	h := m.Int64()
	if x.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// mulPow2Mod multiplies x (< 2**61-1) by 2**e modulo 2**61-1: since
// 2**61 == 1 there, that is a rotation of the 61-bit value.
func mulPow2Mod(x uint64, e int) uint64 {
	s := e % hashBits
	if s < 0 {
		s += hashBits
	}
	if s == 0 {
		return x
	}
	return ((x << uint(s)) & hashModulus) | x>>uint(hashBits-s)
}

// floatHash is hash() of a float.
func floatHash(f float64) int64 {
	switch {
	case math.IsInf(f, 1):
		return hashInf
	case math.IsInf(f, -1):
		return -hashInf
	case math.IsNaN(f):
		return 0
	case f == 0:
		return 0
	}
	m, e := math.Frexp(math.Abs(f)) // |f| = m * 2**e, 0.5 <= m < 1
	mant := uint64(m * (1 << 53))   // exact
	x := mulPow2Mod(mant%hashModulus, e-53)
	h := int64(x)
	if f < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// complexHash is hash() of a complex.
func complexHash(c complex128) int64 {
	hr := uint64(floatHash(real(c)))
	hi := uint64(floatHash(imag(c)))
	h := hr + hashImag*hi
	if h == math.MaxUint64 {
		h = math.MaxUint64 - 1
	}
	return int64(h)
}
