package compile

import (
	"os"
	"testing"
)

// TestDisFile prints the disassembly of $DIS_FILE (a debugging aid).
func TestDisFile(t *testing.T) {
	f := os.Getenv("DIS_FILE")
	if f == "" {
		t.Skip("set DIS_FILE")
	}
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	code, err := CompileSource("main.py", src)
	if err != nil {
		t.Fatal(err)
	}
	os.Stdout.WriteString(Disassemble(code))
}
