package py

import (
	"math"
	"math/big"
	"sync"
)

// float_accurate.go: correctly rounded (to within one rounding in 2**-120)
// logarithm, exponential and power, computed with math/big at 130 bits.
// C's libm (which CPython uses) rounds these correctly in practice while
// Go's math package may be off by an ulp or more; printed results must
// match CPython's digits. They are slower than the math package (a few
// microseconds) and used where fidelity matters more than speed.

const accPrec = 130

var (
	accOnce sync.Once
	accLn2  *big.Float
)

func accFloat() *big.Float { return new(big.Float).SetPrec(accPrec) }

// atanhSeries is 2*atanh(z) = 2*(z + z**3/3 + z**5/5 + ...), |z| small.
func atanhSeries(z *big.Float) *big.Float {
	z2 := accFloat().Mul(z, z)
	term := accFloat().Set(z)
	sum := accFloat().Set(z)
	tmp := accFloat()
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -accPrec-4)
	for k := int64(3); ; k += 2 {
		term.Mul(term, z2)
		tmp.Quo(term, tmp.SetInt64(k))
		sum.Add(sum, tmp)
		if tmp.Sign() == 0 || new(big.Float).Abs(tmp).Cmp(eps) < 0 {
			break
		}
	}
	return sum.Mul(sum, big.NewFloat(2))
}

func ln2Big() *big.Float {
	accOnce.Do(func() {
		third := accFloat().Quo(accFloat().SetInt64(1), accFloat().SetInt64(3))
		accLn2 = atanhSeries(third)
	})
	return accLn2
}

// bigLog is ln(x) for finite x > 0.
func bigLog(x float64) *big.Float {
	frac, e := math.Frexp(x) // x = frac * 2**e, 0.5 <= frac < 1
	if frac < math.Sqrt2/2 {
		frac *= 2
		e--
	}
	m := accFloat().SetFloat64(frac)
	one := accFloat().SetInt64(1)
	z := accFloat().Quo(accFloat().Sub(m, one), accFloat().Add(m, one))
	r := atanhSeries(z)
	if e != 0 {
		r.Add(r, accFloat().Mul(ln2Big(), accFloat().SetInt64(int64(e))))
	}
	return r
}

// bigExpToFloat is exp(t) rounded to float64 (±Inf / 0 beyond range).
func bigExpToFloat(t *big.Float) float64 {
	tf, _ := t.Float64()
	if tf > 710 {
		return math.Inf(1)
	}
	if tf < -746 {
		return 0
	}
	ln2 := ln2Big()
	kf, _ := accFloat().Quo(t, ln2).Float64()
	k := int64(math.Round(kf))
	r := accFloat().Sub(t, accFloat().Mul(ln2, accFloat().SetInt64(k)))
	// exp(r) with r reduced by 2**-10, Taylor series, squared back.
	const halvings = 10
	r.SetMantExp(r, -halvings)
	sum := accFloat().SetInt64(1)
	term := accFloat().SetInt64(1)
	tmp := accFloat()
	for n := int64(1); n < 40; n++ {
		term.Mul(term, r)
		term.Quo(term, tmp.SetInt64(n))
		sum.Add(sum, term)
		if term.Sign() == 0 || term.MantExp(nil) < -accPrec-4 {
			break
		}
	}
	for i := 0; i < halvings; i++ {
		sum.Mul(sum, sum)
	}
	sum.SetMantExp(sum, int(k))
	f, _ := sum.Float64()
	return f
}

// accuratePow is x**y for finite x > 0 and finite y.
func accuratePow(x, y float64) float64 {
	if x == 1 {
		return 1
	}
	if r, ok := ddPow(x, y); ok {
		return r
	}
	t := bigLog(x)
	t.Mul(t, accFloat().SetFloat64(y))
	return bigExpToFloat(t)
}

// AccurateExp is exp(x) correctly rounded.
func AccurateExp(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return math.Exp(x)
	}
	if r, ok := ddExpFloat(dd{x, 0}); ok {
		return r
	}
	return bigExpToFloat(accFloat().SetFloat64(x))
}

// AccurateLog is ln(x) correctly rounded (x finite, > 0).
func AccurateLog(x float64) float64 {
	if x == 1 {
		return 0
	}
	if math.IsNaN(x) || math.IsInf(x, 0) || x <= 0 {
		return math.Log(x)
	}
	if !math.IsInf(x, 0) && x > 0 {
		l := ddLog(x)
		return l.hi + l.lo
	}
	f, _ := bigLog(x).Float64()
	return f
}

// AccurateLogBase is ln(x)/ln(base) rounded once.
func AccurateLogBase(x, base float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x <= 0 || math.IsNaN(base) || math.IsInf(base, 0) || base <= 0 {
		return math.Log(x) / math.Log(base)
	}
	if !math.IsInf(x, 0) && x > 0 && !math.IsInf(base, 0) && base > 0 && base != 1 {
		r := ddDiv(ddLog(x), ddLog(base))
		return r.hi + r.lo
	}
	num := bigLog(x)
	den := bigLog(base)
	f, _ := num.Quo(num, den).Float64()
	return f
}

// AccurateExpScaled is exp(x) * 2**k rounded once (for sinh/cosh near the
// overflow threshold).
func AccurateExpScaled(x float64, k int) float64 {
	t := accFloat().SetFloat64(x)
	t.Sub(t, accFloat().Mul(ln2Big(), accFloat().SetInt64(int64(-k))))
	return bigExpToFloat(t)
}

// Log10 is C's log10 as glibc computes it (the fdlibm method: a correctly
// rounded natural logarithm of the reduced argument scaled by 1/ln(10),
// plus the exponent times log10(2) in two parts), so that printed
// results match CPython's.
func Log10(x float64) float64 {
	const (
		ivln10    = 4.34294481903251816668e-01
		log10_2hi = 3.01029995663611771306e-01
		log10_2lo = 3.69423907715893078616e-13
	)
	b := math.Float64bits(x)
	hx := uint32(b >> 32)
	k := int32(0)
	if hx < 0x00100000 { // subnormal
		x *= 1 << 54
		b = math.Float64bits(x)
		hx = uint32(b >> 32)
		k -= 54
	}
	k += int32(hx>>20) - 1023
	i := int32(uint32(k) >> 31)
	hx = (hx & 0x000fffff) | uint32(0x3ff-i)<<20
	y := float64(k + i)
	x = math.Float64frombits(uint64(hx)<<32 | b&0xffffffff)
	z := float64(y*log10_2lo) + float64(ivln10*AccurateLog(x))
	return z + float64(y*log10_2hi)
}
