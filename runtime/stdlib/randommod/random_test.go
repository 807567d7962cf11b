package randommod

import (
	"math/big"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"aioplay/runtime/py"
)

func bigText(o py.Object) string {
	switch v := o.(type) {
	case py.Int:
		return strconv.FormatInt(int64(v), 10)
	case *py.BigInt:
		return v.Big().String()
	}
	return "?"
}

// TestSeedsMatchCPython compares outputs with python3.11's _random.Random:
// seed, random(), getrandbits(64), getrandbits(7), getrandbits(100) and
// state words afterwards.
func TestSeedsMatchCPython(t *testing.T) {
	cases := []struct {
		seed                   string
		random                 float64
		bits64, bits7, bits100 string
		index                  int
		state0, state100       uint32
	}{
		{"42", 0.6394267984578837, "13679192365072849617", "35", "882565121070403957190206503824", 9, 2468570525, 1376677108},
		{"0", 0.8444218515250481, "16422101724900707500", "53", "710317309215200623862088544052", 9, 1372342863, 3381407135},
		{"-5", 0.6229016948897019, "6613812840851947673", "101", "938181154984218104806431072222", 9, 800844005, 2080881006},
		{"1267650600228229401496703205376", 0.7586581712996778, "1513291153158585423", "125", "1086738977437677721202656262308", 9, 4049679550, 3473488270},
		{"1", 0.13436424411240122, "14799178230035213023", "97", "563939619696045208395865113809", 9, 2145931878, 2258574612},
		{"4294967296", 0.11299430095636409, "17242564240753480966", "2", "1020149198573038340958676559629", 9, 2459513802, 4070850157},
		{"18446744073709551615", 0.021825695401270107, "11413945628603804224", "27", "1116722338894308056140682926674", 9, 2802514628, 3878316322},
	}
	for _, c := range cases {
		n, ok := new(big.Int).SetString(c.seed, 10)
		require.True(t, ok)
		r := &Random{}
		require.NoError(t, r.seed(nil, py.NewBigInt(n)))
		assert.Equal(t, c.random, r.random(), "Random(%s).random()", c.seed)
		for _, want := range []struct {
			k int
			s string
		}{{64, c.bits64}, {7, c.bits7}, {100, c.bits100}} {
			got, err := r.getrandbits(want.k)
			require.NoError(t, err)
			assert.Equal(t, want.s, bigText(got), "seed %s getrandbits(%d)", c.seed, want.k)
		}
		assert.Equal(t, c.index, r.index, "seed %s state index", c.seed)
		assert.Equal(t, c.state0, r.state[0], "seed %s state[0]", c.seed)
		assert.Equal(t, c.state100, r.state[100], "seed %s state[100]", c.seed)
	}
}

// TestSeedByHash: a float seed goes through hash() (hash(3.5) is
// 1152921504606846979).
func TestSeedByHash(t *testing.T) {
	r := &Random{}
	require.NoError(t, r.seed(nil, py.Float(3.5)))
	assert.Equal(t, 0.3039190124834461, r.random())
}

func BenchmarkRandom(b *testing.B) {
	r := &Random{}
	r.initGenrand(5)
	for i := 0; i < b.N; i++ {
		r.random()
	}
}

// TestSeedStrBytes: str and bytes seeds use random.py's version 2
// (a + sha512(a)); values from python3.11's random.Random.
func TestSeedStrBytes(t *testing.T) {
	r := &Random{}
	require.NoError(t, r.seed(nil, py.NewStr("hello")))
	assert.Equal(t, 0.3537754404730722, r.random())
	require.NoError(t, r.seed(nil, &py.Bytes{B: []byte("x")}))
	assert.Equal(t, 0.6307877176639078, r.random())
}
