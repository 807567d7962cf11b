package interp

import (
	"fmt"
	"runtime/debug"
	"strings"
)

// maxStackLines bounds the Go stack printed with an internal error: enough
// to find the culprit, short enough to read.
const maxStackLines = 24

// internalErrorReport is the text printed for a Go panic (or a non-Python
// error) escaping the runtime:
//
//	aioplay: internal error: <value>
//	<the first frames of the Go stack, from the panic on>
func internalErrorReport(v any, stack string) string {
	var b strings.Builder
	b.WriteString("aioplay: internal error: ")
	b.WriteString(strings.TrimRight(fmt.Sprint(v), "\n"))
	b.WriteByte('\n')
	if stack != "" {
		b.WriteString(stack)
	}
	return b.String()
}

// stackAfterPanic returns the current goroutine's stack from the frame
// that panicked on, cut to maxStackLines lines. It must be called from the
// deferred function that recovered.
func stackAfterPanic() string {
	lines := strings.Split(strings.TrimRight(string(debug.Stack()), "\n"), "\n")
	start := 0
	for i, l := range lines {
		if strings.HasPrefix(l, "panic(") {
			start = i + 2 // skip "panic(...)" and its file line
			break
		}
	}
	if start == 0 || start >= len(lines) {
		start = 1 // no panic frame found: drop only the "goroutine N" header
	}
	lines = lines[start:]
	more := 0
	if len(lines) > maxStackLines {
		more = len(lines) - maxStackLines
		lines = lines[:maxStackLines]
	}
	var b strings.Builder
	b.WriteString("Go stack (most recent call first):\n")
	for _, l := range lines {
		b.WriteString("  ")
		b.WriteString(shortFrameLine(l))
		b.WriteByte('\n')
	}
	if more > 0 {
		b.WriteString("  ... " + fmt.Sprint(more) + " more lines\n")
	}
	return b.String()
}

// shortFrameLine drops what makes a line of a Go stack long without
// helping a reader: the argument words of a call ("f(0x1, 0x2)" becomes
// "f(...)") and the program-counter offset of a file line (" +0x1f").
func shortFrameLine(l string) string {
	if strings.HasPrefix(l, "\t") {
		if i := strings.LastIndex(l, " +0x"); i > 0 {
			return l[:i]
		}
		return l
	}
	if strings.HasSuffix(l, ")") {
		if i := strings.LastIndex(l, "("); i > 0 && i < len(l)-2 {
			return l[:i] + "(...)"
		}
	}
	return l
}
