package py

import (
	"math"
	"testing"
)

func BenchmarkAccurateExp(b *testing.B) {
	for i := 0; i < b.N; i++ {
		AccurateExp(1.2345 + float64(i&7))
	}
}

func BenchmarkAccurateLog(b *testing.B) {
	for i := 0; i < b.N; i++ {
		AccurateLog(1.2345 + float64(i&7))
	}
}

func BenchmarkFloatPowFrac(b *testing.B) {
	for i := 0; i < b.N; i++ {
		floatPow(1.2345+float64(i&7), 0.37)
	}
}

func BenchmarkMathExp(b *testing.B) {
	for i := 0; i < b.N; i++ {
		math.Exp(1.2345 + float64(i&7))
	}
}
