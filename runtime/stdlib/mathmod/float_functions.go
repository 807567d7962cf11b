package mathmod

import (
	"math"

	"aioplay/runtime/py"
)

// float_functions.go: the functions of one float argument, with CPython's
// rule: a NaN result from a non-NaN argument is a domain error, an
// infinite result from a finite argument a range error (overflow) or a
// domain error (pole).

func init() {
	unary := []struct {
		name        string
		f           func(float64) float64
		canOverflow bool
		doc         string
	}{
		{"acos", math.Acos, false, "Return the arc cosine (measured in radians) of x."},
		{"acosh", math.Acosh, false, "Return the inverse hyperbolic cosine of x."},
		{"asin", math.Asin, false, "Return the arc sine (measured in radians) of x."},
		{"asinh", math.Asinh, false, "Return the inverse hyperbolic sine of x."},
		{"atan", py.Atan, false, "Return the arc tangent (measured in radians) of x."},
		{"atanh", math.Atanh, false, "Return the inverse hyperbolic tangent of x."},
		{"cbrt", py.Cbrt, false, "Return the cube root of x."},
		{"cos", py.Cos, false, "Return the cosine of x (measured in radians)."},
		{"cosh", cosh, true, "Return the hyperbolic cosine of x."},
		{"erf", math.Erf, false, "Error function at x."},
		{"erfc", math.Erfc, false, "Complementary error function at x."},
		{"exp", py.AccurateExp, true, "Return e raised to the power of x."},
		{"exp2", exp2, true, "Return 2 raised to the power of x."},
		{"expm1", math.Expm1, true, "Return exp(x)-1."},
		{"fabs", math.Abs, false, "Return the absolute value of the float x."},
		{"sin", py.Sin, false, "Return the sine of x (measured in radians)."},
		{"sinh", sinh, true, "Return the hyperbolic sine of x."},
		{"sqrt", math.Sqrt, false, "Return the square root of x."},
		{"tan", py.Tan, false, "Return the tangent of x (measured in radians)."},
		{"tanh", math.Tanh, false, "Return the hyperbolic tangent of x."},
		{"gamma", gamma, true, "Gamma function at x."},
		{"lgamma", lgamma, true, "Natural logarithm of absolute value of Gamma function at x."},
		{"degrees", func(x float64) float64 { return x * (180.0 / math.Pi) }, true, "Convert angle x from radians to degrees."},
		{"radians", func(x float64) float64 { return x * (math.Pi / 180.0) }, false, "Convert angle x from degrees to radians."},
	}
	for _, u := range unary {
		u := u
		register(u.name, func(in *py.Interp, args []py.Object, kwnames []string) (py.Object, error) {
			if err := oneArg(u.name, args, kwnames); err != nil {
				return nil, err
			}
			x, err := py.AsFloat(in, args[0])
			if err != nil {
				return nil, err
			}
			r := u.f(x)
			if math.IsNaN(r) && !math.IsNaN(x) {
				return nil, domainError()
			}
			if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
				if u.canOverflow {
					return nil, rangeError()
				}
				return nil, domainError()
			}
			return py.Float(r), nil
		}, u.doc)
	}
}

func exp2(x float64) float64 {
	if x == math.Trunc(x) && math.Abs(x) < 1100 {
		return math.Ldexp(1, int(x))
	}
	r, err := py.BinaryOp(nil, py.OpPow, py.Float(2), py.Float(x))
	if err != nil {
		return math.Inf(1)
	}
	return float64(r.(py.Float))
}

func gamma(x float64) float64 {
	if x == math.Floor(x) && x <= 0 {
		return math.NaN()
	}
	if math.IsInf(x, -1) {
		return math.NaN()
	}
	return math.Gamma(x)
}

func sinh(x float64) float64 {
	if math.Abs(x) > 700 && !math.IsInf(x, 0) {
		return math.Copysign(py.AccurateExpScaled(math.Abs(x), -1), x)
	}
	return math.Sinh(x)
}

func cosh(x float64) float64 {
	if math.Abs(x) > 700 && !math.IsInf(x, 0) {
		return py.AccurateExpScaled(math.Abs(x), -1)
	}
	return math.Cosh(x)
}

func lgamma(x float64) float64 {
	if math.IsInf(x, 0) {
		return math.Inf(1)
	}
	if x == math.Floor(x) && x <= 0 {
		return math.NaN()
	}
	r, _ := math.Lgamma(x)
	return r
}
