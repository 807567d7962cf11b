package py

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

func latin1(s string) []byte {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = append(b, byte(r))
	}
	return b
}

// bytesJSONArg decodes the argument encoding of gen_bytes_methods.py.
func bytesJSONArg(v any) Object {
	switch x := v.(type) {
	case map[string]any:
		if s, ok := x["b"]; ok {
			return &Bytes{B: latin1(s.(string))}
		}
		if items, ok := x["t"]; ok {
			var out []Object
			for _, e := range items.([]any) {
				out = append(out, bytesJSONArg(e))
			}
			return &Tuple{Items: out}
		}
		var out []Object
		for _, e := range x["l"].([]any) {
			out = append(out, bytesJSONArg(e))
		}
		return &List{Items: out}
	}
	return jsonArg(v, false)
}

// TestBytesMethodsMatchCPython replays testdata/bytes_methods.jsonl,
// recorded from python3.11 by testdata/gen_bytes_methods.py.
func TestBytesMethodsMatchCPython(t *testing.T) {
	f, err := os.Open("testdata/bytes_methods.jsonl")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		var c []any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &c))
		kind, recv, method, want := c[0].(string), latin1(c[1].(string)), c[2].(string), c[4].(string)
		var args []Object
		for _, a := range c[3].([]any) {
			args = append(args, bytesJSONArg(a))
		}
		var self Object = &Bytes{B: recv}
		typ := BytesType
		if kind == "bytearray" {
			self, typ = &ByteArray{B: recv}, ByteArrayType
		}
		v, err := callMeth(t, typ, method, self, args...)
		require.Equal(t, want, result(t, v, err), "%s(%q).%s%v", kind, recv, method, c[3])
		n++
	}
	require.Greater(t, n, 500)
}
