package py

import (
	"math"
	"math/big"
	"sync"
)

// float_dd.go: exp, log and pow in double-double arithmetic (about 104
// bits), rounded once to float64. C's libm rounds these correctly in
// practice while Go's math package may be off by an ulp; CPython prints
// libm's digits. Products are split with Veltkamp's method (no FMA, so
// the results are the same on every platform, wasm included); explicit
// float64 conversions keep the compiler from fusing multiply-adds.

type dd struct{ hi, lo float64 }

func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

func quickTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

func split(a float64) (float64, float64) {
	t := float64(134217729 * a)
	hi := t - (t - a)
	return hi, a - hi
}

func twoProd(a, b float64) dd {
	p := float64(a * b)
	ah, al := split(a)
	bh, bl := split(b)
	err := float64(float64(float64(float64(ah*bh)-p)+float64(ah*bl))+float64(al*bh)) + float64(al*bl)
	return dd{p, err}
}

func ddAdd(a, b dd) dd {
	s := twoSum(a.hi, b.hi)
	t := twoSum(a.lo, b.lo)
	s.lo += t.hi
	s = quickTwoSum(s.hi, s.lo)
	s.lo += t.lo
	return quickTwoSum(s.hi, s.lo)
}

func ddMul(a, b dd) dd {
	p := twoProd(a.hi, b.hi)
	p.lo += float64(a.hi*b.lo) + float64(a.lo*b.hi)
	return quickTwoSum(p.hi, p.lo)
}

func ddMulF(a dd, b float64) dd {
	p := twoProd(a.hi, b)
	p.lo += float64(a.lo * b)
	return quickTwoSum(p.hi, p.lo)
}

func ddDiv(a, b dd) dd {
	q1 := a.hi / b.hi
	r := ddAdd(a, ddMulF(b, -q1))
	q2 := r.hi / b.hi
	r = ddAdd(r, ddMulF(b, -q2))
	q3 := r.hi / b.hi
	q := quickTwoSum(q1, q2)
	return ddAdd(q, dd{q3, 0})
}

// bigToDD rounds a big.Float to a double-double.
func bigToDD(x *big.Float) dd {
	hi, _ := x.Float64()
	rest := new(big.Float).SetPrec(x.Prec()).Sub(x, new(big.Float).SetFloat64(hi))
	lo, _ := rest.Float64()
	return dd{hi, lo}
}

const expTableBits = 6

var (
	ddOnce     sync.Once
	ddLn2      dd                    // ln 2
	ddLn2Frac  dd                    // ln 2 / 64
	ddExpTable [1 << expTableBits]dd // 2**(j/64)
	ddInvFact  [12]dd                // 1/n!
	ddInvOdd   [16]dd                // 1/(2k+1)
)

func ddSetup() {
	ddOnce.Do(func() {
		ln2 := ln2Big()
		ddLn2 = bigToDD(ln2)
		ddLn2Frac = bigToDD(new(big.Float).SetPrec(accPrec).Quo(ln2, big.NewFloat(1<<expTableBits)))
		for j := range ddExpTable {
			// 2**(j/64) = exp(j * ln2 / 64)
			t := accFloat().Mul(ln2, accFloat().SetFloat64(float64(j)/(1<<expTableBits)))
			ddExpTable[j] = bigToDD(bigExp(t))
		}
		for k := range ddInvOdd {
			ddInvOdd[k] = bigToDD(accFloat().Quo(accFloat().SetInt64(1), accFloat().SetInt64(int64(2*k+1))))
		}
		f := accFloat().SetInt64(1)
		for n := range ddInvFact {
			if n > 0 {
				f.Mul(f, accFloat().SetInt64(int64(n)))
			}
			ddInvFact[n] = bigToDD(accFloat().Quo(accFloat().SetInt64(1), f))
		}
	})
}

