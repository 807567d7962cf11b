package py

import (
	"strings"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"
)

// str_methods.go: the methods of str. Positions and lengths are in code
// points; ASCII strings (the common case) use byte offsets directly.

// strArg unwraps a str argument or fails with "must be str, not int".
func strArg(o Object) (*Str, error) {
	if s, ok := AsStr(o); ok {
		return s, nil
	}
	return nil, Errorf(TypeError, "must be str, not %s", TypeName(o))
}

// countRunes is the number of code points in a WTF-8 string.
func countRunes(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			if utf8.ValidString(s[i:]) {
				return n + utf8.RuneCountInString(s[i:])
			}
			for j := i; j < len(s); {
				_, w := decodeRune(s, j)
				j += w
				n++
			}
			return n
		}
		n++
	}
	return n
}

// byteOffset is the byte offset of code point i (0 <= i <= Len()).
func (s *Str) byteOffset(i int) int {
	if s.isASCII() {
		return i
	}
	off := 0
	for ; i > 0 && off < len(s.S); i-- {
		_, w := decodeRune(s.S, off)
		off += w
	}
	return off
}

// substr is s[i:j] in code points (0 <= i <= j <= Len()).
func (s *Str) substr(i, j int) string {
	if s.isASCII() {
		return s.S[i:j]
	}
	a := s.byteOffset(i)
	b := a
	for k := i; k < j && b < len(s.S); k++ {
		_, w := decodeRune(s.S, b)
		b += w
	}
	return s.S[a:b]
}

// cpIndex converts a byte offset within s to a code point index.
func (s *Str) cpIndex(byteOff int) int {
	if s.isASCII() {
		return byteOff
	}
	return countRunes(s.S[:byteOff])
}

func strGetItem(in *Interp, s *Str, k Object) (Object, error) {
	if sl, ok := k.(*Slice); ok {
		start, stop, step, n, err := sl.Indices(in, s.Len())
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return emptyStr, nil
		}
		if step == 1 {
			if n == s.Len() {
				return s, nil
			}
			if s.isASCII() {
				return newASCIIStr(s.S[start:stop]), nil
			}
			return runesToStr(s.runeIndex()[start:stop]), nil
		}
		if s.isASCII() {
			b := make([]byte, n)
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				b[i] = s.S[j]
			}
			return newASCIIStr(string(b)), nil
		}
		rs := s.runeIndex()
		out := make([]rune, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[i] = rs[j]
		}
		return runesToStr(out), nil
	}
	var i int
	if v, ok := k.(Int); ok {
		i = int(v)
	} else {
		if !isIndexable(in, k) {
			return nil, Errorf(TypeError, "string indices must be integers, not '%s'", TypeName(k))
		}
		var err error
		if i, err = itemIndex(in, k, "string"); err != nil {
			return nil, err
		}
	}
	if s.isASCII() {
		if i < 0 {
			i += len(s.S)
		}
		if i < 0 || i >= len(s.S) {
			return nil, Errorf(IndexError, "string index out of range")
		}
		return latin1Chars[s.S[i]], nil
	}
	rs := s.runeIndex()
	j, ok := seqIndex(i, len(rs))
	if !ok {
		return nil, Errorf(IndexError, "string index out of range")
	}
	return charStr(rs[j]), nil
}

func stringsContains(s, sub string) bool { return strings.Contains(s, sub) }

// concatChain lets a loop of s += t run in amortised linear time (CPython
// gets this by resizing a str whose only reference is s): the result of a
// large concatenation is built in a buffer with spare capacity, and
// concatenating onto that latest result again appends in place. No string
// can see the bytes past the latest result's end, so this is invisible.
// One chain is remembered per process; claiming it is an atomic swap, so
// concurrent Interps stay correct (they merely compete for the slot).
type concatChain struct {
	s   *Str
	buf []byte
}

var lastConcat atomic.Pointer[concatChain]

const concatChainMin = 128 // shorter results are simply copied

