package py

import (
	"hash/maphash"
	"sync"
	"unicode/utf8"
)

// str.go: construction, interning, hashing and code point access of str.
//
// A Str holds its code points as UTF-8. Lone surrogates (U+D800..U+DFFF),
// which Python strs may contain (e.g. '\ud800') but UTF-8 may not, are
// stored in the generalised "WTF-8" form: the three-byte sequence
// ED A0..BF 80..BF that UTF-8 would use for them. decodeRune and
// appendRune are the only two functions that need to know.
//
// Indexing is O(1) for ASCII strings (byte offset == code point index); a
// non-ASCII string builds its []rune index on first indexed access.
//
// A Str is immutable once it is shared: Intern and Freeze compute every
// lazy field up front so that interned strings can be read concurrently by
// many Interps.

var (
	strHashSeed = maphash.MakeSeed()
	internTable sync.Map // string -> *Str
)

// Intern returns the unique *Str for an identifier-like string.
func Intern(s string) *Str {
	if v, ok := internTable.Load(s); ok {
		return v.(*Str)
	}
	st := &Str{S: s}
	st.Freeze()
	v, _ := internTable.LoadOrStore(s, st)
	return v.(*Str)
}

// NewStr makes a str.
func NewStr(s string) *Str {
	switch {
	case len(s) == 0:
		return emptyStr
	case len(s) == 1 && s[0] < 0x80:
		return latin1Chars[s[0]]
	}
	return &Str{S: s}
}

// newASCIIStr makes a str known to be ASCII.
func newASCIIStr(s string) *Str {
	if len(s) == 1 {
		return latin1Chars[s[0]]
	}
	return &Str{S: s, ascii: 1}
}

// Freeze computes the lazy fields (hash, ASCII flag, rune index) so that s
// may be shared between goroutines. Compile-time constants should be frozen.
func (s *Str) Freeze() *Str {
	s.Hash()
	if !s.isASCII() {
		s.runeIndex()
	}
	return s
}

var (
	emptyStr = Intern("")
	// latin1Chars are the single-character strs U+0000..U+00FF. Built by a
	// function (not init) so that package-level NewStr calls can use them.
	latin1Chars = makeLatin1Chars()
)

func makeLatin1Chars() (t [256]*Str) {
	for i := range t {
		t[i] = Intern(string(rune(i)))
	}
	return t
}

// charStr returns the one-code-point str for r (shared for r < 256).
func charStr(r rune) *Str {
	if r >= 0 && r < 256 {
		return latin1Chars[r]
	}
	return &Str{S: string(appendRune(nil, r))}
}

// Hash is hash(s): a fast 64-bit hash of the bytes, cached. Like CPython's
// (randomised per process) it is never -1.
func (s *Str) Hash() int64 {
	if s.hashed {
		return s.hash
	}
	h := int64(maphash.String(strHashSeed, s.S))
	if h == -1 {
		h = -2
	}
	s.hash = h
	s.hashed = true
	return h
}

// hashBytesData hashes bytes the same way as str (so b'abc' and 'abc' agree,
// as in CPython).
func hashBytesData(b []byte) int64 {
	h := int64(maphash.Bytes(strHashSeed, b))
	if h == -1 {
		h = -2
	}
	return h
}

// isASCII reports whether every byte of s is < 0x80 (cached).
func (s *Str) isASCII() bool {
	switch s.ascii {
	case 1:
		return true
	case -1:
		return false
	}
	for i := 0; i < len(s.S); i++ {
		if s.S[i] >= 0x80 {
			s.ascii = -1
			return false
		}
	}
	s.ascii = 1
	return true
}

// runeIndex returns the code points of a non-ASCII s (built once).
func (s *Str) runeIndex() []rune {
	if s.runes == nil {
		s.runes = decodeRunes(s.S)
	}
	return s.runes
}

// Len is len(s) in code points.
func (s *Str) Len() int {
	if s.isASCII() {
		return len(s.S)
	}
	if s.runes == nil && len(s.S) <= 32 {
		return countRunes(s.S) // short: counting is cheaper than an index
	}
	// The index makes later len() and indexing O(1), like CPython's
	// fixed-width storage.
	return len(s.runeIndex())
}

// At returns the code point at index i (0 <= i < Len()).
func (s *Str) At(i int) rune {
	if s.isASCII() {
		return rune(s.S[i])
	}
	return s.runeIndex()[i]
}

// decodeRune decodes the code point starting at s[i], accepting encoded
// surrogates (WTF-8). An invalid byte decodes as itself (U+0080..U+00FF is
// never produced this way by aioplay, but it keeps decoding total).
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < 0x80 {
		return rune(c), 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && n == 1 {
		if c == 0xED && i+2 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2]&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
		}
		return rune(c), 1
	}
	return r, n
}

// decodeRunes splits s into code points.
func decodeRunes(s string) []rune {
	rs := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, n := decodeRune(s, i)
		rs = append(rs, r)
		i += n
	}
	return rs
}

// appendRune appends the WTF-8 encoding of r (surrogates included).
func appendRune(b []byte, r rune) []byte {
	if r < 0x80 && r >= 0 {
		return append(b, byte(r))
	}
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// runesToStr builds a str from code points.
func runesToStr(rs []rune) *Str {
	ascii := true
	for _, r := range rs {
		if r >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		b := make([]byte, len(rs))
		for i, r := range rs {
			b[i] = byte(r)
		}
		return newASCIIStr(string(b))
	}
	if len(rs) == 1 {
		return charStr(rs[0])
	}
	b := make([]byte, 0, len(rs)*2)
	for _, r := range rs {
		b = appendRune(b, r)
	}
	return &Str{S: string(b), ascii: -1}
}

// AsStr unwraps a str or an instance of a str subclass.
func AsStr(o Object) (*Str, bool) {
	switch o := o.(type) {
	case *Str:
		return o, true
	case *Instance:
		if s, ok := o.Base.(*Str); ok {
			return s, true
		}
	}
	return nil, false
}
