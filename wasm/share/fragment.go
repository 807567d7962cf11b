// Package share encodes a program and its run options into the page's
// fragment link and back: "#v1/<payload>" where payload is the base64url
// (no padding) of the deflate-raw compressed UTF-8 source, optionally
// followed by options as "&key=value" pairs (clock=real, seed=N). Version 1
// links keep decoding forever; a new encoding gets a new version prefix.
//
// The package is pure Go (compress/flate, encoding/base64, strconv): it
// builds natively and for js/wasm, and must not import syscall/js.
package share

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxSource is the largest source a link may carry once decoded (64 KiB,
// the share service's limit too); a link that inflates to more is refused.
const MaxSource = 64 << 10

// Snippet is what a link carries.
type Snippet struct {
	Source string
	Clock  string // "" (virtual) or "real"
	Seed   int64  // 0: the runtime's default seed
}

const prefixV1 = "v1/"

// Encode returns the fragment (without the leading '#') for s.
func Encode(s Snippet) string {
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestCompression) // only fails for a bad level
	_, _ = io.WriteString(w, s.Source)
	_ = w.Close()
	var b strings.Builder
	b.WriteString(prefixV1)
	b.WriteString(base64.RawURLEncoding.EncodeToString(buf.Bytes()))
	if s.Clock != "" {
		b.WriteString("&clock=")
		b.WriteString(s.Clock)
	}
	if s.Seed != 0 {
		b.WriteString("&seed=")
		b.WriteString(strconv.FormatInt(s.Seed, 10))
	}
	return b.String()
}

// ErrNotALink is returned for a fragment that is not a program link (an
// empty fragment, an in-page anchor): the page ignores it.
var ErrNotALink = errors.New("share: not a program link")

// Decode parses a fragment made by Encode (with or without the leading '#').
func Decode(fragment string) (Snippet, error) {
	fragment = strings.TrimPrefix(fragment, "#")
	if !strings.HasPrefix(fragment, prefixV1) {
		if len(fragment) > 1 && fragment[0] == 'v' && fragment[1] >= '0' && fragment[1] <= '9' {
			return Snippet{}, errors.New("share: this link was made by a newer version of the playground (" + strings.SplitN(fragment, "/", 2)[0] + ")")
		}
		return Snippet{}, ErrNotALink
	}
	parts := strings.Split(fragment[len(prefixV1):], "&")
	raw, err := base64.RawURLEncoding.DecodeString(parts[0])
	if err != nil {
		return Snippet{}, errors.New("share: the link is damaged (bad base64)")
	}
	r := flate.NewReader(bytes.NewReader(raw))
	src, err := io.ReadAll(io.LimitReader(r, MaxSource+1))
	if err != nil {
		return Snippet{}, errors.New("share: the link is damaged (bad compressed data)")
	}
	if len(src) > MaxSource {
		return Snippet{}, errors.New("share: the program in the link is larger than 64 KiB")
	}
	if !utf8.Valid(src) {
		return Snippet{}, errors.New("share: the program in the link is not valid UTF-8")
	}
	s := Snippet{Source: string(src)}
	for _, kv := range parts[1:] {
		k, v, _ := strings.Cut(kv, "=")
		switch k {
		case "clock":
			if v == "real" {
				s.Clock = v
			}
		case "seed":
			if n, err := strconv.ParseInt(v, 10, 64); err == nil {
				s.Seed = n
			}
		}
		// Unknown options are ignored: newer pages may add some.
	}
	return s, nil
}
