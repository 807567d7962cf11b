package py

import "testing"

// BenchmarkSmallIntRangeLoop is a for loop over range with small-int
// products: FOR_ITER and BINARY_OP results stay within the preboxed ints
// (IntObject), so the loop itself should not allocate per iteration.
func BenchmarkSmallIntRangeLoop(b *testing.B) {
	benchProgram(b, "def f():\n    n = 0\n    for r in range(20):\n        for i in range(256, 8000):\n            n = (i * 1 - i) + (r * 3)\n    return n\nf()\n")
}
