package py

// "Did you mean" suggestions for AttributeError and NameError, with
// CPython 3.11's Levenshtein variant (Python/suggestions.c): substitutions
// and moves cost 2, a change of case only 1, and a candidate is accepted
// only if at most about a third of the characters change.

const (
	suggestMaxItems  = 750
	suggestMaxString = 40
	moveCost         = 2
	caseCost         = 1
)

func substitutionCost(a, b byte) int {
	if a&31 != b&31 {
		return moveCost
	}
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return caseCost
	}
	return moveCost
}

func levenshtein(a, b string, maxCost int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * moveCost
	}
	if len(a) > suggestMaxString || len(b) > suggestMaxString {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*moveCost > maxCost {
		return maxCost + 1
	}
	var buf [suggestMaxString]int
	tmp := moveCost
	for i := 0; i < len(a); i++ {
		buf[i] = tmp
		tmp += moveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		distance := bi * moveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for i := 0; i < len(a); i++ {
			substitute := distance + substitutionCost(code, a[i])
			distance = buf[i]
			insertDelete := min(result, distance) + moveCost
			result = min(insertDelete, substitute)
			buf[i] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

// bestSuggestion picks the closest candidate to name, or "".
func bestSuggestion(candidates []string, name string) string {
	if len(candidates) >= suggestMaxItems {
		return ""
	}
	best := ""
	bestDist := int(^uint(0) >> 1)
	for _, c := range candidates {
		if c == name {
			continue
		}
		maxDist := (len(name) + len(c) + 3) * moveCost / 6
		if bestDist-1 < maxDist {
			maxDist = bestDist - 1
		}
		d := levenshtein(name, c, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

func dictKeyStrings(d *Dict) []string {
	if d == nil {
		return nil
	}
	var out []string
	for _, it := range d.Items() {
		if s, ok := it.Key.(*Str); ok {
			out = append(out, s.S)
		}
	}
	return out
}

// suggestionFor returns the "Did you mean" name for an AttributeError or
// NameError (computed, as in 3.11, when the exception is printed).
func suggestionFor(in *Interp, exc *Exception) string {
	name, ok := exc.Slot("name").(*Str)
	if !ok {
		return ""
	}
	switch {
	case IsSubtype(exc.Class, AttributeError):
		obj := exc.Slot("obj")
		if obj == nil {
			return ""
		}
		var cands []string
		for _, n := range dirNamesOf(in, obj) {
			cands = append(cands, n)
		}
		return bestSuggestion(cands, name.S)
	case IsSubtype(exc.Class, NameError) && !IsSubtype(exc.Class, UnboundLocalError):
		tb := exc.Traceback
		if tb == nil {
			return ""
		}
		for tb.Next != nil {
			tb = tb.Next
		}
		f := tb.Frame
		if s := bestSuggestion(f.Code.Code.Varnames, name.S); s != "" {
			return s
		}
		if s := bestSuggestion(dictKeyStrings(f.Globals), name.S); s != "" {
			return s
		}
		return bestSuggestion(dictKeyStrings(f.Builtins), name.S)
	}
	return ""
}

// dirNamesOf is dir(o) as Go strings (errors give no candidates).
func dirNamesOf(in *Interp, o Object) []string {
	l, err := Dir(in, o)
	if err != nil {
		return nil
	}
	out := make([]string, 0, len(l.Items))
	for _, x := range l.Items {
		if s, ok := x.(*Str); ok {
			out = append(out, s.S)
		}
	}
	return out
}
