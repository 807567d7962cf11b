package mathmod

import (
	"math"
	"math/big"

	"aioplay/runtime/py"
)

// sums.go: fsum (exact), prod, hypot and dist (correctly rounded).

func init() {
	register("fsum", mathFsum, "Return an accurate floating point sum of values in the iterable seq.")
	register("prod", mathProd, "Calculate the product of all the elements in the input iterable.")
	register("hypot", func(in *py.Interp, args []py.Object, kwnames []string) (py.Object, error) {
		if len(kwnames) > 0 {
			return nil, py.Errorf(py.TypeError, "hypot() takes no keyword arguments")
		}
		xs := make([]float64, len(args))
		for i, a := range args {
			x, err := py.AsFloat(in, a)
			if err != nil {
				return nil, err
			}
			xs[i] = x
		}
		return py.Float(vectorNorm(xs)), nil
	}, "Multidimensional Euclidean distance from the origin to a point.")
	register("dist", func(in *py.Interp, args []py.Object, kwnames []string) (py.Object, error) {
		if err := nArgs("dist", args, kwnames, 2); err != nil {
			return nil, err
		}
		p, err := coords(in, args[0], "first")
		if err != nil {
			return nil, err
		}
		q, err := coords(in, args[1], "second")
		if err != nil {
			return nil, err
		}
		if len(p) != len(q) {
			return nil, py.Errorf(py.ValueError, "both points must have the same number of dimensions")
		}
		d := make([]float64, len(p))
		for i := range p {
			d[i] = p[i] - q[i]
		}
		return py.Float(vectorNorm(d)), nil
	}, "Return the Euclidean distance between two points p and q.")
}

func coords(in *py.Interp, o py.Object, which string) ([]float64, error) {
	var items []py.Object
	if t, ok := py.AsTuple(o); ok {
		items = t.Items
	} else if l, ok := py.AsList(o); ok {
		items = l.Items
	} else {
		return nil, py.Errorf(py.TypeError, "dist(): argument %d must be tuple, not %s", map[string]int{"first": 1, "second": 2}[which], py.TypeName(o))
	}
	out := make([]float64, len(items))
	for i, it := range items {
		x, err := py.AsFloat(in, it)
		if err != nil {
			return nil, err
		}
		out[i] = x
	}
	return out, nil
}

// vectorNorm is sqrt(sum(x*x)) computed exactly then rounded once.
func vectorNorm(xs []float64) float64 {
	hasNaN := false
	for _, x := range xs {
		if math.IsInf(x, 0) {
			return math.Inf(1)
		}
		if math.IsNaN(x) {
			hasNaN = true
		}
	}
	if hasNaN {
		return math.NaN()
	}
	if len(xs) == 1 {
		return math.Abs(xs[0])
	}
	sum := new(big.Float).SetPrec(2200)
	for _, x := range xs {
		f := new(big.Float).SetPrec(2200).SetFloat64(x)
		sum.Add(sum, f.Mul(f, f))
	}
	r, _ := new(big.Float).SetPrec(200).Sqrt(sum).Float64()
	if sum.Sign() == 0 {
		return 0
	}
	return r
}

// mathFsum sums exactly (every double is an integer multiple of 2**-1074)
// and rounds once.
func mathFsum(in *py.Interp, args []py.Object, kwnames []string) (py.Object, error) {
	if err := oneArg("fsum", args, kwnames); err != nil {
		return nil, err
	}
	it, err := py.Iter(in, args[0])
	if err != nil {
		return nil, err
	}
	acc := new(big.Int)
	tmp := new(big.Int)
	special := 0.0
	sawSpecial := false
	for {
		o, err := py.Next(in, it)
		if err != nil {
			return nil, err
		}
		if o == nil {
			break
		}
		x, err := py.AsFloat(in, o)
		if err != nil {
			return nil, err
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			if sawSpecial && math.IsInf(special, 0) && math.IsInf(x, 0) && special != x {
				return nil, py.Errorf(py.ValueError, "-inf + inf in fsum")
			}
			if !sawSpecial || math.IsNaN(x) {
				special = x
			}
			sawSpecial = true
			continue
		}
		if x == 0 {
			continue
		}
		frac, e := math.Frexp(x)
		m := int64(frac * (1 << 53))
		tmp.SetInt64(m)
		tmp.Lsh(tmp, uint(e-53+1074))
		acc.Add(acc, tmp)
	}
	if sawSpecial {
		return py.Float(special), nil
	}
	bf := new(big.Float).SetInt(acc)
	bf.SetMantExp(bf, -1074)
	r, _ := bf.Float64()
	if math.IsInf(r, 0) {
		return nil, py.Errorf(py.OverflowError, "intermediate overflow in fsum")
	}
	return py.Float(r), nil
}

func mathProd(in *py.Interp, args []py.Object, kwnames []string) (py.Object, error) {
	npos := len(args) - len(kwnames)
	if npos != 1 {
		return nil, py.Errorf(py.TypeError, "prod() takes exactly 1 positional argument (%d given)", npos)
	}
	var acc py.Object = py.Int(1)
	for i, kw := range kwnames {
		if kw != "start" {
			return nil, py.Errorf(py.TypeError, "prod() got an unexpected keyword argument '%s'", kw)
		}
		acc = args[npos+i]
	}
	it, err := py.Iter(in, args[0])
	if err != nil {
		return nil, err
	}
	for {
		o, err := py.Next(in, it)
		if err != nil {
			return nil, err
		}
		if o == nil {
			return acc, nil
		}
		if acc, err = py.BinaryOp(in, py.OpMul, acc, o); err != nil {
			return nil, err
		}
	}
}
