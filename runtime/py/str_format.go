package py

import (
	"strings"
)

// str_format.go: the str.format / str.format_map engine: literal text with
// {{ and }} escapes, replacement fields {name.attr[key]!conv:spec} with
// automatic or manual numbering, nested fields inside the spec.

// StrFormat is format.format(*args, **kwargs) (kwargs may be nil).
func StrFormat(in *Interp, format string, args []Object, kwargs *Dict) (*Str, error) {
	f := &strFormatter{in: in, args: args, kwargs: kwargs}
	s, err := f.render(format, 2)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

// StrFormatMap is format.format_map(mapping).
func StrFormatMap(in *Interp, format string, mapping Object) (*Str, error) {
	f := &strFormatter{in: in, mapping: mapping}
	s, err := f.render(format, 2)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

type strFormatter struct {
	in      *Interp
	args    []Object
	kwargs  *Dict
	mapping Object // format_map's mapping (instead of kwargs)
	autoNum int    // next automatic field number
	mode    int    // 0 unknown, 1 automatic, 2 manual
}

func (f *strFormatter) render(format string, depth int) (string, error) {
	if depth <= 0 {
		return "", Errorf(ValueError, "Max string recursion exceeded")
	}
	var b strings.Builder
	i, n := 0, len(format)
	for i < n {
		c := format[i]
		switch c {
		case '{':
			if i+1 < n && format[i+1] == '{' {
				b.WriteByte('{')
				i += 2
				continue
			}
			if i+1 >= n {
				return "", Errorf(ValueError, "Single '{' encountered in format string")
			}
			// Find the matching '}'.
			level := 1
			j := i + 1
			inName, inBracket := true, false
			for j < n && level > 0 {
				c := format[j]
				switch {
				case inBracket:
					inBracket = c != ']'
				case inName && c == '[':
					inBracket = true
				case c == ':' || c == '!':
					inName = false
				case c == '{':
					level++
				case c == '}':
					level--
				}
				j++
			}
			if level > 0 {
				return "", Errorf(ValueError, "expected '}' before end of string")
			}
			out, err := f.field(format[i+1:j-1], depth)
			if err != nil {
				return "", err
			}
			b.WriteString(out)
			i = j
		case '}':
			if i+1 < n && format[i+1] == '}' {
				b.WriteByte('}')
				i += 2
				continue
			}
			return "", Errorf(ValueError, "Single '}' encountered in format string")
		default:
			j := i + 1
			for j < n && format[j] != '{' && format[j] != '}' {
				j++
			}
			b.WriteString(format[i:j])
			i = j
		}
	}
	return b.String(), nil
}

// field renders one replacement field (the text between the braces).
func (f *strFormatter) field(text string, depth int) (string, error) {
	// The field name ends at '!' or ':' outside brackets.
	end := len(text)
	inBracket := false
	for k := 0; k < len(text); k++ {
		c := text[k]
		if c == '[' {
			inBracket = true
		} else if c == ']' {
			inBracket = false
		} else if !inBracket && (c == '!' || c == ':') {
			end = k
			break
		}
	}
	name := text[:end]
	rest := text[end:]
	var conv byte
	if strings.HasPrefix(rest, "!") {
		if len(rest) < 2 {
			return "", Errorf(ValueError, "unmatched '{' in format spec")
		}
		conv = rest[1]
		rest = rest[2:]
		if rest != "" && rest[0] != ':' {
			return "", Errorf(ValueError, "expected ':' after conversion specifier")
		}
	}
	spec := ""
	if strings.HasPrefix(rest, ":") {
		spec = rest[1:]
	}
	obj, err := f.lookupField(name)
	if err != nil {
		return "", err
	}
	switch conv {
	case 0:
	case 'r':
		s, err := Repr(f.in, obj)
		if err != nil {
			return "", err
		}
		obj = s
	case 's':
		s, err := ToStr(f.in, obj)
		if err != nil {
			return "", err
		}
		obj = s
	case 'a':
		s, err := Ascii(f.in, obj)
		if err != nil {
			return "", err
		}
		obj = s
	default:
		return "", Errorf(ValueError, "Unknown conversion specifier %s", string(rune(conv)))
	}
	if strings.IndexByte(spec, '{') >= 0 || strings.IndexByte(spec, '}') >= 0 {
		spec, err = f.render(spec, depth-1)
		if err != nil {
			return "", err
		}
	}
	s, err := Format(f.in, obj, spec)
	if err != nil {
		return "", err
	}
	return s.S, nil
}

// lookupField resolves "name.attr[key]..." to an object.
func (f *strFormatter) lookupField(name string) (Object, error) {
	k := 0
	for k < len(name) && name[k] != '.' && name[k] != '[' {
		k++
	}
	first, rest := name[:k], name[k:]
	var obj Object
	if first == "" {
		if f.mode == 2 {
			return nil, Errorf(ValueError, "cannot switch from manual field specification to automatic field numbering")
		}
		f.mode = 1
		idx := f.autoNum
		f.autoNum++
		o, err := f.positional(idx)
		if err != nil {
			return nil, err
		}
		obj = o
	} else if idx, ok := allDigits(first); ok {
		if f.mode == 1 {
			return nil, Errorf(ValueError, "cannot switch from automatic field numbering to manual field specification")
		}
		f.mode = 2
		o, err := f.positional(idx)
		if err != nil {
			return nil, err
		}
		obj = o
	} else {
		o, err := f.keyword(first)
		if err != nil {
			return nil, err
		}
		obj = o
	}
	for rest != "" {
		switch rest[0] {
		case '.':
			k := 1
			for k < len(rest) && rest[k] != '.' && rest[k] != '[' {
				k++
			}
			attr := rest[1:k]
			if attr == "" {
				return nil, Errorf(ValueError, "Empty attribute in format string")
			}
			o, err := GetAttr(f.in, obj, NewStr(attr))
			if err != nil {
				return nil, err
			}
			obj = o
			rest = rest[k:]
		case '[':
			k := strings.IndexByte(rest, ']')
			if k < 0 {
				return nil, Errorf(ValueError, "Missing ']' in format string")
			}
			key := rest[1:k]
			if key == "" {
				return nil, Errorf(ValueError, "Empty attribute in format string")
			}
			var kobj Object = NewStr(key)
			if n, ok := allDigits(key); ok {
				kobj = Int(n)
			}
			o, err := GetItem(f.in, obj, kobj)
			if err != nil {
				return nil, err
			}
			obj = o
			rest = rest[k+1:]
			if rest != "" && rest[0] != '.' && rest[0] != '[' {
				return nil, Errorf(ValueError, "Only '.' or '[' may follow ']' in format field specifier")
			}
		default:
			return nil, Errorf(ValueError, "Only '.' or '[' may follow ']' in format field specifier")
		}
	}
	return obj, nil
}

func allDigits(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		if n > (1<<31)/10 {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

func (f *strFormatter) positional(i int) (Object, error) {
	if i >= len(f.args) {
		return nil, Errorf(IndexError, "Replacement index %d out of range for positional args tuple", i)
	}
	return f.args[i], nil
}

func (f *strFormatter) keyword(name string) (Object, error) {
	key := NewStr(name)
	if f.mapping != nil {
		return GetItem(f.in, f.mapping, key)
	}
	if f.kwargs != nil {
		if v, ok := f.kwargs.GetStr(key); ok {
			return v, nil
		}
	}
	return nil, NewException(KeyError, key)
}
