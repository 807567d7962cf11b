package compile

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzCompile parses and compiles arbitrary input: neither phase may
// panic, and compiled code must disassemble.
func FuzzCompile(f *testing.F) {
	files, _ := filepath.Glob("../../tests/corpus/*.py")
	for _, name := range files {
		if src, err := os.ReadFile(name); err == nil {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		code, err := CompileSource("main.py", src)
		if err == nil {
			_ = Disassemble(code)
		}
	})
}
