package py

import (
	"bufio"
	"math"
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// unescapePy decodes Python's unicode_escape encoding used by the
// testdata generators.
func unescapePy(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			b.WriteByte(c)
			continue
		}
		i++
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case '\\':
			b.WriteByte('\\')
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[s[i]]
			v, _ := strconv.ParseUint(s[i+1:i+1+n], 16, 32)
			b.WriteRune(rune(v))
			i += n
		default:
			b.WriteByte('\\')
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func floatFromBits(t *testing.T, h string) float64 {
	u, err := strconv.ParseUint(h, 16, 64)
	require.NoError(t, err)
	return math.Float64frombits(u)
}

func errText(err error) string {
	if e, ok := err.(*Exception); ok {
		return "ERR:" + e.Class.Name + ":" + e.messageString()
	}
	return "ERR:" + err.Error()
}

// TestFormatSpecTable checks format() of int, float, str, complex and bool
// against python3.11's output (testdata/num_format.txt, made by gen.py).
func TestFormatSpecTable(t *testing.T) {
	setupBuiltinTypes() // the built-in types' methods, as NewInterp does
	f, err := os.Open("testdata/num_format.txt")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	n, bad := 0, 0
	for sc.Scan() {
		parts := strings.SplitN(sc.Text(), "\t", 4)
		require.Len(t, parts, 4)
		kind, val, spec, want := parts[0], parts[1], unescapePy(parts[2]), unescapePy(parts[3])
		var got string
		var err error
		switch kind {
		case "i":
			b, _ := new(big.Int).SetString(val, 10)
			got, err = FormatInt(NewBigInt(b), spec)
		case "b":
			got, err = formatIntTyped(Int(map[string]int64{"True": 1, "False": 0}[val]), spec, "bool")
			if spec == "" {
				got = val
			}
		case "f":
			got, err = FormatFloat(floatFromBits(t, val), spec)
		case "c":
			p := strings.Split(val, ",")
			got, err = FormatComplex(complex(floatFromBits(t, p[0]), floatFromBits(t, p[1])), spec)
		case "s":
			got, err = FormatStr(unescapePy(val), spec)
		}
		if err != nil {
			got = errText(err)
		} else {
			got = "OK:" + got
		}
		n++
		if !assert.Equal(t, want, got, "format(%s %s, %q)", kind, val, spec) {
			bad++
			if bad > 40 {
				t.FailNow()
			}
		}
	}
	t.Logf("%d format cases", n)
}

// TestFloatReprTable checks repr(), hash() and round(x, 2) of 3000
// doubles against python3.11.
func TestFloatReprTable(t *testing.T) {
	setupBuiltinTypes() // the built-in types' methods, as NewInterp does
	f, err := os.Open("testdata/num_float_repr.txt")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	bad := 0
	for sc.Scan() {
		p := strings.Fields(sc.Text())
		x := floatFromBits(t, p[0])
		ok := assert.Equal(t, p[1], FloatRepr(x), "repr of %s", p[0])
		ok = assert.Equal(t, p[2], strconv.FormatInt(floatHash(x), 10), "hash of %s", p[1]) && ok
		if p[3] != "skip" {
			r, err := FloatRound(x, Int(2))
			require.NoError(t, err)
			ok = assert.Equal(t, p[3], FloatRepr(float64(r.(Float))), "round(%s, 2)", p[1]) && ok
		}
		if !ok {
			bad++
			if bad > 20 {
				t.FailNow()
			}
		}
	}
}
