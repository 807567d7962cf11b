package mathmod

import (
	"math"
	"math/big"

	"aioplay/runtime/py"
)

// more_functions.go: logarithms, powers, rounding to int, and the float
// functions of two arguments.

func init() {
	register("log", mathLog, "log(x, [base=math.e])\nReturn the logarithm of x to the given base.")
	register("log2", logWith("log2", 2), "Return the base 2 logarithm of x.")
	register("log10", logWith("log10", 10), "Return the base 10 logarithm of x.")
	register("log1p", func(in *py.Interp, args []py.Object, kwnames []string) (py.Object, error) {
		x, err := floatArg(in, "log1p", args, kwnames)
		if err != nil {
			return nil, err
		}
		if x <= -1 {
			return nil, domainError()
		}
		return py.Float(math.Log1p(x)), nil
	}, "Return the natural logarithm of 1+x (base e).")
	register("pow", mathPow, "Return x**y (x to the power of y).")
	register("floor", roundingFunc("floor", "__floor__", math.Floor), "Return the floor of x as an Integral.")
	register("ceil", roundingFunc("ceil", "__ceil__", math.Ceil), "Return the ceiling of x as an Integral.")
	register("trunc", mathTrunc, "Truncates the Real x to the nearest Integral toward 0.")
	register("copysign", twoFloats("copysign", func(x, y float64) (float64, error) { return math.Copysign(x, y), nil }), "Return a float with the magnitude of x but the sign of y.")
	register("fmod", twoFloats("fmod", func(x, y float64) (float64, error) {
		if (y == 0 && !math.IsNaN(x)) || (math.IsInf(x, 0) && !math.IsNaN(y)) {
			return 0, domainError()
		}
		if math.IsInf(y, 0) && !math.IsInf(x, 0) {
			return x, nil
		}
		return math.Mod(x, y), nil
	}), "Return fmod(x, y), according to platform C.")
	register("remainder", twoFloats("remainder", func(x, y float64) (float64, error) {
		if math.IsNaN(x) || math.IsNaN(y) {
			return math.NaN(), nil
		}
		if math.IsInf(x, 0) || y == 0 {
			return 0, domainError()
		}
		if math.IsInf(y, 0) {
			return x, nil
		}
		return math.Remainder(x, y), nil
	}), "Difference between x and the closest integer multiple of y.")
	register("atan2", twoFloats("atan2", func(y, x float64) (float64, error) { return py.Atan2(y, x), nil }), "Return the arc tangent (measured in radians) of y/x.")
	register("nextafter", twoFloats("nextafter", func(x, y float64) (float64, error) { return math.Nextafter(x, y), nil }), "Return the next floating-point value after x towards y.")
	register("ldexp", mathLdexp, "Return x * (2**i).")
	register("frexp", func(in *py.Interp, args []py.Object, kwnames []string) (py.Object, error) {
		x, err := floatArg(in, "frexp", args, kwnames)
		if err != nil {
			return nil, err
		}
		if math.IsInf(x, 0) || math.IsNaN(x) || x == 0 {
			return py.NewTuple(py.Float(x), py.Int(0)), nil
		}
		m, e := math.Frexp(x)
		return py.NewTuple(py.Float(m), py.Int(e)), nil
	}, "Return the mantissa and exponent of x, as pair (m, e).")
	register("modf", func(in *py.Interp, args []py.Object, kwnames []string) (py.Object, error) {
		x, err := floatArg(in, "modf", args, kwnames)
		if err != nil {
			return nil, err
		}
		if math.IsInf(x, 0) {
			return py.NewTuple(py.Float(math.Copysign(0, x)), py.Float(x)), nil
		}
		i, f := math.Modf(x)
		return py.NewTuple(py.Float(f), py.Float(i)), nil
	}, "Return the fractional and integer parts of x.")
	register("ulp", func(in *py.Interp, args []py.Object, kwnames []string) (py.Object, error) {
		x, err := floatArg(in, "ulp", args, kwnames)
		if err != nil {
			return nil, err
		}
		x = math.Abs(x)
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return py.Float(x), nil
		}
		next := math.Nextafter(x, math.Inf(1))
		if math.IsInf(next, 0) {
			return py.Float(x - math.Nextafter(x, 0)), nil
		}
		return py.Float(next - x), nil
	}, "Return the value of the least significant bit of the float x.")
	for _, p := range []struct {
		name string
		f    func(float64) bool
	}{{"isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }}, {"isinf", func(x float64) bool { return math.IsInf(x, 0) }}, {"isnan", math.IsNaN}} {
		p := p
		register(p.name, func(in *py.Interp, args []py.Object, kwnames []string) (py.Object, error) {
			x, err := floatArg(in, p.name, args, kwnames)
			if err != nil {
				return nil, err
			}
			return py.Bool(p.f(x)), nil
		}, "")
	}
	register("isclose", mathIsClose, "Determine whether two floating point numbers are close in value.")
}

