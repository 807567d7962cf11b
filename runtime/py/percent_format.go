package py

import (
	"math"
	"strings"
	"unicode/utf8"
)

// percent_format.go: printf-style formatting, format % args (str.__mod__).

var nameGetItem = Intern("__getitem__")

// percentState walks the arguments of one % operation.
type percentState struct {
	args    []Object // positional arguments (tuple items, or the single value)
	next    int
	mapping Object // the mapping for %(name)s, nil if none
}

func (p *percentState) nextArg() (Object, error) {
	if p.next >= len(p.args) {
		return nil, Errorf(TypeError, "not enough arguments for format string")
	}
	a := p.args[p.next]
	p.next++
	return a, nil
}

// PercentFormat is format % args for str.
func PercentFormat(in *Interp, format string, args Object) (*Str, error) {
	p := &percentState{}
	if t, ok := AsTuple(args); ok {
		p.args = t.Items
	} else {
		p.args = []Object{args}
		if percentIsMapping(args) {
			p.mapping = args
		}
	}
	var b strings.Builder
	b.Grow(len(format) + 16)
	i := 0
	for i < len(format) {
		j := strings.IndexByte(format[i:], '%')
		if j < 0 {
			b.WriteString(format[i:])
			break
		}
		b.WriteString(format[i : i+j])
		i += j + 1
		start := i - 1
		if i < len(format) && format[i] == '%' {
			b.WriteByte('%')
			i++
			continue
		}
		var err error
		i, err = p.convert(in, &b, format, i, start)
		if err != nil {
			return nil, err
		}
	}
	if p.next < len(p.args) && p.mapping == nil {
		return nil, Errorf(TypeError, "not all arguments converted during string formatting")
	}
	return NewStr(b.String()), nil
}

// percentSpec is one parsed conversion.
type percentSpec struct {
	left, plus, space, alt, zero bool
	width, prec                  int // -1: not given
}

// convert handles one conversion starting after '%' at format[i].
func (p *percentState) convert(in *Interp, b *strings.Builder, format string, i, start int) (int, error) {
	var arg Object
	n := len(format)
	if i < n && format[i] == '(' {
		if p.mapping == nil {
			return 0, Errorf(TypeError, "format requires a mapping")
		}
		depth := 1
		k := i + 1
		for k < n && depth > 0 {
			switch format[k] {
			case '(':
				depth++
			case ')':
				depth--
			}
			k++
		}
		if depth > 0 {
			return 0, Errorf(ValueError, "incomplete format key")
		}
		key := format[i+1 : k-1]
		v, err := GetItem(in, p.mapping, NewStr(key))
		if err != nil {
			return 0, err
		}
		arg = v
		i = k
		// A mapping argument is not a positional one.
		p.args = nil
	}
	s := percentSpec{width: -1, prec: -1}
flags:
	for i < n {
		switch format[i] {
		case '-':
			s.left = true
		case '+':
			s.plus = true
		case ' ':
			s.space = true
		case '#':
			s.alt = true
		case '0':
			s.zero = true
		default:
			break flags
		}
		i++
	}
	starInt := func() (int, error) {
		v, err := p.nextArg()
		if err != nil {
			return 0, err
		}
		iv, ok := AsInt(v)
		if !ok {
			return 0, Errorf(TypeError, "* wants int")
		}
		x, ok := iv.(Int)
		if !ok || x > math.MaxInt32 || x < math.MinInt32 {
			return 0, Errorf(OverflowError, "width too big")
		}
		return int(x), nil
	}
	if i < n && format[i] == '*' {
		w, err := starInt()
		if err != nil {
			return 0, err
		}
		if w < 0 {
			s.left = true
			w = -w
		}
		s.width = w
		i++
	} else {
		w, k := 0, i
		for k < n && format[k] >= '0' && format[k] <= '9' {
			w = w*10 + int(format[k]-'0')
			if w > math.MaxInt32 {
				return 0, Errorf(ValueError, "width too big")
			}
			k++
		}
		if k > i {
			s.width = w
		}
		i = k
	}
	if i < n && format[i] == '.' {
		i++
		if i < n && format[i] == '*' {
			pr, err := starInt()
			if err != nil {
				return 0, err
			}
			if pr < 0 {
				pr = 0
			}
			s.prec = pr
			i++
		} else {
			pr := 0
			for i < n && format[i] >= '0' && format[i] <= '9' {
				pr = pr*10 + int(format[i]-'0')
				if pr > math.MaxInt32 {
					return 0, Errorf(ValueError, "precision too big")
				}
				i++
			}
			s.prec = pr
		}
	}
	for i < n && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L') {
		i++
	}
	if i >= n {
		return 0, Errorf(ValueError, "incomplete format")
	}
	c, size := utf8.DecodeRuneInString(format[i:])
	i += size
	if arg == nil {
		var err error
		if arg, err = p.nextArg(); err != nil {
			return 0, err
		}
	}
	out, err := percentConvert(in, c, arg, &s, utf8.RuneCountInString(format[:i])-1)
	if err != nil {
		return 0, err
	}
	b.WriteString(out)
	return i, nil
}

