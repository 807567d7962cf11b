package py

import (
	"math"
	"math/big"
	"strconv"
)

// float_round.go: round() for floats, correctly rounded like CPython
// (round half to even on the exact binary value).

// FloatRoundInt is round(x) with no ndigits: the nearest int, ties to even.
func FloatRoundInt(x float64) (Object, error) {
	return FloatToInt(math.RoundToEven(x))
}

// FloatRound is round(x, ndigits).
func FloatRound(x float64, ndigits Object) (Object, error) {
	if math.IsInf(x, 0) || math.IsNaN(x) || x == 0 {
		return Float(x), nil
	}
	nd, ok := ndigits.(Int)
	if !ok {
		if IntSign(ndigits) > 0 {
			return Float(x), nil
		}
		return Float(0 * x), nil
	}
	if nd > 323 {
		return Float(x), nil
	}
	if nd < -308 {
		return Float(0 * x), nil
	}
	var r float64
	if nd >= 0 {
		s := strconv.FormatFloat(x, 'f', int(nd), 64)
		r, _ = strconv.ParseFloat(s, 64)
	} else {
		m := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-nd)), nil)
		v := new(big.Rat).SetFloat64(x)
		v.Quo(v, new(big.Rat).SetInt(m))
		q, rem := new(big.Int).QuoRem(v.Num(), v.Denom(), new(big.Int))
		// |rem|/denom compared with 1/2
		rem2 := new(big.Int).Lsh(new(big.Int).Abs(rem), 1)
		c := rem2.Cmp(v.Denom())
		if c > 0 || (c == 0 && q.Bit(0) == 1) {
			if v.Sign() < 0 {
				q.Sub(q, bigOne)
			} else {
				q.Add(q, bigOne)
			}
		}
		q.Mul(q, m)
		r, _ = new(big.Float).SetInt(q).Float64()
		if q.Sign() == 0 {
			r = math.Copysign(0, x)
		}
	}
	if math.IsInf(r, 0) {
		return nil, Errorf(OverflowError, "rounded value too large to represent")
	}
	return Float(r), nil
}

var nameRound = Intern("__round__")

// Round is the built-in round(x, ndigits) (ndigits nil when not given).
func Round(in *Interp, x, ndigits Object) (Object, error) {
	switch v := x.(type) {
	case Float:
		if ndigits == nil || ndigits == None {
			return FloatRoundInt(float64(v))
		}
		nd, err := IndexObject(in, ndigits)
		if err != nil {
			return nil, err
		}
		return FloatRound(float64(v), nd)
	case Int, *BigInt, Bool:
		i, _ := intOf(v)
		if ndigits == nil || ndigits == None {
			return i, nil
		}
		nd, err := IndexObject(in, ndigits)
		if err != nil {
			return nil, err
		}
		return intRound(i, nd), nil
	}
	f, err := LookupSpecial(in, x, nameRound)
	if err != nil {
		return nil, err
	}
	if f == nil || f == None {
		return nil, Errorf(TypeError, "type %s doesn't define __round__ method", TypeName(x))
	}
	if ndigits == nil {
		return Call(in, f, nil, nil)
	}
	return Call(in, f, []Object{ndigits}, nil)
}
