package syntax

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// number scans a numeric literal, following CPython's tokenizer step by
// step so that errors and their columns match.
func (s *Scanner) number() Token {
	start := s.pos
	p := start // p is the offset after the last consumed byte
	next := func() byte {
		c := s.at(p)
		p++
		return c
	}
	c := next()
	if c == '.' {
		// .5 style float
		c = next()
		goto fraction
	}
	if c == '0' {
		c = next()
		switch c | 0x20 {
		case 'x':
			c = next()
			for {
				if c == '_' {
					c = next()
				}
				if !isHexDigit(c) {
					p--
					return s.errorCur(p, "invalid hexadecimal literal")
				}
				for isHexDigit(c) {
					c = next()
				}
				if c != '_' {
					break
				}
			}
			return s.endNumber(start, p, c, "hexadecimal")
		case 'o':
			c = next()
			for {
				if c == '_' {
					c = next()
				}
				if c < '0' || c >= '8' {
					if isDigit(c) {
						return s.errorCur(p, "invalid digit '"+string(c)+"' in octal literal")
					}
					p--
					return s.errorCur(p, "invalid octal literal")
				}
				for c >= '0' && c < '8' {
					c = next()
				}
				if c != '_' {
					break
				}
			}
			if isDigit(c) {
				return s.errorCur(p, "invalid digit '"+string(c)+"' in octal literal")
			}
			return s.endNumber(start, p, c, "octal")
		case 'b':
			c = next()
			for {
				if c == '_' {
					c = next()
				}
				if c != '0' && c != '1' {
					if isDigit(c) {
						return s.errorCur(p, "invalid digit '"+string(c)+"' in binary literal")
					}
					p--
					return s.errorCur(p, "invalid binary literal")
				}
				for c == '0' || c == '1' {
					c = next()
				}
				if c != '_' {
					break
				}
			}
			if isDigit(c) {
				return s.errorCur(p, "invalid digit '"+string(c)+"' in binary literal")
			}
			return s.endNumber(start, p, c, "binary")
		}
		// Zeros, maybe an old-style octal, a float or an imaginary.
		nonzero := false
		for {
			if c == '_' {
				c = next()
				if !isDigit(c) {
					p--
					return s.errorCur(p, "invalid decimal literal")
				}
			}
			if c != '0' {
				break
			}
			c = next()
		}
		zerosEnd := p - 1
		if isDigit(c) {
			nonzero = true
			var ok bool
			if c, ok = s.decimalTail(&p); !ok {
				return s.errorCur(p, "invalid decimal literal")
			}
		}
		switch {
		case c == '.':
			c = next()
			goto fraction
		case c == 'e' || c == 'E':
			goto exponent
		case c == 'j' || c == 'J':
			goto imaginary
		case nonzero:
			t := s.errorAt(start, KindSyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
			t.Err.End = s.posOf(zerosEnd)
			return t
		}
		return s.endNumber(start, p, c, "decimal")
	}
	// Decimal integer or float.
	{
		p = start
		var ok bool
		if c, ok = s.decimalTail(&p); !ok {
			return s.errorCur(p, "invalid decimal literal")
		}
		if c == '.' {
			c = next()
			goto fraction
		}
		if c == 'e' || c == 'E' {
			goto exponent
		}
		if c == 'j' || c == 'J' {
			goto imaginary
		}
		return s.endNumber(start, p, c, "decimal")
	}
fraction:
	if isDigit(c) {
		p--
		var ok bool
		if c, ok = s.decimalTail(&p); !ok {
			return s.errorCur(p, "invalid decimal literal")
		}
	}
	if c == 'e' || c == 'E' {
		goto exponent
	}
	if c == 'j' || c == 'J' {
		goto imaginary
	}
	return s.endNumber(start, p, c, "decimal")
exponent:
	{
		e := c
		c = next()
		if c == '+' || c == '-' {
			c = next()
			if !isDigit(c) {
				p--
				return s.errorCur(p, "invalid decimal literal")
			}
		} else if !isDigit(c) {
			// "1e" followed by something: the number ends before the e,
			// which must start a keyword such as else.
			p--
			if t, bad := s.verifyEnd(p, e, "decimal"); bad {
				return t
			}
			p--
			return s.numberToken(start, p)
		}
		p--
		var ok bool
		if c, ok = s.decimalTail(&p); !ok {
			return s.errorCur(p, "invalid decimal literal")
		}
		if c == 'j' || c == 'J' {
			goto imaginary
		}
		return s.endNumber(start, p, c, "decimal")
	}
imaginary:
	c = next()
	return s.endNumber(start, p, c, "imaginary")
}

// decimalTail consumes digits with single underscores between them,
// starting at *p; it returns the byte after them (consumed) or false after
// a bad underscore.
func (s *Scanner) decimalTail(p *int) (byte, bool) {
	for {
		c := s.at(*p)
		*p++
		for isDigit(c) {
			c = s.at(*p)
			*p++
		}
		if c != '_' {
			return c, true
		}
		c = s.at(*p)
		*p++
		if !isDigit(c) {
			*p--
			return 0, false
		}
	}
}

// endNumber checks what follows a number (c, already consumed so that p
// is past it) and returns the NUMBER token.
func (s *Scanner) endNumber(start, p int, c byte, kind string) Token {
	if t, bad := s.verifyEnd(p, c, kind); bad {
		return t
	}
	return s.numberToken(start, p-1)
}

func (s *Scanner) numberToken(start, end int) Token {
	s.pos = end
	t := s.tok(NUMBER, start)
	t.Text = s.src[start:end]
	return t
}

// verifyEnd implements CPython's verify_end_of_number: a number may be
// followed directly by some keywords (1if x else y) but not by other
// identifier characters.
func (s *Scanner) verifyEnd(p int, c byte, kind string) (Token, bool) {
	rest := s.src[min(p, len(s.src)):]
	ok := false
	switch c {
	case 'a':
		ok = keywordFollows(rest, "nd")
	case 'e':
		ok = keywordFollows(rest, "lse")
	case 'f':
		ok = keywordFollows(rest, "or")
	case 'o':
		ok = keywordFollows(rest, "r")
	case 'n':
		ok = keywordFollows(rest, "ot")
	case 'i':
		n := byte(0)
		if len(rest) > 0 {
			n = rest[0]
		}
		ok = n == 'f' || n == 'n' || n == 's'
	}
	if ok {
		return Token{}, false
	}
	if isASCIILetter(c) || isDigit(c) || c == '_' || c >= 0x80 {
		return s.errorCur(p-1, "invalid "+kind+" literal"), true
	}
	return Token{}, false
}

func keywordFollows(rest, kw string) bool {
	if !strings.HasPrefix(rest, kw) {
		return false
	}
	if len(rest) == len(kw) {
		return true
	}
	c := rest[len(kw)]
	return !(isASCIILetter(c) || isDigit(c) || c == '_' || c >= 0x80)
}

func isHexDigit(c byte) bool {
	return isDigit(c) || ((c|0x20) >= 'a' && (c|0x20) <= 'f')
}

// parseNumber converts the text of a NUMBER token to its Constant value:
// int64 or *big.Int, float64, or complex128.
func parseNumber(text string) any {
	if strings.IndexByte(text, '_') >= 0 {
		text = strings.ReplaceAll(text, "_", "")
	}
	last := text[len(text)-1] | 0x20
	if last == 'j' {
		f := parseFloat(text[:len(text)-1])
		return complex(0, f)
	}
	if len(text) > 1 && text[0] == '0' {
		base := 0
		switch text[1] | 0x20 {
		case 'x':
			base = 16
		case 'o':
			base = 8
		case 'b':
			base = 2
		}
		if base != 0 {
			return parseInt(text[2:], base)
		}
	}
	if strings.ContainsAny(text, ".eE") {
		return parseFloat(text)
	}
	return parseInt(text, 10)
}

func parseInt(digits string, base int) any {
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return v
	}
	z, ok := new(big.Int).SetString(digits, base)
	if !ok {
		return int64(0)
	}
	return z
}

func parseFloat(text string) float64 {
	f, err := strconv.ParseFloat(text, 64)
	if err != nil {
		// Out of range: ParseFloat returns ±Inf (or 0 for underflow)
		// with an error, which is what Python gives too.
		if math.IsInf(f, 0) || f == 0 {
			return f
		}
	}
	return f
}