// StrConcat is a + b for strs.
func StrConcat(a, b *Str) *Str {
	if len(a.S) == 0 {
		return b
	}
	if len(b.S) == 0 {
		return a
	}
	var ascii int8
	if a.ascii == 1 && b.ascii == 1 {
		ascii = 1
	}
	n := len(a.S) + len(b.S)
	if n < concatChainMin {
		return &Str{S: a.S + b.S, ascii: ascii}
	}
	if c := lastConcat.Load(); c != nil && c.s == a && len(c.buf) == len(a.S) && cap(c.buf)-len(c.buf) >= len(b.S) {
		if lastConcat.CompareAndSwap(c, nil) {
			buf := append(c.buf, b.S...)
			r := &Str{S: unsafe.String(&buf[0], len(buf)), ascii: ascii}
			c.s, c.buf = r, buf
			lastConcat.Store(c)
			return r
		}
	}
	buf := make([]byte, n, n+n/2+64)
	copy(buf, a.S)
	copy(buf[len(a.S):], b.S)
	r := &Str{S: unsafe.String(&buf[0], n), ascii: ascii}
	lastConcat.Store(&concatChain{r, buf})
	return r
}

// findArgs parses (sub[, start[, end]]) and returns sub and the byte range.
func findArgs(in *Interp, s *Str, name string, args []Object, kwnames []string) (sub *Str, start, end, cpStart, cpEnd int, err error) {
	if err = argsRangeOld("str."+name, name, args, kwnames, 1, 3); err != nil {
		return
	}
	if sub, err = strArg(args[0]); err != nil {
		return
	}
	n := s.Len()
	var a, b Object
	if len(args) > 1 {
		a = args[1]
	}
	if len(args) > 2 {
		b = args[2]
	}
	if cpStart, err = clampStart(in, a, n); err != nil {
		return
	}
	if cpEnd, err = clampEnd(in, b, n); err != nil {
		return
	}
	if cpStart > cpEnd {
		start, end = -1, -1
		return
	}
	start, end = s.byteOffset(cpStart), s.byteOffset(cpEnd)
	return
}

func strFind(in *Interp, s *Str, name string, args []Object, kwnames []string, reverse bool) (int, error) {
	sub, start, end, _, _, err := findArgs(in, s, name, args, kwnames)
	if err != nil || start < 0 {
		return -1, err
	}
	var i int
	if reverse {
		i = strings.LastIndex(s.S[start:end], sub.S)
	} else {
		i = strings.Index(s.S[start:end], sub.S)
	}
	if i < 0 {
		return -1, nil
	}
	return s.cpIndex(start + i), nil
}

// splitWhitespace is str.split() / rsplit() without a separator.
func splitWhitespace(s string, maxsplit int, reverse bool) []Object {
	var out []Object
	if !reverse {
		i := 0
		for {
			for i < len(s) {
				r, w := decodeRune(s, i)
				if !uIsSpace(r) {
					break
				}
				i += w
			}
			if i >= len(s) {
				break
			}
			if maxsplit == 0 {
				// The remainder keeps its trailing whitespace.
				return append(out, NewStr(s[i:]))
			}
			j := i
			for j < len(s) {
				r, w := decodeRune(s, j)
				if uIsSpace(r) {
					break
				}
				j += w
			}
			out = append(out, NewStr(s[i:j]))
			i = j
			if maxsplit > 0 {
				maxsplit--
			}
		}
		return out
	}
	j := len(s)
	for {
		for j > 0 {
			r, w := lastRune(s[:j])
			if !uIsSpace(r) {
				break
			}
			j -= w
		}
		if j <= 0 {
			break
		}
		if maxsplit == 0 {
			out = append(out, NewStr(s[:j]))
			break
		}
		i := j
		for i > 0 {
			r, w := lastRune(s[:i])
			if uIsSpace(r) {
				break
			}
			i -= w
		}
		out = append(out, NewStr(s[i:j]))
		j = i
		if maxsplit > 0 {
			maxsplit--
		}
	}
	reverseItems(out)
	return out
}

// lastRune decodes the last code point of s.
func lastRune(s string) (rune, int) {
	c := s[len(s)-1]
	if c < 0x80 {
		return rune(c), 1
	}
	for w := 2; w <= 4 && w <= len(s); w++ {
		r, n := decodeRune(s, len(s)-w)
		if n == w {
			return r, w
		}
	}
	return rune(c), 1
}