// percentConvert formats arg for conversion c.
func percentConvert(in *Interp, c rune, arg Object, s *percentSpec, index int) (string, error) {
	switch c {
	case '%':
		return "%", nil
	case 's', 'r', 'a':
		var str *Str
		var err error
		switch c {
		case 's':
			str, err = ToStr(in, arg)
		case 'r':
			str, err = Repr(in, arg)
		default:
			str, err = Ascii(in, arg)
		}
		if err != nil {
			return "", err
		}
		text := str.S
		if s.prec >= 0 {
			text = truncateRunes(text, s.prec)
		}
		return s.pad(text, false, ""), nil
	case 'c':
		if st, ok := AsStr(arg); ok {
			if utf8.RuneCountInString(st.S) != 1 {
				return "", Errorf(TypeError, "%%c requires int or char")
			}
			return s.pad(st.S, false, ""), nil
		}
		iv, ok := AsInt(arg)
		if !ok {
			return "", Errorf(TypeError, "%%c requires int or char")
		}
		v, ok := iv.(Int)
		if !ok || v < 0 || v >= 0x110000 {
			return "", Errorf(OverflowError, "%%c arg not in range(0x110000)")
		}
		return s.pad(string(appendRune(nil, rune(v))), false, ""), nil
	case 'd', 'i', 'u', 'o', 'x', 'X':
		iv, err := percentIntArg(in, c, arg)
		if err != nil {
			return "", err
		}
		base := 10
		prefix := ""
		switch c {
		case 'o':
			base, prefix = 8, "0o"
		case 'x':
			base, prefix = 16, "0x"
		case 'X':
			base, prefix = 16, "0X"
		}
		var digits string
		if base == 10 {
			if digits, err = IntDecimalString(intAbs(iv)); err != nil {
				return "", err
			}
		} else {
			digits = IntToBase(intAbs(iv), base)[2:]
			if c == 'X' {
				digits = strings.ToUpper(digits)
			}
		}
		if s.prec > len(digits) {
			digits = strings.Repeat("0", s.prec-len(digits)) + digits
		}
		sign := s.signFor(IntSign(iv) < 0)
		if !s.alt {
			prefix = ""
		}
		return s.pad(digits, true, sign+prefix), nil
	case 'e', 'E', 'f', 'F', 'g', 'G':
		x, err := percentFloatArg(in, arg)
		if err != nil {
			return "", err
		}
		typ := byte(c)
		upper := false
		if typ < 'a' {
			typ += 'a' - 'A'
			upper = true
		}
		prec := s.prec
		if prec < 0 {
			prec = 6
		}
		body := floatBody(x, typ, prec, s.alt)
		if upper {
			body = strings.ToUpper(body)
		}
		sign := s.signFor(math.Signbit(x) && !math.IsNaN(x))
		return s.pad(body, true, sign), nil
	}
	return "", Errorf(ValueError, "unsupported format character '%s' (0x%x) at index %d", string(c), c, index)
}

func (s *percentSpec) signFor(neg bool) string {
	switch {
	case neg:
		return "-"
	case s.plus:
		return "+"
	case s.space:
		return " "
	}
	return ""
}

// pad applies width: numbers may be zero padded after their sign/prefix.
func (s *percentSpec) pad(body string, numeric bool, prefix string) string {
	n := utf8.RuneCountInString(body) + len(prefix)
	if s.width <= n {
		return prefix + body
	}
	fill := s.width - n
	switch {
	case s.left:
		return prefix + body + strings.Repeat(" ", fill)
	case numeric && s.zero:
		return prefix + strings.Repeat("0", fill) + body
	}
	return strings.Repeat(" ", fill) + prefix + body
}

// percentIntArg converts the argument of %d/%x...: ints as is, floats
// truncated for %d, anything else through __index__ / __int__.
func percentIntArg(in *Interp, c rune, arg Object) (Object, error) {
	if iv, ok := AsInt(arg); ok {
		return iv, nil
	}
	isNumber := false
	if _, ok := AsFloatValue(arg); ok {
		isNumber = true
	} else if _, ok := AsComplexValue(arg); ok {
		isNumber = true
	} else if !isPlainNonNumber(arg) {
		for _, name := range []*Str{nameIndex, nameInt, nameFloat} {
			if f := LookupType(arg.Type(), name); f != nil && f != None {
				isNumber = true
				break
			}
		}
	}
	if c == 'o' || c == 'x' || c == 'X' {
		if !isNumber {
			return nil, Errorf(TypeError, "%%%c format: an integer is required, not %s", c, TypeName(arg))
		}
		iv, err := IndexObject(in, arg)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Class == TypeError {
				return nil, Errorf(TypeError, "%%%c format: an integer is required, not %s", c, TypeName(arg))
			}
		}
		return iv, err
	}
	if !isNumber {
		return nil, Errorf(TypeError, "%%%c format: a real number is required, not %s", c, TypeName(arg))
	}
	return IntFromObject(in, arg, nil)
}

func percentFloatArg(in *Interp, arg Object) (float64, error) {
	if f, ok := AsFloatValue(arg); ok {
		return f, nil
	}
	return AsFloat(in, arg)
}

// percentIsMapping: a non-tuple, non-str argument with __getitem__ is the
// mapping of %(name)s conversions.
func percentIsMapping(o Object) bool {
	switch o.(type) {
	case *Dict, *List:
		return true
	case *Str, Int, *BigInt, Bool, Float, Complex, *NoneType:
		return false
	}
	if _, isStr := AsStr(o); isStr {
		return false
	}
	f := LookupType(o.Type(), nameGetItem)
	return f != nil && f != None
}

// isPlainNonNumber reports built-in values known not to be numbers.
func isPlainNonNumber(o Object) bool {
	switch o.(type) {
	case *Str, *List, *Tuple, *Dict, *NoneType, *Bytes, *ByteArray, *Set:
		return true
	}
	return false
}
