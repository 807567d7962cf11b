package syntax

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// largestCorpusProgram returns the biggest program of the shared corpus.
func largestCorpusProgram(b *testing.B) []byte {
	files, _ := filepath.Glob("../../tests/corpus/*.py")
	sort.Strings(files)
	var best []byte
	for _, f := range files {
		if src, err := os.ReadFile(f); err == nil && len(src) > len(best) {
			best = src
		}
	}
	if best == nil {
		b.Skip("no corpus")
	}
	return best
}

// BenchmarkParse parses the largest corpus program; the target is well
// under 1 ms for 200 lines (the parser runs on every Run in the browser).
func BenchmarkParse(b *testing.B) {
	src := largestCorpusProgram(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Parse("main.py", src); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkScan(b *testing.B) {
	src := largestCorpusProgram(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		NewScanner("main.py", src).all()
	}
}