func splitSep(s, sep string, maxsplit int, reverse bool) []Object {
	var parts []string
	if !reverse {
		parts = strings.SplitN(s, sep, maxsplitN(maxsplit))
	} else {
		if maxsplit < 0 {
			parts = strings.Split(s, sep)
		} else {
			for maxsplit > 0 {
				i := strings.LastIndex(s, sep)
				if i < 0 {
					break
				}
				parts = append(parts, s[i+len(sep):])
				s = s[:i]
				maxsplit--
			}
			parts = append(parts, s)
			for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
				parts[i], parts[j] = parts[j], parts[i]
			}
		}
	}
	out := make([]Object, len(parts))
	for i, p := range parts {
		out[i] = NewStr(p)
	}
	return out
}

func maxsplitN(maxsplit int) int {
	if maxsplit < 0 {
		return -1
	}
	return maxsplit + 1
}

func strSplit(in *Interp, s *Str, args []Object, kwnames []string, reverse bool) (Object, error) {
	name := "split"
	if reverse {
		name = "rsplit"
	}
	var a [2]Object
	if err := bindArgs(name, args, kwnames, 0, []string{"sep", "maxsplit"}, a[:]); err != nil {
		return nil, err
	}
	maxsplit := -1
	if a[1] != nil {
		n, err := argIndexMsg(in, a[1])
		if err != nil {
			return nil, err
		}
		maxsplit = n
	}
	if a[0] == nil || a[0] == None {
		return &List{Items: splitWhitespace(s.S, maxsplit, reverse)}, nil
	}
	sep, ok := AsStr(a[0])
	if !ok {
		return nil, Errorf(TypeError, "must be str or None, not %s", TypeName(a[0]))
	}
	if sep.S == "" {
		return nil, Errorf(ValueError, "empty separator")
	}
	return &List{Items: splitSep(s.S, sep.S, maxsplit, reverse)}, nil
}

// isLineBreak reports whether r ends a line for splitlines.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func splitLines(s string, keepends bool) []Object {
	var out []Object
	i, start := 0, 0
	for i < len(s) {
		r, w := decodeRune(s, i)
		if !isLineBreak(r) {
			i += w
			continue
		}
		eol := i + w
		if r == '\r' && eol < len(s) && s[eol] == '\n' {
			eol++
		}
		if keepends {
			out = append(out, NewStr(s[start:eol]))
		} else {
			out = append(out, NewStr(s[start:i]))
		}
		i, start = eol, eol
	}
	if start < len(s) {
		out = append(out, NewStr(s[start:]))
	}
	return out
}

// stripStr strips whitespace (chars == nil) or the given characters.
func stripStr(s string, chars *Str, left, right bool) string {
	in := uIsSpace
	if chars != nil {
		set := chars.S
		in = func(r rune) bool {
			if r < 0x80 {
				return strings.IndexByte(set, byte(r)) >= 0
			}
			return strings.Contains(set, string(appendRune(nil, r)))
		}
	}
	i, j := 0, len(s)
	if left {
		for i < j {
			r, w := decodeRune(s, i)
			if !in(r) {
				break
			}
			i += w
		}
	}
	if right {
		for j > i {
			r, w := lastRune(s[i:j])
			if !in(r) {
				break
			}
			j -= w
		}
	}
	return s[i:j]
}

// mapRunes applies a full case mapping to every code point.
func mapRunes(s string, f func([]byte, rune) []byte) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, w := decodeRune(s, i)
		i += w
		b = f(b, r)
	}
	return string(b)
}

// isCaseIgnorable approximates Unicode's Case_Ignorable property (for the
// final sigma rule of lower()).
func isCaseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '^', '`', 0xb7, 0x2019:
		return true
	}
	return r >= 0x300 && r <= 0x36f
}

// strLower is str.lower(), with the final sigma rule.
func strLower(s string) string {
	if !strings.ContainsRune(s, 0x3a3) {
		return mapRunes(s, appendLower)
	}
	rs := decodeRunes(s)
	b := make([]byte, 0, len(s))
	for i, r := range rs {
		if r == 0x3a3 && finalSigma(rs, i) {
			b = appendRune(b, 0x3c2)
			continue
		}
		b = appendLower(b, r)
	}
	return string(b)
}

func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && isCaseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !uIsCased(rs[j]) {
		return false
	}
	k := i + 1
	for k < len(rs) && isCaseIgnorable(rs[k]) {
		k++
	}
	return k == len(rs) || !uIsCased(rs[k])
}

