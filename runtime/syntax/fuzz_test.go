package syntax

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse checks that no input makes the scanner or parser panic or
// return something other than a tree or an *Error. Seeds: the corpus
// programs, the feature files and the error cases; crashers found so far
// live in testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	for _, pattern := range []string{"../../tests/corpus/*.py", "testdata/parse/*.py"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			if src, err := os.ReadFile(file); err == nil {
				f.Add(src)
			}
		}
	}
	for _, c := range readErrorCases(&testing.T{}) {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, err := Parse("fuzz.py", src)
		if err != nil {
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("error %T is not *Error", err)
			}
			if e.Msg == "" || e.Kind == "" {
				t.Fatalf("error without message or kind: %#v", e)
			}
			_ = e.Offset()
			return
		}
		_ = Dump(mod)
		_, _ = ParseExpr("fuzz.py", src)
		_, _ = Scan("fuzz.py", src)
	})
}
