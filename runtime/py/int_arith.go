package py

import (
	"math"
	"math/big"
	"math/bits"
)

// Arithmetic on int objects (Int fast path, *BigInt slow path). Every
// function takes and returns normalised int objects (Int or *BigInt; Bool
// callers convert first with intOf).

// intOf returns an Int/*BigInt for Int, *BigInt and Bool; ok false otherwise.
func intOf(o Object) (Object, bool) {
	switch v := o.(type) {
	case Int:
		return v, true
	case *BigInt:
		return v, true
	case Bool:
		if v {
			return Int(1), true
		}
		return Int(0), true
	}
	return nil, false
}

func errIntDivZero() error    { return Errorf(ZeroDivisionError, "integer division or modulo by zero") }
func errIntModZero() error    { return Errorf(ZeroDivisionError, "integer modulo by zero") }
func errDivZero() error       { return Errorf(ZeroDivisionError, "division by zero") }
func errNegativeShift() error { return Errorf(ValueError, "negative shift count") }

// intAdd is a + b.
func intAdd(a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			s := x + y
			if (x^s)&(y^s) >= 0 {
				return s
			}
		}
	}
	return bigOwn(new(big.Int).Add(toBig(a), toBig(b)))
}

// intSub is a - b.
func intSub(a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			d := x - y
			if (x^y)&(x^d) >= 0 {
				return d
			}
		}
	}
	return bigOwn(new(big.Int).Sub(toBig(a), toBig(b)))
}

// mulInt64 multiplies with overflow detection.
func mulInt64(x, y int64) (int64, bool) {
	if x == int64(int32(x)) && y == int64(int32(y)) {
		return x * y, true
	}
	neg := (x < 0) != (y < 0)
	ux, uy := uint64(x), uint64(y)
	if x < 0 {
		ux = -ux
	}
	if y < 0 {
		uy = -uy
	}
	hi, lo := bits.Mul64(ux, uy)
	if hi != 0 {
		return 0, false
	}
	if neg {
		if lo > 1<<63 {
			return 0, false
		}
		return -int64(lo), true
	}
	if lo > math.MaxInt64 {
		return 0, false
	}
	return int64(lo), true
}

// intMul is a * b.
func intMul(a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if p, ok := mulInt64(int64(x), int64(y)); ok {
				return Int(p)
			}
		}
	}
	return bigOwn(new(big.Int).Mul(toBig(a), toBig(b)))
}

// floorDivInt64 is Python's // for int64 (y != 0, not MinInt64 // -1).
func floorDivInt64(x, y int64) int64 {
	q := x / y
	if (x%y != 0) && ((x < 0) != (y < 0)) {
		q--
	}
	return q
}

// modInt64 is Python's % for int64 (y != 0): the result has y's sign.
func modInt64(x, y int64) int64 {
	r := x % y
	if r != 0 && ((r < 0) != (y < 0)) {
		r += y
	}
	return r
}

// bigFloorDivMod computes Python's floor quotient and modulo.
func bigFloorDivMod(x, y *big.Int) (*big.Int, *big.Int) {
	q, r := new(big.Int).QuoRem(x, y, new(big.Int))
	if r.Sign() != 0 && (r.Sign() < 0) != (y.Sign() < 0) {
		q.Sub(q, bigOne)
		r.Add(r, y)
	}
	return q, r
}

// intFloorDiv is a // b.
func intFloorDiv(a, b Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if y == 0 {
				return nil, errIntDivZero()
			}
			if !(y == -1 && x == math.MinInt64) {
				return Int(floorDivInt64(int64(x), int64(y))), nil
			}
		}
	}
	if IntSign(b) == 0 {
		return nil, errIntDivZero()
	}
	q, _ := bigFloorDivMod(toBig(a), toBig(b))
	return bigOwn(q), nil
}

// intMod is a % b.
func intMod(a, b Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if y == 0 {
				return nil, errIntModZero()
			}
			return Int(modInt64(int64(x), int64(y))), nil
		}
	}
	if IntSign(b) == 0 {
		return nil, errIntModZero()
	}
	_, r := bigFloorDivMod(toBig(a), toBig(b))
	return bigOwn(r), nil
}

// intDivMod is divmod(a, b).
func intDivMod(a, b Object) (Object, Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if y == 0 {
				return nil, nil, errIntDivZero()
			}
			if !(y == -1 && x == math.MinInt64) {
				return Int(floorDivInt64(int64(x), int64(y))), Int(modInt64(int64(x), int64(y))), nil
			}
		}
	}
	if IntSign(b) == 0 {
		return nil, nil, errIntDivZero()
	}
	q, r := bigFloorDivMod(toBig(a), toBig(b))
	return bigOwn(q), bigOwn(r), nil
}

// intTrueDiv is a / b, correctly rounded.
func intTrueDiv(a, b Object) (Object, error) {
	if IntSign(b) == 0 {
		return nil, errDivZero()
	}
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			const lim = 1 << 53
			if x >= -lim && x <= lim && y >= -lim && y <= lim {
				return Float(float64(x) / float64(y)), nil
			}
		}
	}
	r := new(big.Rat).SetFrac(toBig(a), toBig(b))
	f, _ := r.Float64()
	if f == 0 && (IntSign(a) < 0) != (IntSign(b) < 0) {
		f = math.Copysign(0, -1)
	}
	if math.IsInf(f, 0) {
		return nil, Errorf(OverflowError, "integer division result too large for a float")
	}
	return Float(f), nil
}