// appendLowerAt appends the lower case of rs[i], applying the final sigma
// rule in context.
func appendLowerAt(b []byte, rs []rune, i int) []byte {
	if rs[i] == 0x3a3 && finalSigma(rs, i) {
		return appendRune(b, 0x3c2)
	}
	return appendLower(b, rs[i])
}

func strTitle(s string) string {
	rs := decodeRunes(s)
	b := make([]byte, 0, len(s))
	prevCased := false
	for i, r := range rs {
		if prevCased {
			b = appendLowerAt(b, rs, i)
		} else {
			b = appendTitle(b, r)
		}
		prevCased = uIsCased(r)
	}
	return string(b)
}

func strCapitalize(s string) string {
	if s == "" {
		return s
	}
	rs := decodeRunes(s)
	b := appendTitle(make([]byte, 0, len(s)), rs[0])
	for i := 1; i < len(rs); i++ {
		b = appendLowerAt(b, rs, i)
	}
	return string(b)
}

func strSwapcase(s string) string {
	rs := decodeRunes(s)
	b := make([]byte, 0, len(s))
	for i, r := range rs {
		switch {
		case uIsUpper(r):
			b = appendLowerAt(b, rs, i)
		case uIsLower(r):
			b = appendUpper(b, r)
		default:
			b = appendRune(b, r)
		}
	}
	return string(b)
}

// allRunes reports whether s is non-empty and pred holds for every code point.
func allRunes(s string, pred func(rune) bool) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); {
		r, w := decodeRune(s, i)
		if !pred(r) {
			return false
		}
		i += w
	}
	return true
}

// casedCheck is isupper/islower: no code point of the other case and at
// least one cased one.
func casedCheck(s string, want, other func(rune) bool) bool {
	cased := false
	for i := 0; i < len(s); {
		r, w := decodeRune(s, i)
		i += w
		if other(r) || uIsTitle(r) {
			return false
		}
		if want(r) {
			cased = true
		}
	}
	return cased
}

