package py

import (
	"os"
	"testing"
)

// Temporary: profile a program given by AIOPLAY_PROF (deleted before the end of the session).
func TestZZProfileProgram(t *testing.T) {
	path := os.Getenv("AIOPLAY_PROF")
	if path == "" {
		t.Skip()
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	in := NewInterp(Options{Filename: path, Stdout: func(s string) { os.Stdout.WriteString(s) }})
	if err := RunSource(in, src); err != nil {
		t.Fatal(err)
	}
}
