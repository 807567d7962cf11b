package syntax

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tokenString renders tokens compactly: kinds, with the text of names,
// numbers and strings in brackets.
func tokenString(toks []Token) string {
	var parts []string
	for _, t := range toks {
		s := t.Kind.String()
		if t.Text != "" && t.Kind != NOTEQUAL {
			s += "[" + t.Text + "]"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

func TestScanTokens(t *testing.T) {
	cases := []struct{ src, want string }{
		{"x = 1\n", "NAME[x] = NUMBER[1] NEWLINE ENDMARKER"},
		{"x", "NAME[x] NEWLINE ENDMARKER"},
		{"", "ENDMARKER"},
		{"\n\n# only a comment\n", "ENDMARKER"},
		{"if x:\n    y\nz\n", "if NAME[x] : NEWLINE INDENT NAME[y] NEWLINE DEDENT NAME[z] NEWLINE ENDMARKER"},
		{"if a:\n  if b:\n    c\n", "if NAME[a] : NEWLINE INDENT if NAME[b] : NEWLINE INDENT NAME[c] NEWLINE DEDENT DEDENT ENDMARKER"},
		{"if a:\n\n  # c\n  b\n", "if NAME[a] : NEWLINE INDENT NAME[b] NEWLINE DEDENT ENDMARKER"},
		{"f(a,\n  b)\n", "NAME[f] ( NAME[a] , NAME[b] ) NEWLINE ENDMARKER"},
		{"x = 1 + \\\n  2\n", "NAME[x] = NUMBER[1] + NUMBER[2] NEWLINE ENDMARKER"},
		{"a->b:=c...d**=e//=f@=g!=h<<=i>>=j", "NAME[a] -> NAME[b] := NAME[c] ... NAME[d] **= NAME[e] //= NAME[f] @= NAME[g] != NAME[h] <<= NAME[i] >>= NAME[j] NEWLINE ENDMARKER"},
		{"0x_1F 0o17 0b1_0 1_000 1.5 .5 5. 1e10 1E-5 1j 1.5J 0 00 0.0", "NUMBER[0x_1F] NUMBER[0o17] NUMBER[0b1_0] NUMBER[1_000] NUMBER[1.5] NUMBER[.5] NUMBER[5.] NUMBER[1e10] NUMBER[1E-5] NUMBER[1j] NUMBER[1.5J] NUMBER[0] NUMBER[00] NUMBER[0.0] NEWLINE ENDMARKER"},
		{"1if x else 2", "NUMBER[1] if NAME[x] else NUMBER[2] NEWLINE ENDMARKER"},
		{"r'a' b\"b\" Rb'c' bR'd' f'e' rf'g' FR'h' u'i' '''j''' \"\"\"k\"\"\"", "STRING[r'a'] STRING[b\"b\"] STRING[Rb'c'] STRING[bR'd'] STRING[f'e'] STRING[rf'g'] STRING[FR'h'] STRING[u'i'] STRING['''j'''] STRING[\"\"\"k\"\"\"] NEWLINE ENDMARKER"},
		{"ur'x'", "NAME[ur] STRING['x'] NEWLINE ENDMARKER"},
		{"'a\\'b' 'c\\\nd'", "STRING['a\\'b'] STRING['c\\\nd'] NEWLINE ENDMARKER"},
		{"\ufeffx", "NAME[x] NEWLINE ENDMARKER"},
		{"a\r\nb\rc\n", "NAME[a] NEWLINE NAME[b] NEWLINE NAME[c] NEWLINE ENDMARKER"},
		{"café = naïve", "NAME[café] = NAME[naïve] NEWLINE ENDMARKER"},
		{"async await match case _", "async await NAME[match] NAME[case] NAME[_] NEWLINE ENDMARKER"},
		{"a $ b", "NAME[a] OP[$] NAME[b] NEWLINE ENDMARKER"},
		{"if x:\n\tpass\n", "if NAME[x] : NEWLINE INDENT pass NEWLINE DEDENT ENDMARKER"},
		{"if x:\n        a\n\tb\n", "if NAME[x] : NEWLINE INDENT NAME[a] NEWLINE ERRORTOKEN"},
	}
	for _, c := range cases {
		s := NewScanner("t.py", []byte(c.src))
		toks := s.all()
		assert.Equal(t, c.want, tokenString(toks), "tokens of %q", c.src)
	}
}

func TestScanPositions(t *testing.T) {
	toks, err := Scan("t.py", []byte("x = 'é'  # c\nif y:\n    z = \"\"\"a\nb\"\"\"\n"))
	require.NoError(t, err)
	type span struct {
		kind     TokenKind
		pos, end Pos
	}
	var got []span
	for _, tk := range toks {
		got = append(got, span{tk.Kind, tk.Pos, tk.End})
	}
	assert.Equal(t, []span{
		{NAME, Pos{1, 0}, Pos{1, 1}},
		{EQUAL, Pos{1, 2}, Pos{1, 3}},
		{STRING, Pos{1, 4}, Pos{1, 8}}, // columns are byte offsets: é is 2 bytes
		{NEWLINE, Pos{1, 13}, Pos{1, 14}},
		{kwIf, Pos{2, 0}, Pos{2, 2}},
		{NAME, Pos{2, 3}, Pos{2, 4}},
		{COLON, Pos{2, 4}, Pos{2, 5}},
		{NEWLINE, Pos{2, 5}, Pos{2, 6}},
		{INDENT, Pos{3, 0}, Pos{3, 4}},
		{NAME, Pos{3, 4}, Pos{3, 5}},
		{EQUAL, Pos{3, 6}, Pos{3, 7}},
		{STRING, Pos{3, 8}, Pos{4, 4}},
		{NEWLINE, Pos{4, 4}, Pos{4, 5}},
		{DEDENT, Pos{4, 4}, Pos{4, 4}}, // at the end of the last line, as CPython
		{EOF, Pos{4, 4}, Pos{4, 4}},
	}, got)
}

func TestScanErrors(t *testing.T) {
	cases := []struct {
		src, kind, msg string
		line           int32
	}{
		{"x = 'abc\n", KindSyntaxError, "unterminated string literal (detected at line 1)", 1},
		{"x = '''abc\n\n", KindSyntaxError, "unterminated triple-quoted string literal (detected at line 2)", 1},
		{"if x:\n\tab\n        c\n", KindTabError, "inconsistent use of tabs and spaces in indentation", 3},
		{"if x:\n    a\n  b\n", KindIndentationError, "unindent does not match any outer indentation level", 3},
		{"x = 012\n", KindSyntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1},
		{"x = 1abc\n", KindSyntaxError, "invalid decimal literal", 1},
		{"x = 0b102\n", KindSyntaxError, "invalid digit '2' in binary literal", 1},
		{"x = €\n", KindSyntaxError, "invalid character '€' (U+20AC)", 1},
		{"x = (]\n", KindSyntaxError, "closing parenthesis ']' does not match opening parenthesis '('", 1},
		{"x = )\n", KindSyntaxError, "unmatched ')'", 1},
		{"x = (\n", KindSyntaxError, "'(' was never closed", 1},
		{"a \\ b\n", KindSyntaxError, "unexpected character after line continuation character", 1},
	}
	for _, c := range cases {
		_, err := Scan("t.py", []byte(c.src))
		require.Error(t, err, c.src)
		e := err.(*Error)
		assert.Equal(t, c.kind, e.Kind, "kind for %q", c.src)
		assert.Equal(t, c.msg, e.Msg, "message for %q", c.src)
		assert.Equal(t, c.line, e.Pos.Line, "line for %q", c.src)
	}
}

func TestSourceBytes(t *testing.T) {
	_, err := Parse("t.py", []byte("x = 1\ny = '\x00'\n"))
	require.Error(t, err)
	assert.Equal(t, "source code cannot contain null bytes", err.(*Error).Msg)
	assert.Equal(t, int32(2), err.(*Error).Pos.Line)

	_, err = Parse("t.py", []byte("x = '\xff'\n"))
	require.Error(t, err)
	assert.Equal(t, "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", err.(*Error).Msg)
}
