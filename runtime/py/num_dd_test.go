package py

import (
	"math"
	"math/rand"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDoubleDoubleMatchesBig checks the fast double-double exp/log/pow
// against the 130-bit math/big versions on random arguments.
func TestDoubleDoubleMatchesBig(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	bad := 0
	for i := 0; i < 3000; i++ {
		x := math.Exp(r.Float64()*40 - 20)
		if i%3 == 0 {
			x = 1 + (r.Float64()-0.5)*0.3
		}
		y := (r.Float64() - 0.5) * 20
		want, _ := bigLog(x).Float64()
		l := ddLog(x)
		if !assert.Equal(t, want, l.hi+l.lo, "log(%v)", x) {
			bad++
		}
		tt := bigLog(x)
		tt.Mul(tt, accFloat().SetFloat64(y))
		wantPow := bigExpToFloat(tt)
		got, ok := ddPow(x, y)
		if ok && !assert.Equal(t, wantPow, got, "pow(%v, %v)", x, y) {
			bad++
		}
		e := (r.Float64() - 0.5) * 1400
		got, ok = ddExpFloat(dd{e, 0})
		if ok && !assert.Equal(t, bigExpToFloat(accFloat().SetFloat64(e)), got, "exp(%v)", e) {
			bad++
		}
		if bad > 10 {
			t.FailNow()
		}
	}
}
