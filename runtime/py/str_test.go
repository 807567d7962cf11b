package py

import (
	"bufio"
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// jsonArg converts a decoded JSON test argument to a Python value: strings
// to str, numbers to int, null to None, arrays to tuples (lists for join).
func jsonArg(v any, asList bool) Object {
	switch x := v.(type) {
	case string:
		return NewStr(x)
	case float64:
		return Int(int64(x))
	case bool:
		return Bool(x)
	case nil:
		return None
	case []any:
		items := make([]Object, len(x))
		for i, e := range x {
			items[i] = jsonArg(e, false)
		}
		if asList {
			return &List{Items: items}
		}
		return &Tuple{Items: items}
	}
	panic("unexpected JSON value")
}

// TestStrMethodsMatchCPython replays testdata/str_methods.jsonl, recorded
// from python3.11 by testdata/gen_str_methods.py.
func TestStrMethodsMatchCPython(t *testing.T) {
	f, err := os.Open("testdata/str_methods.jsonl")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		var c []any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &c))
		recv, method, want := c[0].(string), c[1].(string), c[3].(string)
		var args []Object
		for _, a := range c[2].([]any) {
			args = append(args, jsonArg(a, method == "join"))
		}
		v, err := callMeth(t, StrType, method, NewStr(recv), args...)
		require.Equal(t, want, result(t, v, err), "%q.%s%v", recv, method, c[2])
		n++
	}
	require.Greater(t, n, 1000)
}

func TestStrRepr(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", "''"},
		{"abc", "'abc'"},
		{"it's", `"it's"`},
		{`say "hi"`, `'say "hi"'`},
		{`both ' and "`, `'both \' and "'`},
		{"tab\tnl\ncr\rbs\\", `'tab\tnl\ncr\rbs\\'`},
		{"\x00\x1f\x7f", `'\x00\x1f\x7f'`},
		{"\u00e9\u00a0\u00ad", `'é\xa0\xad'`},
		{"\u2028\u200b\ufeff", `'\u2028\u200b\ufeff'`},
		{"日本語🎉", "'日本語🎉'"},
		{"\U000e0001", `'\U000e0001'`},
		{string(appendRune(nil, 0xd800)), `'\ud800'`},
	} {
		require.Equal(t, c.want, strRepr(c.in), "repr of %q", c.in)
	}
}

func TestStrIndexingAndSlicing(t *testing.T) {
	s := NewStr("héllo wörld")
	require.Equal(t, 11, s.Len())
	v, err := strGetItem(testIn(), s, Int(1))
	require.NoError(t, err)
	require.Equal(t, "é", v.(*Str).S)
	v, err = strGetItem(testIn(), s, Int(-4))
	require.NoError(t, err)
	require.Equal(t, "ö", v.(*Str).S)
	v, err = strGetItem(testIn(), s, NewSlice(Int(1), Int(8), Int(2)))
	require.NoError(t, err)
	require.Equal(t, "él ö", v.(*Str).S)
	v, err = strGetItem(testIn(), s, NewSlice(None, None, Int(-1)))
	require.NoError(t, err)
	require.Equal(t, "dlröw olléh", v.(*Str).S)
	_, err = strGetItem(testIn(), s, Int(11))
	require.EqualError(t, err, "IndexError: string index out of range")
	_, err = strGetItem(testIn(), NewStr("abc"), NewSlice(None, None, Int(0)))
	require.EqualError(t, err, "ValueError: slice step cannot be zero")
	sur := &Str{S: string(appendRune([]byte("a"), 0xdc80)) + "b"}
	require.Equal(t, 3, sur.Len(), "a lone surrogate is one code point")
	v, err = strGetItem(testIn(), sur, Int(1))
	require.NoError(t, err)
	require.Equal(t, `'\udc80'`, strRepr(v.(*Str).S))
}

func TestStrCodecs(t *testing.T) {
	for _, c := range []struct {
		data           string
		encoding, errs string
		want           string
	}{
		{"\xe2\x82A", "utf-8", "strict", "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"},
		{"\xe2A", "utf-8", "strict", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte"},
		{"\xe2\x82", "utf-8", "strict", "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
		{"\xed\xa0\x80", "utf-8", "strict", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"},
		{"a\xffb", "utf-8", "strict", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"},
		{"\xff", "ascii", "strict", "UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)"},
		{"\xe2\x82A", "utf-8", "replace", "'\ufffdA'"},
		{"\xed\xa0\x80", "utf-8", "replace", "'\ufffd\ufffd\ufffd'"},
		{"a\xffb\xfe", "utf-8", "ignore", "'ab'"},
		{"\xe2\x82A", "utf-8", "backslashreplace", `'\\xe2\\x82A'`},
		{"\xe2\x82A", "utf-8", "surrogateescape", `'\udce2\udc82A'`},
		{"caf\xc3\xa9", "utf8", "strict", "'café'"},
		{"caf\xe9", "latin-1", "strict", "'café'"},
		{"x", "bogus", "strict", "LookupError: unknown encoding: bogus"},
		{"\xff", "utf-8", "nope", "LookupError: unknown error handler name 'nope'"},
	} {
		s, err := Decode([]byte(c.data), c.encoding, c.errs)
		var got string
		if err != nil {
			got = err.Error()
		} else {
			got = strRepr(s.S)
		}
		require.Equal(t, c.want, got, "decode %q with %s/%s", c.data, c.encoding, c.errs)
	}
	sur := &Str{S: string(appendRune(appendRune(nil, 0xd800), 0xdc00)) + "x"}
	_, err := Encode(sur, "utf-8", "strict")
	require.EqualError(t, err, "UnicodeEncodeError: 'utf-8' codec can't encode characters in position 0-1: surrogates not allowed")
	b, err := Encode(sur, "utf-8", "surrogatepass")
	require.NoError(t, err)
	require.Equal(t, "\xed\xa0\x80\xed\xb0\x80x", string(b))
	_, err = Encode(NewStr("€"), "latin-1", "strict")
	require.EqualError(t, err, `UnicodeEncodeError: 'latin-1' codec can't encode character '\u20ac' in position 0: ordinal not in range(256)`)
	esc := &Str{S: string(appendRune(nil, 0xdcff))}
	b, err = Encode(esc, "utf-8", "surrogateescape")
	require.NoError(t, err)
	require.Equal(t, "\xff", string(b))
}

func TestStrConcatChainKeepsOlderStrings(t *testing.T) {
	base := NewStr(strings.Repeat("a", 200))
	s1 := StrConcat(base, NewStr("1"))
	s2 := StrConcat(s1, NewStr("2")) // appends in place after s1
	s3 := StrConcat(s1, NewStr("3")) // s1 is no longer the chain end: copies
	require.Equal(t, strings.Repeat("a", 200)+"1", s1.S)
	require.Equal(t, strings.Repeat("a", 200)+"12", s2.S)
	require.Equal(t, strings.Repeat("a", 200)+"13", s3.S)

	// Concurrent chains (as in parallel Interps) stay correct.
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			s := NewStr(strings.Repeat("x", 130))
			piece := NewStr(strconv.Itoa(g))
			for i := 0; i < 2000; i++ {
				s = StrConcat(s, piece)
			}
			if s.S != strings.Repeat("x", 130)+strings.Repeat(piece.S, 2000) {
				t.Errorf("goroutine %d built a wrong string", g)
			}
		}(g)
	}
	wg.Wait()
}
