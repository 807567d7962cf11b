package share

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/url"
	"strconv"
	"unicode/utf8"
)

// FormatVersion is the version written into every payload ("v"). A new
// version may add fields; readers keep accepting every older one.
const FormatVersion = 1

// MaxSource is the largest program accepted, in bytes of UTF-8.
const MaxSource = 64 << 10

// maxSeed keeps seeds exact in JavaScript numbers (2^53-1).
const maxSeed = 1<<53 - 1

// Clock modes a payload may carry.
const (
	ClockVirtual = "virtual"
	ClockReal    = "real"
)

// Payload is one shared snippet: the program and how to run it.
type Payload struct {
	Version int    `json:"v"`
	Source  string `json:"source"`
	Seed    *int64 `json:"seed,omitempty"`
	Clock   string `json:"clock"`
}

// errTooLarge and errBadInput are the two kinds of rejected share requests.
var (
	errTooLarge = errors.New("program too large")
	errBadInput = errors.New("bad input")
)

// inputError is a rejected share request: kind is errTooLarge or
// errBadInput, msg what the client is told.
type inputError struct {
	kind error
	msg  string
}

func (e *inputError) Error() string { return e.msg }
func (e *inputError) Unwrap() error { return e.kind }

func badInput(msg string) error { return &inputError{kind: errBadInput, msg: msg} }

// NewPayload checks a program and its query options and returns the payload
// they describe.
func NewPayload(source []byte, query url.Values) (*Payload, error) {
	if len(source) > MaxSource {
		return nil, &inputError{kind: errTooLarge, msg: "program too large: at most " + strconv.Itoa(MaxSource) + " bytes of UTF-8"}
	}
	if !utf8.Valid(source) {
		return nil, badInput("program is not valid UTF-8")
	}
	p := &Payload{Version: FormatVersion, Source: string(source), Clock: ClockVirtual}
	for name, vals := range query {
		if len(vals) != 1 {
			return nil, badInput("query parameter " + strconv.Quote(name) + " given more than once")
		}
		v := vals[0]
		switch name {
		case "seed":
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil || n > maxSeed || n < -maxSeed {
				return nil, badInput("seed must be a decimal integer between -(2^53-1) and 2^53-1")
			}
			p.Seed = &n
		case "clock":
			if v != ClockVirtual && v != ClockReal {
				return nil, badInput(`clock must be "virtual" or "real"`)
			}
			p.Clock = v
		default:
			return nil, badInput("unknown query parameter " + strconv.Quote(name) + " (known: seed, clock)")
		}
	}
	return p, nil
}

// Canonical is the payload's one stored form: JSON with fields in a fixed
// order, no HTML escaping, no trailing newline. IDs are computed from it and
// GET /api/share/ID returns it byte for byte.
func (p *Payload) Canonical() []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(p); err != nil {
		panic("share: encoding a payload cannot fail: " + err.Error())
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}