func floatArg(in *py.Interp, name string, args []py.Object, kwnames []string) (float64, error) {
	if err := oneArg(name, args, kwnames); err != nil {
		return 0, err
	}
	return py.AsFloat(in, args[0])
}

func twoFloats(name string, f func(x, y float64) (float64, error)) py.Func {
	return func(in *py.Interp, args []py.Object, kwnames []string) (py.Object, error) {
		if err := nArgs(name, args, kwnames, 2); err != nil {
			return nil, err
		}
		x, err := py.AsFloat(in, args[0])
		if err != nil {
			return nil, err
		}
		y, err := py.AsFloat(in, args[1])
		if err != nil {
			return nil, err
		}
		r, err := f(x, y)
		if err != nil {
			return nil, err
		}
		return py.Float(r), nil
	}
}

// logOf is ln(x) for a number object; ints too big for a float use
// ln(m) + e*ln(2) with x == m * 2**e, as CPython.
func logOf(in *py.Interp, o py.Object) (float64, error) {
	return logHelper(in, o, py.AccurateLog)
}

func logHelper(in *py.Interp, o py.Object, f func(float64) float64) (float64, error) {
	if i, ok := py.AsInt(o); ok {
		if py.IntSign(i) <= 0 {
			return 0, domainError()
		}
		if b, ok := i.(*py.BigInt); ok && b.Big().BitLen() > 1000 {
			m, e := bigFrexp(b.Big())
			return f(m) + f(2.0)*float64(e), nil
		}
	}
	x, err := py.AsFloat(in, o)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(x) {
		return x, nil
	}
	if x <= 0 {
		return 0, domainError()
	}
	if math.IsInf(x, 1) {
		return x, nil
	}
	return f(x), nil
}

// bigFrexp is x == m * 2**e with 0.5 <= m < 1 (m rounded to 53 bits).
func bigFrexp(x *big.Int) (float64, int) {
	e := x.BitLen()
	f := new(big.Float).SetInt(x)
	f.SetMantExp(f, -e)
	m, _ := f.Float64()
	if m == 1 {
		m, e = 0.5, e+1
	}
	return m, e
}

func mathLog(in *py.Interp, args []py.Object, kwnames []string) (py.Object, error) {
	if len(kwnames) > 0 {
		return nil, py.Errorf(py.TypeError, "log() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, py.Errorf(py.TypeError, "log expected 1 or 2 arguments, got %d", len(args))
	}
	if len(args) == 2 {
		xf, xok := args[0].(py.Float)
		bf, bok := args[1].(py.Float)
		if xok && bok && xf > 0 && bf > 0 && !math.IsInf(float64(xf), 0) && !math.IsInf(float64(bf), 0) {
			if bf == 1 {
				return nil, py.Errorf(py.ZeroDivisionError, "float division by zero")
			}
			return py.Float(py.AccurateLog(float64(xf)) / py.AccurateLog(float64(bf))), nil
		}
	}
	num, err := logOf(in, args[0])
	if err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return py.Float(num), nil
	}
	den, err := logOf(in, args[1])
	if err != nil {
		return nil, err
	}
	if den == 0 {
		return nil, py.Errorf(py.ZeroDivisionError, "float division by zero")
	}
	return py.Float(num / den), nil
}

func logWith(name string, base float64) py.Func {
	f := py.Log10
	if base == 2 {
		f = log2
	}
	return func(in *py.Interp, args []py.Object, kwnames []string) (py.Object, error) {
		if err := oneArg(name, args, kwnames); err != nil {
			return nil, err
		}
		r, err := logHelper(in, args[0], f)
		if err != nil {
			return nil, err
		}
		return py.Float(r), nil
	}
}

func log2(x float64) float64 {
	if frac, e := math.Frexp(x); frac == 0.5 {
		return float64(e - 1)
	}
	return py.AccurateLogBase(x, 2)
}

