package py

import "testing"

// Benchmarks of the small-int fast paths (no allocation expected).

func BenchmarkBinaryOpIntAdd(b *testing.B) {
	var acc Object = Int(0)
	one := Object(Int(1))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		acc, _ = BinaryOp(nil, OpAdd, acc, one)
	}
}

func BenchmarkBinaryOpIntMul(b *testing.B) {
	x, y := Object(Int(12345)), Object(Int(678))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		BinaryOp(nil, OpMul, x, y)
	}
}

func BenchmarkBinaryOpFloatAdd(b *testing.B) {
	var acc Object = Float(0)
	one := Object(Float(1.5))
	for i := 0; i < b.N; i++ {
		acc, _ = BinaryOp(nil, OpAdd, acc, one)
	}
}

func BenchmarkRichCompareIntLT(b *testing.B) {
	x, y := Object(Int(3)), Object(Int(4))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		RichCompare(nil, x, y, CmpLT)
	}
}

func BenchmarkEqInt(b *testing.B) {
	x, y := Object(Int(3)), Object(Int(3))
	for i := 0; i < b.N; i++ {
		Eq(nil, x, y)
	}
}

func BenchmarkHashFloat(b *testing.B) {
	x := Object(Float(3.25))
	for i := 0; i < b.N; i++ {
		Hash(nil, x)
	}
}

func BenchmarkFloatRepr(b *testing.B) {
	for i := 0; i < b.N; i++ {
		FloatRepr(0.1 + float64(i))
	}
}

func BenchmarkBigIntMul(b *testing.B) {
	x := Object(Int(1 << 62))
	for i := 0; i < b.N; i++ {
		BinaryOp(nil, OpMul, x, x)
	}
}