func strIsTitle(s string) bool {
	cased, prevCased := false, false
	for i := 0; i < len(s); {
		r, w := decodeRune(s, i)
		i += w
		switch {
		case uIsUpper(r) || uIsTitle(r):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case uIsLower(r):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

func strIsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); {
		r, w := decodeRune(s, i)
		if i == 0 && !uIsIDStart(r) || i > 0 && !uIsIDContinue(r) {
			return false
		}
		i += w
	}
	return true
}

// padStr is center/ljust/rjust.
func padStr(in *Interp, s *Str, name string, args []Object, kwnames []string) (Object, error) {
	if err := argsRange("str."+name, name, args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	width, err := argIndexMsg(in, args[0])
	if err != nil {
		return nil, err
	}
	fill := " "
	if len(args) == 2 {
		f, ok := AsStr(args[1])
		if !ok {
			return nil, Errorf(TypeError, "The fill character must be a unicode character, not %s", TypeName(args[1]))
		}
		if f.Len() != 1 {
			return nil, Errorf(TypeError, "The fill character must be exactly one character long")
		}
		fill = f.S
	}
	n := s.Len()
	if width <= n {
		return s, nil
	}
	pad := width - n
	var left int
	switch name {
	case "ljust":
		left = 0
	case "rjust":
		left = pad
	default:
		left = pad / 2
		if pad%2 == 1 && width%2 == 1 {
			left++
		}
	}
	return NewStr(strings.Repeat(fill, left) + s.S + strings.Repeat(fill, pad-left)), nil
}

func strZfill(s string, width int) string {
	n := countRunes(s)
	if width <= n {
		return s
	}
	pad := strings.Repeat("0", width-n)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return s[:1] + pad + s[1:]
	}
	return pad + s
}

func strExpandTabs(s string, tabsize int) string {
	var b strings.Builder
	col := 0
	for i := 0; i < len(s); {
		r, w := decodeRune(s, i)
		switch r {
		case '\t':
			if tabsize > 0 {
				n := tabsize - col%tabsize
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			b.WriteString(s[i : i+w])
			col = 0
		default:
			b.WriteString(s[i : i+w])
			col++
		}
		i += w
	}
	return b.String()
}

// startsEnds is startswith/endswith.
func startsEnds(in *Interp, s *Str, name string, args []Object, kwnames []string, ends bool) (Object, error) {
	if err := argsRangeOld("str."+name, name, args, kwnames, 1, 3); err != nil {
		return nil, err
	}
	n := s.Len()
	var a, b Object
	if len(args) > 1 {
		a = args[1]
	}
	if len(args) > 2 {
		b = args[2]
	}
	start, err := clampStart(in, a, n)
	if err != nil {
		return nil, err
	}
	end, err := clampEnd(in, b, n)
	if err != nil {
		return nil, err
	}
	check := func(p *Str) bool {
		if start > n {
			return false
		}
		if end < start {
			return false
		}
		sub := s.substr(start, end)
		if ends {
			return strings.HasSuffix(sub, p.S)
		}
		return strings.HasPrefix(sub, p.S)
	}
	if t, ok := args[0].(*Tuple); ok {
		for _, x := range t.Items {
			p, ok := AsStr(x)
			if !ok {
				return nil, Errorf(TypeError, "tuple for %s must only contain str, not %s", name, TypeName(x))
			}
			if check(p) {
				return True, nil
			}
		}
		return False, nil
	}
	p, ok := AsStr(args[0])
	if !ok {
		return nil, Errorf(TypeError, "%s first arg must be str or a tuple of str, not %s", name, TypeName(args[0]))
	}
	return Bool(check(p)), nil
}

// StrJoin is sep.join(iterable).
func StrJoin(in *Interp, sep *Str, iterable Object) (*Str, error) {
	var items []Object
	switch v := iterable.(type) {
	case *List:
		items = v.Items
	case *Tuple:
		items = v.Items
	default:
		if _, err := Iter(in, iterable); err != nil {
			if e, ok := err.(*Exception); ok && e.Class == TypeError {
				return nil, Errorf(TypeError, "can only join an iterable")
			}
			return nil, err
		}
		var err error
		if items, err = Collect(in, iterable); err != nil {
			return nil, err
		}
	}
	if len(items) == 1 {
		if s, ok := items[0].(*Str); ok {
			return s, nil
		}
	}
	size := len(sep.S) * max(len(items)-1, 0)
	ascii := sep.isASCII()
	for i, x := range items {
		s, ok := AsStr(x)
		if !ok {
			return nil, Errorf(TypeError, "sequence item %d: expected str instance, %s found", i, TypeName(x))
		}
		size += len(s.S)
		if ascii && s.ascii != 1 {
			ascii = s.isASCII()
		}
	}
	var b strings.Builder
	b.Grow(size)
	for i, x := range items {
		if i > 0 {
			b.WriteString(sep.S)
		}
		s, _ := AsStr(x)
		b.WriteString(s.S)
	}
	if ascii {
		return newASCIIStr(b.String()), nil
	}
	return NewStr(b.String()), nil
}

// StrRepeat is s * n.
func StrRepeat(s *Str, n int) (*Str, error) {
	if n <= 0 || len(s.S) == 0 {
		return emptyStr, nil
	}
	if n == 1 {
		return s, nil
	}
	if len(s.S) > MaxAllocBytes/n {
		return nil, NewException(MemoryError)
	}
	r := &Str{S: strings.Repeat(s.S, n)}
	r.ascii = s.ascii
	return r, nil
}

func strPartition(s *Str, sepObj Object, reverse bool) (Object, error) {
	sep, err := strArg(sepObj)
	if err != nil {
		return nil, err
	}
	if sep.S == "" {
		return nil, Errorf(ValueError, "empty separator")
	}
	var i int
	if reverse {
		i = strings.LastIndex(s.S, sep.S)
		if i < 0 {
			return NewTuple(emptyStr, emptyStr, s), nil
		}
	} else {
		i = strings.Index(s.S, sep.S)
		if i < 0 {
			return NewTuple(s, emptyStr, emptyStr), nil
		}
	}
	return NewTuple(NewStr(s.S[:i]), sep, NewStr(s.S[i+len(sep.S):])), nil
}

func strReplace(in *Interp, s *Str, args []Object, kwnames []string) (Object, error) {
	if err := argsRange("str.replace", "replace", args, kwnames, 2, 3); err != nil {
		return nil, err
	}
	old, ok := AsStr(args[0])
	if !ok {
		return nil, Errorf(TypeError, "replace() argument 1 must be str, not %s", TypeName(args[0]))
	}
	nw, ok := AsStr(args[1])
	if !ok {
		return nil, Errorf(TypeError, "replace() argument 2 must be str, not %s", TypeName(args[1]))
	}
	count := -1
	if len(args) == 3 {
		n, err := argIndexMsg(in, args[2])
		if err != nil {
			return nil, err
		}
		count = n
	}
	if count == 0 || (old.S != "" && !strings.Contains(s.S, old.S)) {
		return s, nil
	}
	if old.S == "" && !s.isASCII() {
		// Insert between code points (Go would split encoded surrogates).
		rs := s.runeIndex()
		var b []byte
		n := 0
		for _, r := range rs {
			if count < 0 || n < count {
				b = append(b, nw.S...)
				n++
			}
			b = appendRune(b, r)
		}
		if count < 0 || n < count {
			b = append(b, nw.S...)
		}
		return NewStr(string(b)), nil
	}
	return NewStr(strings.Replace(s.S, old.S, nw.S, count)), nil
}

// strTranslate is str.translate(table): table[ord(c)] gives a str, an int
// code point or None (delete); LookupError keeps the character.
func strTranslate(in *Interp, s *Str, table Object) (Object, error) {
	var b []byte
	for i := 0; i < len(s.S); {
		r, w := decodeRune(s.S, i)
		i += w
		v, err := GetItem(in, table, Int(r))
		if err != nil {
			if e, ok := err.(*Exception); ok && IsSubtype(e.Class, LookupError) {
				b = appendRune(b, r)
				continue
			}
			return nil, err
		}
		switch m := v.(type) {
		case *NoneType:
		case Int:
			if m < 0 || m > 0x10ffff {
				return nil, Errorf(ValueError, "character mapping must be in range(0x110000)")
			}
			b = appendRune(b, rune(m))
		default:
			if ms, ok := AsStr(v); ok {
				b = append(b, ms.S...)
			} else {
				return nil, Errorf(TypeError, "character mapping must return integer, None or str")
			}
		}
	}
	return NewStr(string(b)), nil
}

// strMaketrans is str.maketrans(x[, y[, z]]).
func strMaketrans(in *Interp, args []Object, kwnames []string) (Object, error) {
	if err := argsRange("str.maketrans", "maketrans", args, kwnames, 1, 3); err != nil {
		return nil, err
	}
	d := NewDict()
	if len(args) == 1 {
		src, ok := AsDict(args[0])
		if !ok {
			return nil, Errorf(TypeError, "if you give only one argument to maketrans it must be a dict")
		}
		for _, it := range src.Items() {
			switch k := it.Key.(type) {
			case Int:
				if err := d.SetItem(in, k, it.Value); err != nil {
					return nil, err
				}
			default:
				ks, ok := AsStr(k)
				if !ok {
					return nil, Errorf(TypeError, "keys in translate table must be strings or integers")
				}
				if ks.Len() != 1 {
					return nil, Errorf(ValueError, "string keys in translate table must be of length 1")
				}
				if err := d.SetItem(in, Int(ks.At(0)), it.Value); err != nil {
					return nil, err
				}
			}
		}
		return d, nil
	}
	x, ok := AsStr(args[0])
	if !ok {
		return nil, Errorf(TypeError, "maketrans() argument 1 must be str, not %s", TypeName(args[0]))
	}
	y, ok := AsStr(args[1])
	if !ok {
		return nil, Errorf(TypeError, "maketrans() argument 2 must be str, not %s", TypeName(args[1]))
	}
	if x.Len() != y.Len() {
		return nil, Errorf(ValueError, "the first two maketrans arguments must have equal length")
	}
	xr, yr := decodeRunes(x.S), decodeRunes(y.S)
	for i := range xr {
		d.SetItem(in, Int(xr[i]), Int(yr[i]))
	}
	if len(args) == 3 {
		z, ok := AsStr(args[2])
		if !ok {
			return nil, Errorf(TypeError, "maketrans() argument 3 must be str, not %s", TypeName(args[2]))
		}
		for _, r := range decodeRunes(z.S) {
			d.SetItem(in, Int(r), None)
		}
	}
	return d, nil
}

func stringsCount(s, sub string) int { return strings.Count(s, sub) }
