package py

import (
	"bufio"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// parseInts parses a space-separated list of ints ("/" kept as -1 marker
// handled by the caller).
func parseInts(t *testing.T, s string) []Object {
	var out []Object
	for _, f := range strings.Fields(s) {
		v, err := strconv.ParseInt(f, 10, 64)
		require.NoError(t, err, f)
		out = append(out, Int(v))
	}
	return out
}

func setOfInts(t *testing.T, xs []Object) *Set {
	s := NewSet()
	require.NoError(t, s.Update(testIn(), &List{Items: xs}))
	return s
}

func intsString(xs []Object) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = strconv.FormatInt(int64(x.(Int)), 10)
	}
	return strings.Join(parts, " ")
}

// TestSetOrderMatchesCPython replays operations recorded from python3.11
// (testdata/gen_set_order.py) and compares iteration orders.
func TestSetOrderMatchesCPython(t *testing.T) {
	f, err := os.Open("testdata/set_order.txt")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		parts := strings.Split(line, "|")
		require.Len(t, parts, 4, line)
		op, want := parts[0], parts[3]
		if op == "pop" {
			continue // checked below with its marker
		}
		a := parseInts(t, parts[1])
		b := parseInts(t, parts[2])
		var got string
		switch op {
		case "add":
			got = intsString(setOfInts(t, a).Items())
		case "or", "and", "sub", "xor":
			sa, sb := setOfInts(t, a), setOfInts(t, b)
			var r *Set
			switch op {
			case "or":
				r = sa.copySet(false)
				require.NoError(t, r.Update(testIn(), sb))
			case "and":
				r, err = sa.intersection(testIn(), sb)
			case "sub":
				r, err = sa.difference(testIn(), sb)
			case "xor":
				r, err = sa.symmetricDifference(testIn(), sb)
			}
			require.NoError(t, err)
			got = intsString(r.Items())
		case "discard", "discard_add":
			s := setOfInts(t, a)
			for _, x := range b {
				_, err := s.Discard(testIn(), x)
				require.NoError(t, err)
			}
			if op == "discard_add" {
				for i := 0; i < len(b); i += 2 {
					require.NoError(t, s.Add(testIn(), b[i]))
				}
			}
			got = intsString(s.Items())
		case "copy_update":
			s := setOfInts(t, a).copySet(false)
			require.NoError(t, s.Update(testIn(), &List{Items: b}))
			got = intsString(s.Items())
		case "frozenset":
			s, err := setFromIterable(testIn(), &List{Items: a}, true)
			require.NoError(t, err)
			got = intsString(s.Items())
		case "tuplehash":
			seen := map[[2]int64]bool{}
			var hs []string
			var keys [][2]int64
			for _, x := range a {
				v := int64(x.(Int))
				m7, m5 := v%7, v%5
				if m7 < 0 {
					m7 += 7
				}
				if m5 < 0 {
					m5 += 5
				}
				k := [2]int64{m7, m5}
				if !seen[k] {
					seen[k] = true
					keys = append(keys, k)
				}
			}
			sort.Slice(keys, func(i, j int) bool {
				return keys[i][0] < keys[j][0] || keys[i][0] == keys[j][0] && keys[i][1] < keys[j][1]
			})
			for _, k := range keys {
				h, err := TupleHash(testIn(), NewTuple(Int(k[0]), Int(k[1])))
				require.NoError(t, err)
				hs = append(hs, strconv.FormatInt(h, 10))
			}
			got = strings.Join(hs, " ")
		case "fshash":
			s, err := setFromIterable(testIn(), &List{Items: a}, true)
			require.NoError(t, err)
			got = strconv.FormatInt(s.FrozenSetHash(), 10)
		default:
			t.Fatalf("unknown op %q", op)
		}
		require.Equal(t, want, got, "%s of %s and %s", op, parts[1], parts[2])
		n++
	}
	require.NoError(t, sc.Err())
	require.Greater(t, n, 1000)
}

func TestSetPopOrderMatchesCPython(t *testing.T) {
	data, err := os.ReadFile("testdata/set_order.txt")
	require.NoError(t, err)
	for _, line := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(line, "pop|") {
			continue
		}
		parts := strings.Split(line, "|")
		a := parseInts(t, parts[1])
		wantPopped, wantRest, _ := strings.Cut(parts[3], "/")
		s := setOfInts(t, a)
		var popped []Object
		for i := 0; i < 3 && s.Len() > 0; i++ {
			x, ok := s.pop()
			require.True(t, ok)
			popped = append(popped, x)
		}
		require.Equal(t, strings.TrimSpace(wantPopped), intsString(popped), "pops of %s", parts[1])
		require.Equal(t, strings.TrimSpace(wantRest), intsString(s.Items()), "rest of %s", parts[1])
	}
}
