package interp

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"aioplay/runtime/syntax"
)

// Every expected text below was printed by /usr/bin/python3.11 for a file
// holding the source line (positions as CPython's SyntaxError reported
// them: Col is offset-1, counted in bytes as CPython 3.11 prints them).
func TestFormatSyntaxError(t *testing.T) {
	pos := func(line, col int32) syntax.Pos { return syntax.Pos{Line: line, Col: col} }
	tests := []struct {
		name string
		err  syntax.Error
		want string
	}{
		{"never closed: one caret, indentation stripped",
			syntax.Error{Pos: pos(3, 12), Msg: "'(' was never closed", Kind: syntax.KindSyntaxError, Text: "        y = (1 +"},
			"  File \"main.py\", line 3\n    y = (1 +\n        ^\nSyntaxError: '(' was never closed\n"},
		{"range on one line: one caret per byte",
			syntax.Error{Pos: pos(3, 6), End: pos(3, 9), Msg: "invalid syntax. Perhaps you forgot a comma?", Kind: syntax.KindSyntaxError, Text: "print(1 2)\n"},
			"  File \"main.py\", line 3\n    print(1 2)\n          ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"},
		{"unexpected indent: caret inside the stripped indentation is not drawn",
			syntax.Error{Pos: pos(2, 3), Msg: "unexpected indent", Kind: syntax.KindIndentationError, Text: "    foo bar baz"},
			"  File \"main.py\", line 2\n    foo bar baz\nIndentationError: unexpected indent\n"},
		{"TabError: no caret",
			syntax.Error{Pos: pos(3, 0), Msg: "inconsistent use of tabs and spaces in indentation", Kind: syntax.KindTabError, Text: "        return x"},
			"  File \"main.py\", line 3\n    return x\nTabError: inconsistent use of tabs and spaces in indentation\n"},
		{"IndentationError with a range: still one caret",
			syntax.Error{Pos: pos(3, 0), End: pos(3, 4), Msg: "expected an indented block after 'if' statement on line 2", Kind: syntax.KindIndentationError, Text: "pass"},
			"  File \"main.py\", line 3\n    pass\n    ^\nIndentationError: expected an indented block after 'if' statement on line 2\n"},
		{"unindent: caret after the stripped text",
			syntax.Error{Pos: pos(4, 10), Msg: "unindent does not match any outer indentation level", Kind: syntax.KindIndentationError, Text: "     x = 1\n"},
			"  File \"main.py\", line 4\n    x = 1\n         ^\nIndentationError: unindent does not match any outer indentation level\n"},
		{"non-ASCII before the range: columns in bytes",
			syntax.Error{Pos: pos(1, 6), End: pos(1, 16), Msg: "invalid syntax. Perhaps you forgot a comma?", Kind: syntax.KindSyntaxError, Text: "print(\"héllo\" 1)"},
			"  File \"main.py\", line 1\n    print(\"héllo\" 1)\n          ^^^^^^^^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"},
		{"non-ASCII before the caret",
			syntax.Error{Pos: pos(1, 8), End: pos(1, 9), Msg: "invalid syntax", Kind: syntax.KindSyntaxError, Text: "é = 1 +* 2"},
			"  File \"main.py\", line 1\n    é = 1 +* 2\n            ^\nSyntaxError: invalid syntax\n"},
		{"range onto a later line: marked to the end of the line",
			syntax.Error{Pos: pos(1, 2), End: pos(2, 2), Msg: "Generator expression must be parenthesized", Kind: syntax.KindSyntaxError, Text: "f(a for a in"},
			"  File \"main.py\", line 1\n    f(a for a in\n      ^^^^^^^^^^\nSyntaxError: Generator expression must be parenthesized\n"},
		{"range after stripped indentation",
			syntax.Error{Pos: pos(3, 4), End: pos(3, 12), Msg: "name 'x' is assigned to before global declaration", Kind: syntax.KindSyntaxError, Text: "    global x"},
			"  File \"main.py\", line 3\n    global x\n    ^^^^^^^^\nSyntaxError: name 'x' is assigned to before global declaration\n"},
		{"form feed stripped, caret clipped to the end of the text",
			syntax.Error{Pos: pos(1, 8), End: pos(1, 8), Msg: "invalid syntax", Kind: syntax.KindSyntaxError, Text: "\fx = 1 +"},
			"  File \"main.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n"},
		{"no source text: file line and message only",
			syntax.Error{Pos: pos(7, 0), Msg: "invalid syntax", Kind: syntax.KindSyntaxError},
			"  File \"main.py\", line 7\nSyntaxError: invalid syntax\n"},
		{"the error's own file name wins",
			syntax.Error{Filename: "<string>", Pos: pos(1, 4), End: pos(1, 5), Msg: "invalid syntax", Text: "x = $"},
			"  File \"<string>\", line 1\n    x = $\n        ^\nSyntaxError: invalid syntax\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, FormatSyntaxError(&tc.err, "main.py"))
		})
	}
}
