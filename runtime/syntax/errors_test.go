package syntax

import (
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestErrors parses each case of testdata/errors.txt and compares the
// error (kind, line, CPython offset, message) with CPython 3.11's, kept in
// testdata/errors.golden.
func TestErrors(t *testing.T) {
	cases := readErrorCases(t)
	golden, err := os.ReadFile("testdata/errors.golden")
	require.NoError(t, err)
	want := strings.Split(strings.TrimSuffix(string(golden), "\n"), "\n")
	require.Equal(t, len(cases), len(want), "errors.golden is stale: run testdata/gen_golden.py")
	for i, src := range cases {
		got := "OK"
		if _, err := Parse("main.py", []byte(src)); err != nil {
			e, ok := err.(*Error)
			require.True(t, ok, "error for %q should be *Error", src)
			got = e.Kind + "|" + strconv.Itoa(int(e.Pos.Line)) + "|" + strconv.Itoa(e.Offset()) + "|" + e.Msg
		}
		assert.Equal(t, want[i], got, "source %q", src)
	}
}

func readErrorCases(t *testing.T) []string {
	data, err := os.ReadFile("testdata/errors.txt")
	require.NoError(t, err)
	var cases []string
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var s string
		require.NoError(t, json.Unmarshal([]byte(line), &s), line)
		cases = append(cases, s)
	}
	return cases
}

func TestErrorFormatting(t *testing.T) {
	_, err := Parse("prog.py", []byte("x = 1\ny = (é + \n"))
	require.Error(t, err)
	e := err.(*Error)
	assert.Equal(t, "'(' was never closed (prog.py, line 2)", e.Error())
	assert.Equal(t, "y = (é + ", e.Text)
	assert.Equal(t, Pos{2, 4}, e.Pos)
	assert.Equal(t, 5, e.Offset(), "offsets count code points, 1-based")

	_, err = Parse("prog.py", []byte("s = 'é' + )"))
	require.Error(t, err)
	e = err.(*Error)
	assert.Equal(t, int32(11), e.Pos.Col, "Col is a byte offset")
	assert.Equal(t, 11, e.Offset(), "Offset is 1-based in code points")
}
