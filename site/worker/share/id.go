package share

import (
	"crypto/sha256"
	"encoding/base64"
)

// Salt is hashed before every canonical payload. Changing it changes every
// future ID (old ones keep working: they are looked up, never recomputed).
const Salt = "aioplay share salt v1\n"

// Lengths of an ID: the usual one, and the whole base64url digest.
const (
	idLen    = 11
	idMaxLen = 43 // base64url of 32 bytes, unpadded
)

// ID returns the content-addressed ID of a canonical payload.
func ID(canonical []byte) string {
	h := sha256.New()
	h.Write([]byte(Salt))
	h.Write(canonical)
	sum := base64.RawURLEncoding.EncodeToString(h.Sum(nil))
	n := idLen
	for n < len(sum) && isPunct(sum[n-1]) {
		n++
	}
	return sum[:n]
}

// ValidID reports whether id has the shape of an ID: 11 to 43 characters of
// the base64url alphabet, where the characters beyond the 10th are '_' or
// '-' except the last, which is a letter or digit. Anything else (a path
// separator, a dot, percent escapes, a trailing '_') is not an ID.
func ValidID(id string) bool {
	if len(id) < idLen || len(id) > idMaxLen {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		last := i == len(id)-1
		switch {
		case last:
			if !isAlnum(c) {
				return false
			}
		case i >= idLen-1:
			if !isPunct(c) {
				return false
			}
		default:
			if !isAlnum(c) && !isPunct(c) {
				return false
			}
		}
	}
	return true
}

func isPunct(c byte) bool { return c == '-' || c == '_' }

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
