package syntax

import (
	"strconv"
	"unicode/utf8"
)

// Error kinds: the Python exception class an Error becomes.
const (
	KindSyntaxError      = "SyntaxError"
	KindIndentationError = "IndentationError"
	KindTabError         = "TabError"
)

// Error is a syntax error with CPython 3.11's message text and location.
//
// Pos and End use the AST convention (1-based line, 0-based UTF-8 byte
// column). CPython's SyntaxError.offset is a 1-based character (code
// point) offset; Offset and EndOffset convert. End is the zero Pos when
// the error has no meaningful end.
type Error struct {
	Filename string
	Pos      Pos
	End      Pos
	Msg      string
	Kind     string // KindSyntaxError, KindIndentationError or KindTabError
	Text     string // the source line of Pos, without its line ending ("" if unknown)
}

// Error formats e as str() of a CPython SyntaxError would:
// "msg (file, line N)".
func (e *Error) Error() string {
	return e.Msg + " (" + e.Filename + ", line " + strconv.Itoa(int(e.Pos.Line)) + ")"
}

// Offset returns CPython's SyntaxError.offset: the 1-based code point
// offset of Pos.Col in Text.
func (e *Error) Offset() int { return charOffset(e.Text, int(e.Pos.Col)) + 1 }

// EndOffset returns CPython's SyntaxError.end_offset for End when End is
// on the same line as Pos (else the byte column + 1).
func (e *Error) EndOffset() int {
	if e.End.Line == e.Pos.Line {
		return charOffset(e.Text, int(e.End.Col)) + 1
	}
	return int(e.End.Col) + 1
}

// charOffset converts a byte column in line to a code point count.
func charOffset(line string, col int) int {
	if col > len(line) {
		return utf8.RuneCountInString(line) + (col - len(line))
	}
	if col < 0 {
		return col
	}
	return utf8.RuneCountInString(line[:col])
}