// intNeg is -a.
func intNeg(a Object) Object {
	if x, ok := a.(Int); ok && x != math.MinInt64 {
		return -x
	}
	return bigOwn(new(big.Int).Neg(toBig(a)))
}

// intAbs is abs(a).
func intAbs(a Object) Object {
	if x, ok := a.(Int); ok {
		if x >= 0 {
			return x
		}
		if x != math.MinInt64 {
			return -x
		}
	}
	return bigOwn(new(big.Int).Abs(toBig(a)))
}

// intInvert is ~a.
func intInvert(a Object) Object {
	if x, ok := a.(Int); ok {
		return ^x
	}
	return bigOwn(new(big.Int).Not(toBig(a)))
}

// intAnd, intOr, intXor are the bitwise operators (two's complement with
// infinite sign extension, as Python).
func intAnd(a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return x & y
		}
	}
	return bigOwn(new(big.Int).And(toBig(a), toBig(b)))
}

func intOr(a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return x | y
		}
	}
	return bigOwn(new(big.Int).Or(toBig(a), toBig(b)))
}

func intXor(a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return x ^ y
		}
	}
	return bigOwn(new(big.Int).Xor(toBig(a), toBig(b)))
}

// maxShiftBits bounds left shifts (CPython raises MemoryError or
// OverflowError long before such sizes).
const maxShiftBits = 1 << 40

// intLShift is a << b.
func intLShift(a, b Object) (Object, error) {
	if IntSign(b) < 0 {
		return nil, errNegativeShift()
	}
	if IntSign(a) == 0 {
		return Int(0), nil
	}
	n, ok := b.(Int)
	if !ok || n > maxShiftBits {
		return nil, Errorf(OverflowError, "too many digits in integer")
	}
	if x, ok := a.(Int); ok && n < 63 {
		r := x << uint(n)
		if r>>uint(n) == x {
			return r, nil
		}
	}
	return bigOwn(new(big.Int).Lsh(toBig(a), uint(n))), nil
}

// intRShift is a >> b (floor semantics for negatives).
func intRShift(a, b Object) (Object, error) {
	if IntSign(b) < 0 {
		return nil, errNegativeShift()
	}
	n, ok := b.(Int)
	if !ok {
		// Shift by more than 2**63 bits.
		if IntSign(a) < 0 {
			return Int(-1), nil
		}
		return Int(0), nil
	}
	if x, ok := a.(Int); ok {
		if n >= 63 {
			if x < 0 {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		return x >> uint(n), nil
	}
	return bigOwn(new(big.Int).Rsh(toBig(a), uint(n))), nil
}

// intPow is a ** b without modulus (b < 0 gives a float).
func intPow(a, b Object) (Object, error) {
	if IntSign(b) < 0 {
		x, err := intObjToFloat(a)
		if err != nil {
			return nil, err
		}
		y, err := intObjToFloat(b)
		if err != nil {
			return nil, err
		}
		return floatPow(x, y)
	}
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if r, ok := powInt64(int64(x), int64(y)); ok {
				return Int(r), nil
			}
		}
	}
	if _, ok := b.(*BigInt); ok {
		// Only 0, 1 and -1 can be raised to a huge power.
		if x, ok := a.(Int); ok && x >= -1 && x <= 1 {
			if x == -1 && toBig(b).Bit(0) == 0 {
				return Int(1), nil
			}
			return x, nil
		}
		return nil, Errorf(MemoryError, "")
	}
	return bigOwn(new(big.Int).Exp(toBig(a), toBig(b), nil)), nil
}

// powInt64 is x**y for y >= 0, false on overflow.
func powInt64(x, y int64) (int64, bool) {
	r := int64(1)
	for y > 0 {
		if y&1 != 0 {
			var ok bool
			if r, ok = mulInt64(r, x); !ok {
				return 0, false
			}
		}
		y >>= 1
		if y > 0 {
			var ok bool
			if x, ok = mulInt64(x, x); !ok {
				return 0, false
			}
		}
	}
	return r, true
}

// intPowMod is pow(a, b, m) for ints.
func intPowMod(a, b, m Object) (Object, error) {
	if IntSign(m) == 0 {
		return nil, Errorf(ValueError, "pow() 3rd argument cannot be 0")
	}
	mb := toBig(m)
	am := new(big.Int).Abs(mb)
	base := new(big.Int).Mod(toBig(a), am)
	exp := toBig(b)
	if exp.Sign() < 0 {
		inv := new(big.Int).ModInverse(base, am)
		if inv == nil {
			return nil, Errorf(ValueError, "base is not invertible for the given modulus")
		}
		base = inv
		exp = new(big.Int).Neg(exp)
	}
	r := new(big.Int).Exp(base, exp, am)
	if am.Cmp(bigOne) == 0 {
		r.SetInt64(0)
	}
	if mb.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, mb)
	}
	return bigOwn(r), nil
}

// intCompare returns -1, 0, +1.
func intCompare(a, b Object) int {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			switch {
			case x < y:
				return -1
			case x > y:
				return 1
			}
			return 0
		}
	}
	return toBig(a).Cmp(toBig(b))
}

// intBitLength is int.bit_length().
func intBitLength(a Object) int {
	if x, ok := a.(Int); ok {
		u := uint64(x)
		if x < 0 {
			u = -u
		}
		return bits.Len64(u)
	}
	return toBig(a).BitLen()
}