func mathPow(in *py.Interp, args []py.Object, kwnames []string) (py.Object, error) {
	if err := nArgs("pow", args, kwnames, 2); err != nil {
		return nil, err
	}
	x, err := py.AsFloat(in, args[0])
	if err != nil {
		return nil, err
	}
	y, err := py.AsFloat(in, args[1])
	if err != nil {
		return nil, err
	}
	switch {
	case y == 0 || x == 1:
		return py.Float(1), nil
	case math.IsNaN(x) || math.IsNaN(y):
		return py.Float(math.NaN()), nil
	case math.IsInf(x, 0) || math.IsInf(y, 0):
		return py.Float(math.Pow(x, y)), nil
	case x == 0 && y < 0:
		return nil, domainError()
	case x < 0 && y != math.Floor(y):
		return nil, domainError()
	}
	r, err := py.BinaryOp(in, py.OpPow, py.Float(x), py.Float(y))
	if err != nil {
		if e, ok := err.(*py.Exception); ok && e.Class == py.OverflowError {
			return nil, rangeError()
		}
		return nil, err
	}
	return r, nil
}

func roundingFunc(name, dunder string, f func(float64) float64) py.Func {
	dname := py.Intern(dunder)
	return func(in *py.Interp, args []py.Object, kwnames []string) (py.Object, error) {
		if err := oneArg(name, args, kwnames); err != nil {
			return nil, err
		}
		switch v := args[0].(type) {
		case py.Float:
			return py.FloatToInt(f(float64(v)))
		case py.Int, *py.BigInt:
			return v, nil
		}
		m, err := py.LookupSpecial(in, args[0], dname)
		if err != nil {
			return nil, err
		}
		if m != nil && m != py.None {
			return py.Call(in, m, nil, nil)
		}
		x, err := py.AsFloat(in, args[0])
		if err != nil {
			return nil, err
		}
		return py.FloatToInt(f(x))
	}
}

var nameTrunc = py.Intern("__trunc__")

func mathTrunc(in *py.Interp, args []py.Object, kwnames []string) (py.Object, error) {
	if err := oneArg("trunc", args, kwnames); err != nil {
		return nil, err
	}
	switch v := args[0].(type) {
	case py.Float:
		return py.FloatToInt(float64(v))
	case py.Int, *py.BigInt:
		return v, nil
	}
	m, err := py.LookupSpecial(in, args[0], nameTrunc)
	if err != nil {
		return nil, err
	}
	if m == nil || m == py.None {
		return nil, py.Errorf(py.TypeError, "type %s doesn't define __trunc__ method", py.TypeName(args[0]))
	}
	return py.Call(in, m, nil, nil)
}

func mathLdexp(in *py.Interp, args []py.Object, kwnames []string) (py.Object, error) {
	if err := nArgs("ldexp", args, kwnames, 2); err != nil {
		return nil, err
	}
	x, err := py.AsFloat(in, args[0])
	if err != nil {
		return nil, err
	}
	iv, ok := py.AsInt(args[1])
	if !ok {
		return nil, py.Errorf(py.TypeError, "Expected an int as second argument to ldexp.")
	}
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return py.Float(x), nil
	}
	var e int
	switch v := iv.(type) {
	case py.Int:
		e = int(max(min(int64(v), 1<<20), -(1 << 20)))
	default:
		if py.IntSign(v) > 0 {
			e = 1 << 20
		} else {
			e = -(1 << 20)
		}
	}
	r := math.Ldexp(x, e)
	if math.IsInf(r, 0) {
		return nil, rangeError()
	}
	return py.Float(r), nil
}

func mathIsClose(in *py.Interp, args []py.Object, kwnames []string) (py.Object, error) {
	npos := len(args) - len(kwnames)
	if npos != 2 {
		return nil, py.Errorf(py.TypeError, "isclose() takes exactly 2 positional arguments (%d given)", npos)
	}
	relTol, absTol := 1e-09, 0.0
	for i, kw := range kwnames {
		v, err := py.AsFloat(in, args[npos+i])
		if err != nil {
			return nil, err
		}
		switch kw {
		case "rel_tol":
			relTol = v
		case "abs_tol":
			absTol = v
		default:
			return nil, py.Errorf(py.TypeError, "isclose() got an unexpected keyword argument '%s'", kw)
		}
	}
	a, err := py.AsFloat(in, args[0])
	if err != nil {
		return nil, err
	}
	b, err := py.AsFloat(in, args[1])
	if err != nil {
		return nil, err
	}
	if relTol < 0 || absTol < 0 {
		return nil, py.Errorf(py.ValueError, "tolerances must be non-negative")
	}
	if a == b {
		return py.True, nil
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return py.False, nil
	}
	diff := math.Abs(b - a)
	return py.Bool(diff <= math.Abs(relTol*b) || diff <= math.Abs(relTol*a) || diff <= absTol), nil
}
