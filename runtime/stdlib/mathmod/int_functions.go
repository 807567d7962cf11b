package mathmod

import (
	"math/big"

	"aioplay/runtime/py"
)

// int_functions.go: factorial, gcd, lcm, isqrt, comb, perm.

func init() {
	register("factorial", func(in *py.Interp, args []py.Object, kwnames []string) (py.Object, error) {
		if err := oneArg("factorial", args, kwnames); err != nil {
			return nil, err
		}
		n, err := py.IndexObject(in, args[0])
		if err != nil {
			return nil, err
		}
		if py.IntSign(n) < 0 {
			return nil, py.Errorf(py.ValueError, "factorial() not defined for negative values")
		}
		v, ok := n.(py.Int)
		if !ok || v > 1<<24 {
			return nil, py.Errorf(py.OverflowError, "factorial() argument should not exceed %d", int64(1<<63-1))
		}
		return py.NewBigInt(new(big.Int).MulRange(1, int64(v))), nil
	}, "Find x!.")
	register("gcd", func(in *py.Interp, args []py.Object, kwnames []string) (py.Object, error) {
		if len(kwnames) > 0 {
			return nil, py.Errorf(py.TypeError, "gcd() takes no keyword arguments")
		}
		g := new(big.Int)
		for _, a := range args {
			n, err := py.IndexObject(in, a)
			if err != nil {
				return nil, err
			}
			g.GCD(nil, nil, g, new(big.Int).Abs(bigOf(n)))
		}
		return py.NewBigInt(g), nil
	}, "Greatest Common Divisor.")
	register("lcm", func(in *py.Interp, args []py.Object, kwnames []string) (py.Object, error) {
		if len(kwnames) > 0 {
			return nil, py.Errorf(py.TypeError, "lcm() takes no keyword arguments")
		}
		l := big.NewInt(1)
		for _, a := range args {
			n, err := py.IndexObject(in, a)
			if err != nil {
				return nil, err
			}
			b := new(big.Int).Abs(bigOf(n))
			if b.Sign() == 0 || l.Sign() == 0 {
				l.SetInt64(0)
				continue
			}
			g := new(big.Int).GCD(nil, nil, l, b)
			l.Mul(l, b.Quo(b, g))
		}
		return py.NewBigInt(l), nil
	}, "Least Common Multiple.")
	register("isqrt", func(in *py.Interp, args []py.Object, kwnames []string) (py.Object, error) {
		if err := oneArg("isqrt", args, kwnames); err != nil {
			return nil, err
		}
		n, err := py.IndexObject(in, args[0])
		if err != nil {
			return nil, err
		}
		if py.IntSign(n) < 0 {
			return nil, py.Errorf(py.ValueError, "isqrt() argument must be nonnegative")
		}
		return py.NewBigInt(new(big.Int).Sqrt(bigOf(n))), nil
	}, "Return the integer part of the square root of the input.")
	register("comb", func(in *py.Interp, args []py.Object, kwnames []string) (py.Object, error) {
		if err := nArgs("comb", args, kwnames, 2); err != nil {
			return nil, err
		}
		n, k, err := twoNonNegative(in, args[0], args[1])
		if err != nil {
			return nil, err
		}
		if k.Cmp(n) > 0 {
			return py.Int(0), nil
		}
		nk := new(big.Int).Sub(n, k)
		if nk.Cmp(k) < 0 {
			k = nk
		}
		if !k.IsInt64() || !n.IsInt64() {
			return nil, py.Errorf(py.OverflowError, "min(n - k, k) must not exceed %d", int64(1<<63-1))
		}
		return py.NewBigInt(new(big.Int).Binomial(n.Int64(), k.Int64())), nil
	}, "Number of ways to choose k items from n items without repetition and without order.")
	register("perm", func(in *py.Interp, args []py.Object, kwnames []string) (py.Object, error) {
		if len(kwnames) > 0 {
			return nil, py.Errorf(py.TypeError, "perm() takes no keyword arguments")
		}
		if len(args) < 1 || len(args) > 2 {
			return nil, py.Errorf(py.TypeError, "perm expected at most 2 arguments, got %d", len(args))
		}
		kArg := args[0]
		if len(args) == 2 && args[1] != py.None {
			kArg = args[1]
		}
		n, k, err := twoNonNegative(in, args[0], kArg)
		if err != nil {
			return nil, err
		}
		if k.Cmp(n) > 0 {
			return py.Int(0), nil
		}
		if !n.IsInt64() {
			return nil, py.Errorf(py.OverflowError, "n must not exceed %d", int64(1<<63-1))
		}
		lo := new(big.Int).Sub(n, k).Int64() + 1
		if k.Sign() == 0 {
			return py.Int(1), nil
		}
		return py.NewBigInt(new(big.Int).MulRange(lo, n.Int64())), nil
	}, "Number of ways to choose k items from n items without repetition and with order.")
}

func bigOf(i py.Object) *big.Int {
	switch v := i.(type) {
	case py.Int:
		return big.NewInt(int64(v))
	case *py.BigInt:
		return new(big.Int).Set(v.Big())
	}
	return new(big.Int)
}

func twoNonNegative(in *py.Interp, a, b py.Object) (*big.Int, *big.Int, error) {
	n, err := py.IndexObject(in, a)
	if err != nil {
		return nil, nil, err
	}
	k, err := py.IndexObject(in, b)
	if err != nil {
		return nil, nil, err
	}
	if py.IntSign(n) < 0 {
		return nil, nil, py.Errorf(py.ValueError, "n must be a non-negative integer")
	}
	if py.IntSign(k) < 0 {
		return nil, nil, py.Errorf(py.ValueError, "k must be a non-negative integer")
	}
	return bigOf(n), bigOf(k), nil
}
