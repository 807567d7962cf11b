package py

import (
	"math"
	"math/big"
)

// BigInt is an int that does not fit in int64. Constructors normalise: a
// value that fits in int64 is always an Int, so a *BigInt is never equal to
// an Int. The value is immutable once built.
type BigInt struct{ v big.Int }

func (*BigInt) Type() *Type { return IntType }

// Big returns the value; callers must not modify it.
func (b *BigInt) Big() *big.Int { return &b.v }

// Sign is -1, 0 or +1 (never 0 for a normalised BigInt).
func (b *BigInt) Sign() int { return b.v.Sign() }

// NewBigInt wraps x as an int object, taking ownership of x: the result is
// an Int when x fits in int64.
func NewBigInt(x *big.Int) Object {
	if x.IsInt64() {
		return Int(x.Int64())
	}
	b := &BigInt{}
	b.v.Set(x)
	return b
}

// bigOwn is NewBigInt for a freshly computed *big.Int that nobody else
// references: no copy.
func bigOwn(x *big.Int) Object {
	if x.IsInt64() {
		return Int(x.Int64())
	}
	b := &BigInt{}
	// big.Int's zero value plus Set copies the words; swap is cheaper.
	b.v = *x
	return b
}

// toBig returns an int object's value as a *big.Int (a new one for Int; the
// stored one, not to be modified, for *BigInt).
func toBig(o Object) *big.Int {
	switch o := o.(type) {
	case Int:
		return big.NewInt(int64(o))
	case *BigInt:
		return &o.v
	case Bool:
		if o {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	}
	return nil
}

var bigOne = big.NewInt(1)

// bigToFloat converts exactly-rounded (round half to even) to float64;
// OverflowError "int too large to convert to float" when out of range.
func bigToFloat(x *big.Int) (float64, error) {
	f, _ := new(big.Float).SetInt(x).Float64()
	if math.IsInf(f, 0) {
		return 0, Errorf(OverflowError, "int too large to convert to float")
	}
	return f, nil
}

// intObjToFloat converts Int/*BigInt/Bool to float64.
func intObjToFloat(o Object) (float64, error) {
	switch o := o.(type) {
	case Int:
		return float64(o), nil
	case Bool:
		if o {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		return bigToFloat(&o.v)
	}
	return 0, Errorf(TypeError, "must be real number, not %s", TypeName(o))
}

// IntSign is the sign of an int object (Int, *BigInt, Bool).
func IntSign(o Object) int {
	switch o := o.(type) {
	case Int:
		switch {
		case o > 0:
			return 1
		case o < 0:
			return -1
		}
		return 0
	case Bool:
		if o {
			return 1
		}
		return 0
	case *BigInt:
		return o.v.Sign()
	}
	return 0
}