// bigExp is exp(t) at accPrec (t small).
func bigExp(t *big.Float) *big.Float {
	sum := accFloat().SetInt64(1)
	term := accFloat().SetInt64(1)
	tmp := accFloat()
	for n := int64(1); n < 60; n++ {
		term.Mul(term, t)
		term.Quo(term, tmp.SetInt64(n))
		sum.Add(sum, term)
		if term.Sign() == 0 || term.MantExp(nil) < -accPrec-4 {
			break
		}
	}
	return sum
}

// ddExpParts returns exp(t) as m * 2**n with m a double-double in
// [2**-1/128, 2]; ok is false when t is out of the range handled here.
func ddExpParts(t dd) (dd, int, bool) {
	if math.IsNaN(t.hi) || t.hi > 710 || t.hi < -740 {
		return dd{}, 0, false
	}
	ddSetup()
	k := math.Round(t.hi * ((1 << expTableBits) / math.Ln2))
	// r = t - k*ln2/64, |r| <= ln2/128
	r := ddAdd(t, ddMulF(ddLn2Frac, -k))
	// exp(r) - 1 = r + r**2/2 + r**3 * (1/3! + r/4! + ...). |r| < 2**-7,
	// so the tail is below 2**-23 and evaluating it in plain doubles keeps
	// the error under 2**-76: a wrong final rounding then needs a value
	// within 2**-76 of a rounding boundary (odds about 2**-23).
	rh := r.hi
	tail := 1.0 / 40320
	tail = tail*rh + 1.0/5040
	tail = tail*rh + 1.0/720
	tail = tail*rh + 1.0/120
	tail = tail*rh + 1.0/24
	tail = tail*rh + ddInvFact[3].hi
	r2 := ddMul(r, r)
	tail *= r2.hi * rh
	em1 := ddAdd(r, ddAdd(dd{r2.hi * 0.5, r2.lo * 0.5}, dd{tail, 0}))
	ki := int(k)
	j := ki & (1<<expTableBits - 1)
	n := (ki - j) >> expTableBits
	tj := ddExpTable[j]
	m := ddAdd(tj, ddMul(tj, em1))
	return m, n, true
}

// ddExpFloat is exp(t) rounded to float64.
func ddExpFloat(t dd) (float64, bool) {
	m, n, ok := ddExpParts(t)
	if !ok {
		return 0, false
	}
	if n < -1021 {
		// Subnormal result: scaling would round twice.
		return 0, false
	}
	return math.Ldexp(m.hi+m.lo, n), true
}

// ddLog is ln(x) for finite x > 0 as a double-double.
func ddLog(x float64) dd {
	if x > 0.9 && x < 1.12 {
		// 2*atanh(z), z = (x-1)/(x+1), |z| < 0.06: no cancellation near 1.
		ddSetup()
		num := dd{x - 1, 0} // exact (Sterbenz)
		den := twoSum(x, 1)
		z := ddDiv(num, den)
		z2 := ddMul(z, z)
		sum := ddInvOdd[len(ddInvOdd)-1]
		for k := len(ddInvOdd) - 2; k >= 0; k-- {
			sum = ddAdd(ddMul(sum, z2), ddInvOdd[k])
		}
		return ddMulF(ddMul(sum, z), 2)
	}
	y0 := math.Log(x)
	m, n, _ := ddExpParts(dd{-y0, 0})
	// c = x * exp(-y0) - 1
	e := ddMulF(m, math.Ldexp(x, n))
	c := ddAdd(e, dd{-1, 0})
	// log(x) = y0 + log1p(c) ~ y0 + c - c*c/2
	corr := ddAdd(c, dd{-0.5 * c.hi * c.hi, 0})
	return ddAdd(dd{y0, 0}, corr)
}

// ddPow is x**y for finite x > 0, finite y; ok false when out of range.
func ddPow(x, y float64) (float64, bool) {
	l := ddLog(x)
	t := ddMulF(l, y)
	return ddExpFloat(t)
}
