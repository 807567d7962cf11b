package interp

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseClock(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Clock
	}{
		{"", Clock{}},
		{"virtual", Clock{}},
		{"real", Clock{Real: true, Factor: 1}},
		{"real:2", Clock{Real: true, Factor: 2}},
		{"real:0.25", Clock{Real: true, Factor: 0.25}},
	} {
		got, err := ParseClock(tc.in)
		require.NoError(t, err, "ParseClock(%q)", tc.in)
		assert.Equal(t, tc.want, got, "ParseClock(%q)", tc.in)
		if tc.in != "" {
			assert.Equal(t, tc.in, got.String(), "String is the inverse of ParseClock")
		}
	}
	for _, bad := range []string{"wall", "real:", "real:0", "real:-1", "real:x", "real:NaN", "virtual:2"} {
		_, err := ParseClock(bad)
		assert.Error(t, err, "ParseClock(%q) must fail", bad)
	}
}

func TestFormatSeconds(t *testing.T) {
	assert.Equal(t, "5", formatSeconds(5e9))
	assert.Equal(t, "0.5", formatSeconds(5e8))
	assert.Equal(t, "1.25", formatSeconds(1250e6))
}
