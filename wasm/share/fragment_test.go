package share

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRoundTrip(t *testing.T) {
	for _, s := range []Snippet{
		{Source: ""},
		{Source: "print('hi')\n"},
		{Source: "import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n\nasyncio.run(main())\n", Clock: "real", Seed: 42},
		{Source: "s = 'héllo ✓ 🐍'\nprint(s)\n", Seed: -7},
		{Source: strings.Repeat("x = 1\n", 5000)},
	} {
		frag := Encode(s)
		assert.True(t, strings.HasPrefix(frag, "v1/"), "fragment %q should start with v1/", frag)
		assert.NotContains(t, frag, "+", "base64url, not base64")
		assert.NotContains(t, frag[3:], "/", "only the version separator may be a slash")
		got, err := Decode("#" + frag)
		require.NoError(t, err)
		assert.Equal(t, s, got, "round trip of %q", frag)
	}
}

func TestCompresses(t *testing.T) {
	src := strings.Repeat("await asyncio.sleep(1)\n", 200)
	assert.Less(t, len(Encode(Snippet{Source: src})), len(src)/10, "repetitive source should compress well")
}

func TestDecodeRejects(t *testing.T) {
	_, err := Decode("")
	assert.ErrorIs(t, err, ErrNotALink)
	_, err = Decode("#section-2")
	assert.ErrorIs(t, err, ErrNotALink)
	_, err = Decode("#v2/abc")
	assert.ErrorContains(t, err, "newer version")
	_, err = Decode("#v1/!!!")
	assert.ErrorContains(t, err, "bad base64")
	_, err = Decode("#v1/AAAA")
	assert.ErrorContains(t, err, "damaged")
	big := Encode(Snippet{Source: strings.Repeat("a", MaxSource+1)})
	_, err = Decode(big)
	assert.ErrorContains(t, err, "larger than 64 KiB")
}

func TestUnknownOptionsIgnored(t *testing.T) {
	got, err := Decode(Encode(Snippet{Source: "pass\n"}) + "&future=1&clock=bogus&seed=x")
	require.NoError(t, err)
	assert.Equal(t, Snippet{Source: "pass\n"}, got)
}
