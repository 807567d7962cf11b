package py

import (
	"testing"

	"aioplay/runtime/compile"
)

// benchProgram compiles src once and runs it b.N times in fresh Interps.
func benchProgram(b *testing.B, src string) {
	code, err := compile.CompileSource("main.py", []byte(src))
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		in := NewInterp(Options{Filename: "main.py"})
		if err := RunMain(in, code); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFib25 is recursive calls: frame push/pop and small-int arithmetic.
func BenchmarkFib25(b *testing.B) {
	benchProgram(b, "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nfib(25)\n")
}

// BenchmarkIntLoop is a 3,000,000-iteration while loop of int additions.
func BenchmarkIntLoop(b *testing.B) {
	benchProgram(b, "def f():\n    s = 0\n    i = 0\n    while i < 3000000:\n        s += i\n        i += 1\n    return s\nf()\n")
}

// BenchmarkMethodCalls is attribute loads and method calls on instances.
func BenchmarkMethodCalls(b *testing.B) {
	benchProgram(b, "class P:\n    def __init__(self, x): self.x = x\n    def get(self): return self.x\ndef f():\n    p = P(1)\n    s = 0\n    i = 0\n    while i < 1000000:\n        s += p.get() + p.x\n        i += 1\n    return s\nf()\n")
}

// BenchmarkGenerator is a generator resumed 1,000,000 times by a for loop.
func BenchmarkGenerator(b *testing.B) {
	benchProgram(b, "def gen(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\ndef f():\n    s = 0\n    for x in gen(1000000):\n        s += x\n    return s\nf()\n")
}
