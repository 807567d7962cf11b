package compile

import (
	"encoding/json"
	"os"
	"testing"

	"aioplay/runtime/syntax"
)

// TestAcceptReject compares, for tricky snippets, whether the program
// compiles and with which SyntaxError message, with a table written by
// CPython 3.11 (testdata/accept_reject.json: [source, message or null]).
// $DIFF_CASES names another table.
func TestAcceptReject(t *testing.T) {
	f := os.Getenv("DIFF_CASES")
	if f == "" {
		f = "testdata/accept_reject.json"
	}
	data, _ := os.ReadFile(f)
	var cases [][2]*string
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		src, want := *c[0], c[1]
		_, err := CompileSource("main.py", []byte(src))
		got := ""
		if err != nil {
			if se, ok := err.(*syntax.Error); ok {
				got = se.Msg
			} else {
				got = err.Error()
			}
		}
		w := ""
		if want != nil {
			w = *want
		}
		if got != w {
			t.Errorf("%q:\n  cpython: %q\n  mine:    %q", src, w, got)
		}
	}
}
