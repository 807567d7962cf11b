package share

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIDIsSaltedSHA256(t *testing.T) {
	canon := []byte(`{"v":1,"source":"print(1)","clock":"virtual"}`)
	sum := sha256.Sum256(append([]byte(Salt), canon...))
	full := base64.RawURLEncoding.EncodeToString(sum[:])
	id := ID(canon)
	assert.True(t, strings.HasPrefix(full, id), "ID %q is a prefix of the digest %q", id, full)
	assert.Len(t, id, 11, "this payload's digest does not end its 11th char in punctuation")
}

// TestIDExtension finds payloads whose 11th character is '_' or '-' and
// checks the ID runs on to the first letter or digit.
func TestIDExtension(t *testing.T) {
	found := 0
	for i := 0; i < 2000 && found < 5; i++ {
		canon := []byte(fmt.Sprintf(`{"v":1,"source":"%d","clock":"virtual"}`, i))
		sum := sha256.Sum256(append([]byte(Salt), canon...))
		full := base64.RawURLEncoding.EncodeToString(sum[:])
		id := ID(canon)
		assert.True(t, ValidID(id), "ID %q is valid", id)
		if !isPunct(full[10]) {
			assert.Len(t, id, 11)
			continue
		}
		found++
		n := 11
		for isPunct(full[n-1]) {
			n++
		}
		assert.Equal(t, full[:n], id, "extended while it ends in '_' or '-'")
		assert.Greater(t, len(id), 11)
	}
	assert.Positive(t, found, "some of 2000 digests have punctuation at position 11")
}

func TestValidID(t *testing.T) {
	for id, want := range map[string]bool{
		"AAAAAAAAAAA":    true,
		"abcXYZ09-_a":    true,
		"-_-_-_-_-_a":    true,
		"AAAAAAAAAA_B":   true,
		"AAAAAAAAAA_-_B": true,
		"AAAAAAAAAA":     false, // 10
		"AAAAAAAAAAAA":   false, // 12th char not punctuation
		"AAAAAAAAAA_":    false, // ends in punctuation
		"AAAAAAAAAA-_":   false,
		"AAAAAAAAA/A":    false,
		"AAAAAAAAA.A":    false,
		"AAAAAAAAA A":    false,
		"AAAAAAAAA+A":    false,
		"AAAAAAAAA=A":    false,
		"AAAAAAAAAé":     false,
		"":               false,
		strings.Repeat("A", 10) + strings.Repeat("_", 32) + "A": true,  // 43
		strings.Repeat("A", 10) + strings.Repeat("_", 33) + "A": false, // 44
	} {
		assert.Equal(t, want, ValidID(id), "ValidID(%q)", id)
	}
}

func TestCanonicalIsStable(t *testing.T) {
	seed := int64(3)
	p := &Payload{Version: 1, Source: "<&>\u2028é", Seed: &seed, Clock: ClockReal}
	assert.Equal(t, `{"v":1,"source":"<&>\u2028é","seed":3,"clock":"real"}`, string(p.Canonical()))
	p.Seed = nil
	assert.Equal(t, `{"v":1,"source":"<&>\u2028é","clock":"real"}`, string(p.Canonical()))
}
