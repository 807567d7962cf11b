package py

import (
	"bufio"
	"math/big"
	"math/bits"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func bigArg(t *testing.T, s string) Object {
	b, ok := new(big.Int).SetString(s, 10)
	require.True(t, ok, s)
	return NewBigInt(b)
}

func reprNum(o Object) string {
	switch v := o.(type) {
	case Int, *BigInt:
		s, _ := IntDecimalString(v)
		return s
	case Float:
		return FloatRepr(float64(v))
	case *Tuple:
		parts := []string{}
		for _, it := range v.Items {
			parts = append(parts, reprNum(it))
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	return "?"
}

// TestNumMiscTable covers int()/float() parsing, float.hex/fromhex,
// as_integer_ratio, round(), int hashes, bin/oct/hex and bit_length
// against python3.11 (testdata/num_misc.txt).
func TestNumMiscTable(t *testing.T) {
	setupBuiltinTypes() // the built-in types' methods, as NewInterp does
	f, err := os.Open("testdata/num_misc.txt")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		p := strings.Split(sc.Text(), "\t")
		require.Len(t, p, 4)
		kind, a, b, want := p[0], unescapePy(p[1]), unescapePy(p[2]), unescapePy(p[3])
		var got string
		var err error
		switch kind {
		case "int":
			base, _ := strconv.Atoi(b)
			var v Object
			if v, err = IntFromText(nil, NewStr(a), base); err == nil {
				got, err = IntDecimalString(v)
			}
		case "float":
			var x float64
			if x, err = FloatFromText(nil, NewStr(a)); err == nil {
				got = FloatRepr(x)
			}
		case "hex", "ratio", "round":
			x, _ := strconv.ParseFloat(a, 64)
			switch kind {
			case "hex":
				got = FloatHex(x)
			case "ratio":
				var r Object
				if r, err = FloatAsIntegerRatio(x); err == nil {
					got = reprNum(r)
				}
			default:
				var nd Object
				if b != "None" {
					nd = bigArg(t, b)
				}
				var r Object
				if r, err = Round(nil, Float(x), nd); err == nil {
					got = reprNum(r)
				}
			}
		case "fromhex":
			var x float64
			if x, err = FloatFromHex(a); err == nil {
				got = FloatRepr(x)
			}
		case "iround":
			var r Object
			if r, err = Round(nil, bigArg(t, a), bigArg(t, b)); err == nil {
				got = reprNum(r)
			}
		case "ihash":
			h, _ := Hash(nil, bigArg(t, a))
			got = strconv.FormatInt(h, 10)
		case "ihex":
			i := bigArg(t, a)
			got = IntToBase(i, 16) + " " + IntToBase(i, 8) + " " + IntToBase(i, 2)
		case "bitlen":
			i := bigArg(t, a)
			cnt := 0
			for _, w := range new(big.Int).Abs(toBig(i)).Bits() {
				cnt += bits.OnesCount64(uint64(w))
			}
			got = strconv.Itoa(intBitLength(i)) + " " + strconv.Itoa(cnt)
		case "chash":
			c, ok := parseComplexText(a)
			require.True(t, ok, a)
			got = strconv.FormatInt(complexHash(c), 10)
		default:
			t.Fatalf("unknown kind %s", kind)
		}
		if err != nil {
			got = errText(err)
		} else {
			got = "OK:" + got
		}
		n++
		assert.Equal(t, want, got, "%s(%q, %q)", kind, a, b)
	}
	t.Logf("%d cases", n)
}
