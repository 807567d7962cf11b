package interp

import (
	"strconv"
	"strings"

	"aioplay/runtime/syntax"
)

// FormatSyntaxError renders a syntax error the way CPython 3.11 prints an
// uncaught SyntaxError (IndentationError, TabError):
//
//	  File "main.py", line 3
//	    y = (1 +
//	        ^
//	SyntaxError: '(' was never closed
//
// The rules, checked against /usr/bin/python3.11:
//   - the source line is shown without its leading spaces, tabs and form
//     feeds, and without its line end; the caret column moves left with it;
//   - when the caret would fall left of the shown text (for example
//     "unexpected indent", whose position is inside the indentation) no
//     caret line is printed;
//   - columns are counted in UTF-8 bytes, as CPython 3.11's printer does,
//     so a line with non-ASCII text before the error shifts the caret;
//   - an error whose range ends later on the same line gets one '^' per
//     byte of the range; a range that goes on to a later line is marked to
//     the end of the shown line; no range, or an IndentationError, gets a
//     single '^';
//   - an error without source text prints only the File line and the
//     message.
func FormatSyntaxError(e *syntax.Error, filename string) string {
	if e.Filename != "" {
		filename = e.Filename
	}
	kind := e.Kind
	if kind == "" {
		kind = syntax.KindSyntaxError
	}
	var b strings.Builder
	b.WriteString("  File \"")
	b.WriteString(filename)
	b.WriteString("\", line ")
	b.WriteString(strconv.Itoa(int(e.Pos.Line)))
	b.WriteByte('\n')
	if e.Text != "" {
		writeErrorLine(&b, e)
	}
	b.WriteString(kind)
	if e.Msg != "" {
		b.WriteString(": ")
		b.WriteString(e.Msg)
	}
	b.WriteByte('\n')
	return b.String()
}

func writeErrorLine(b *strings.Builder, e *syntax.Error) {
	text := strings.TrimRight(e.Text, "\r\n")
	col := int(e.Pos.Col)
	end := -1 // exclusive end column, -1: a single caret
	switch {
	case e.End.Line == e.Pos.Line && e.End.Col > e.Pos.Col:
		end = int(e.End.Col)
	case e.End.Line > e.Pos.Line:
		end = len(text)
	}
	if e.Kind == syntax.KindIndentationError || e.Kind == syntax.KindTabError {
		end = -1
	}
	strip := 0
	for strip < len(text) && (text[strip] == ' ' || text[strip] == '\t' || text[strip] == '\f') {
		strip++
	}
	text = text[strip:]
	col -= strip
	if end >= 0 {
		end -= strip
	}
	b.WriteString("    ")
	b.WriteString(text)
	b.WriteByte('\n')
	if col < 0 {
		return
	}
	if col > len(text) {
		col = len(text)
	}
	carets := 1
	if end > col {
		carets = end - col
	}
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", col))
	b.WriteString(strings.Repeat("^", carets))
	b.WriteByte('\n')
}
