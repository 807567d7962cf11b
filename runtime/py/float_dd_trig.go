package py

import (
	"math"
	"math/big"
	"sync"
)

// float_dd_trig.go: sin, cos, tan, atan, atan2 and cbrt rounded like C's
// libm (correctly, in practice): double-double evaluation, or one Newton
// step in double-double from Go's result.

var (
	ddTrigOnce sync.Once
	ddPio2     [3]float64 // pi/2 as a sum of three doubles
	ddSinCoef  [16]dd     // (-1)**k / (2k+1)!
	ddCosCoef  [16]dd     // (-1)**k / (2k)!
)

// bigAtanInv is atan(1/n) at 200 bits.
func bigAtanInv(n int64) *big.Float {
	const prec = 200
	x := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1), new(big.Float).SetPrec(prec).SetInt64(n))
	x2 := new(big.Float).SetPrec(prec).Mul(x, x)
	sum := new(big.Float).SetPrec(prec).Set(x)
	term := new(big.Float).SetPrec(prec).Set(x)
	tmp := new(big.Float).SetPrec(prec)
	for k := int64(1); k < 200; k++ {
		term.Mul(term, x2)
		tmp.Quo(term, tmp.SetInt64(2*k+1))
		if k%2 == 1 {
			sum.Sub(sum, tmp)
		} else {
			sum.Add(sum, tmp)
		}
		if tmp.MantExp(nil) < -prec {
			break
		}
	}
	return sum
}

func ddTrigSetup() {
	ddTrigOnce.Do(func() {
		const prec = 200
		// pi/2 = 8*atan(1/5) - 2*atan(1/239) (Machin)
		p := new(big.Float).SetPrec(prec).Mul(big.NewFloat(8), bigAtanInv(5))
		p.Sub(p, new(big.Float).SetPrec(prec).Mul(big.NewFloat(2), bigAtanInv(239)))
		for i := range ddPio2 {
			f, _ := p.Float64()
			ddPio2[i] = f
			p.Sub(p, new(big.Float).SetFloat64(f))
		}
		f := new(big.Float).SetPrec(prec).SetInt64(1)
		for n := int64(0); n < 32; n++ {
			if n > 0 {
				f.Mul(f, new(big.Float).SetInt64(n))
			}
			inv := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1), f)
			if (n/2)%2 == 1 {
				inv.Neg(inv)
			}
			if n%2 == 0 {
				ddCosCoef[n/2] = bigToDD(inv)
			} else {
				ddSinCoef[n/2] = bigToDD(inv)
			}
		}
	})
}

// ddReduce returns r = x - k*pi/2 (|r| <= pi/4 about) and k mod 4; ok is
// false for |x| too large for this reduction.
func ddReduce(x float64) (dd, int, bool) {
	if math.Abs(x) > 1<<28 || math.IsNaN(x) || math.IsInf(x, 0) {
		return dd{}, 0, false
	}
	ddTrigSetup()
	k := math.Round(x * (2 / math.Pi))
	r := dd{x, 0}
	for _, p := range ddPio2 {
		r = ddAdd(r, twoProd(-k, p))
	}
	return r, int(int64(k) & 3), true
}

// ddSinCos are the Taylor series of sin and cos at a reduced argument.
func ddSinCos(r dd) (dd, dd) {
	r2 := ddMul(r, r)
	s := ddSinCoef[len(ddSinCoef)-1]
	c := ddCosCoef[len(ddCosCoef)-1]
	for k := len(ddSinCoef) - 2; k >= 0; k-- {
		s = ddAdd(ddMul(s, r2), ddSinCoef[k])
		c = ddAdd(ddMul(c, r2), ddCosCoef[k])
	}
	return ddMul(s, r), c
}

// ddSinCosX is (sin x, cos x) in double-double.
func ddSinCosX(x float64) (dd, dd, bool) {
	r, q, ok := ddReduce(x)
	if !ok {
		return dd{}, dd{}, false
	}
	s, c := ddSinCos(r)
	neg := func(a dd) dd { return dd{-a.hi, -a.lo} }
	switch q {
	case 1:
		s, c = c, neg(s)
	case 2:
		s, c = neg(s), neg(c)
	case 3:
		s, c = neg(c), s
	}
	return s, c, true
}

// Sin, Cos and Tan are C's sin, cos and tan.
func Sin(x float64) float64 {
	if x == 0 || math.Abs(x) < 1e-8 {
		return math.Sin(x) // sin x == x to double precision; keeps -0
	}
	if s, _, ok := ddSinCosX(x); ok {
		return s.hi + s.lo
	}
	return math.Sin(x)
}

func Cos(x float64) float64 {
	if _, c, ok := ddSinCosX(x); ok {
		return c.hi + c.lo
	}
	return math.Cos(x)
}

func Tan(x float64) float64 {
	if x == 0 || math.Abs(x) < 1e-8 {
		return math.Tan(x)
	}
	if s, c, ok := ddSinCosX(x); ok {
		t := ddDiv(s, c)
		return t.hi + t.lo
	}
	return math.Tan(x)
}

// atanNewton refines y0 ~ atan(q) where q = num/den (a double-double).
func atanNewton(y0 float64, q dd) (float64, bool) {
	s, c, ok := ddSinCosX(y0)
	if !ok || c.hi == 0 {
		return y0, false
	}
	t := ddDiv(s, c)
	diff := ddAdd(q, dd{-t.hi, -t.lo})
	corr := (diff.hi + diff.lo) / (1 + t.hi*t.hi)
	r := ddAdd(dd{y0, 0}, dd{corr, 0})
	return r.hi + r.lo, true
}

// Atan is C's atan.
func Atan(x float64) float64 {
	y0 := math.Atan(x)
	if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) < 1e-8 || math.Abs(x) > 1e15 {
		return y0
	}
	if r, ok := atanNewton(y0, dd{x, 0}); ok {
		return r
	}
	return y0
}

// Atan2 is C's atan2.
func Atan2(y, x float64) float64 {
	r0 := math.Atan2(y, x)
	if x == 0 || y == 0 || math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) {
		return r0
	}
	q := ddDiv(dd{y, 0}, dd{x, 0})
	if math.Abs(q.hi) < 1e-8 || math.Abs(q.hi) > 1e15 {
		return r0
	}
	if r, ok := atanNewton(r0, q); ok {
		return r
	}
	return r0
}

// Cbrt is C's cbrt: Go's result refined by a Newton step in
// double-double.
func Cbrt(x float64) float64 {
	r := math.Cbrt(x)
	if r == 0 || math.IsNaN(r) || math.IsInf(r, 0) || math.Abs(x) < 1e-290 || math.Abs(x) > 1e290 {
		return r
	}
	r3 := ddMulF(twoProd(r, r), r)
	diff := ddAdd(dd{x, 0}, dd{-r3.hi, -r3.lo})
	corr := (diff.hi + diff.lo) / (3 * r * r)
	s := ddAdd(dd{r, 0}, dd{corr, 0})
	return s.hi + s.lo
}
