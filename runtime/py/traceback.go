package py

import (
	"strings"
	"unicode/utf8"

	"aioplay/runtime/syntax"
)

// Printing uncaught exceptions exactly as CPython 3.11's default
// excepthook (Python/pythonrun.c and Python/traceback.c): chained
// exceptions, source lines with ^^^ / ~~~^^^~~~ markers, repeated-line
// compression, exception-group boxes, notes, and "Did you mean" hints.

const tracebackLimit = 1000 // sys.tracebacklimit's default
const recursiveCutoff = 3   // identical lines printed before "[Previous line repeated ...]"

func setupTracebackTypes() {
	tt := TracebackType
	tt.AddGetSet("tb_next", func(in *Interp, self Object) (Object, error) {
		if n := self.(*Traceback).Next; n != nil {
			return n, nil
		}
		return None, nil
	}, nil)
	tt.AddGetSet("tb_frame", func(in *Interp, self Object) (Object, error) { return self.(*Traceback).Frame, nil }, nil)
	tt.AddGetSet("tb_lineno", func(in *Interp, self Object) (Object, error) {
		tb := self.(*Traceback)
		return Int(tb.Frame.Code.lineAt(tb.PC)), nil
	}, nil)
	tt.AddGetSet("tb_lasti", func(in *Interp, self Object) (Object, error) { return Int(2 * self.(*Traceback).PC), nil }, nil)
}

// SetSource registers the source text of a file for traceback lines.
func (in *Interp) SetSource(filename string, src []byte) {
	if in.sources == nil {
		in.sources = map[string][]string{}
	}
	in.sources[filename] = strings.Split(string(src), "\n")
}

func (in *Interp) sourceLine(filename string, line int) (string, bool) {
	lines, ok := in.sources[filename]
	if !ok && filename == in.Opts.Filename && in.Opts.Source != nil {
		in.SetSource(filename, in.Opts.Source)
		lines = in.sources[filename]
	}
	if line < 1 || line > len(lines) {
		return "", false
	}
	return strings.TrimSuffix(lines[line-1], "\r"), true
}

// FormatException formats exc (with its cause/context chain) as CPython
// prints an uncaught exception.
func FormatException(in *Interp, exc *Exception) string {
	var b strings.Builder
	p := &tbPrinter{in: in, b: &b, seen: map[*Exception]bool{}}
	p.format(exc)
	return b.String()
}

// tbPrinter mirrors traceback.TracebackException.format with its
// _ExceptionPrintContext (group depth, margins, closing lines).
type tbPrinter struct {
	in        *Interp
	b         *strings.Builder
	seen      map[*Exception]bool
	depth     int
	needClose bool
}

func (p *tbPrinter) indent() string { return strings.Repeat(" ", 2*p.depth) }

// emit writes one line with the current margin ('|' unless marginChar).
func (p *tbPrinter) emit(s string, marginChar byte) {
	ind := p.indent()
	if p.depth > 0 {
		ind += string(marginChar) + " "
	}
	p.b.WriteString(ind)
	p.b.WriteString(s)
	p.b.WriteString("\n")
}

func (p *tbPrinter) line(_ string, s string) { p.emit(s, '|') }

const maxGroupWidth = 15
const maxGroupDepth = 10

// format prints exc and its chain.
func (p *tbPrinter) format(top *Exception) {
	type link struct {
		msg string
		exc *Exception
	}
	var chain []link
	for exc := top; exc != nil; {
		p.seen[exc] = true
		var msg string
		var next *Exception
		if exc.Cause != nil && !p.seen[exc.Cause] {
			msg, next = "The above exception was the direct cause of the following exception:", exc.Cause
		} else if exc.Context != nil && !exc.SuppressContext && !p.seen[exc.Context] {
			msg, next = "During handling of the above exception, another exception occurred:", exc.Context
		}
		chain = append(chain, link{msg, exc})
		exc = next
	}
	for i := len(chain) - 1; i >= 0; i-- {
		l := chain[i]
		if l.msg != "" {
			p.emit("", '|')
			p.emit(l.msg, '|')
			p.emit("", '|')
		}
		p.single(l.exc)
	}
}

// single prints one exception of a chain (a group with its box).
func (p *tbPrinter) single(exc *Exception) {
	if !IsSubtype(exc.Class, BaseExceptionGroup) {
		if exc.Traceback != nil {
			p.emit("Traceback (most recent call last):", '|')
			p.frames(exc.Traceback, "")
		}
		p.message(exc, "")
		return
	}
	if p.depth > maxGroupDepth {
		p.emit("... (max_group_depth is "+itoa(maxGroupDepth)+")", '|')
		return
	}
	top := p.depth == 0
	if top {
		p.depth++
	}
	if exc.Traceback != nil {
		if top {
			p.emit("Exception Group Traceback (most recent call last):", '+')
		} else {
			p.emit("Exception Group Traceback (most recent call last):", '|')
		}
		p.frames(exc.Traceback, "")
	}
	p.message(exc, "")
	num := len(exc.Exceptions)
	n := num
	if num > maxGroupWidth {
		n = maxGroupWidth + 1
	}
	p.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			p.needClose = true
		}
		truncated := i >= maxGroupWidth
		title := itoa(i + 1)
		if truncated {
			title = "..."
		}
		lead := "  "
		if i == 0 {
			lead = "+-"
		}
		p.b.WriteString(p.indent() + lead + "+---------------- " + title + " ----------------\n")
		p.depth++
		if !truncated {
			p.format(exc.Exceptions[i])
		} else {
			rem := num - maxGroupWidth
			p.emit("and "+itoa(rem)+" more exception"+plural(rem), '|')
		}
		if last && p.needClose {
			p.b.WriteString(p.indent() + "+------------------------------------\n")
			p.needClose = false
		}
		p.depth--
	}
	if top {
		p.depth = 0
	}
}

// frames prints the traceback entries, compressing repeated lines.
func (p *tbPrinter) frames(tb *Traceback, margin string) {
	var entries []*Traceback
	for t := tb; t != nil; t = t.Next {
		entries = append(entries, t)
	}
	if len(entries) > tracebackLimit {
		entries = entries[len(entries)-tracebackLimit:]
	}
	var lastFile, lastName string
	lastLine := -1
	count := 0
	for _, t := range entries {
		co := t.Frame.Code
		file, name, line := co.Code.Filename, co.Code.Name, co.lineAt(t.PC)
		if file != lastFile || line != lastLine || name != lastName {
			if count > recursiveCutoff {
				p.repeated(margin, count-recursiveCutoff)
			}
			lastFile, lastLine, lastName = file, line, name
			count = 0
		}
		count++
		if count > recursiveCutoff {
			continue
		}
		p.entry(t, margin)
	}
	if count > recursiveCutoff {
		p.repeated(margin, count-recursiveCutoff)
	}
}

func (p *tbPrinter) repeated(margin string, n int) {
	p.line(margin, "  [Previous line repeated "+itoa(n)+" more time"+plural(n)+"]")
}

// entry prints `  File "f", line N, in name`, the source line and markers.
func (p *tbPrinter) entry(t *Traceback, margin string) {
	co := t.Frame.Code
	line := co.lineAt(t.PC)
	p.line(margin, "  File \""+co.Code.Filename+"\", line "+itoa(line)+", in "+co.Code.Name)
	src, ok := p.in.sourceLine(co.Code.Filename, line)
	if !ok {
		return
	}
	lead := 0
	for lead < len(src) && (src[lead] == ' ' || src[lead] == '\t' || src[lead] == '\f') {
		lead++
	}
	stripped := src[lead:]
	if strings.TrimSpace(stripped) == "" {
		return
	}
	p.line(margin, "    "+stripped)
	pos := co.positionAt(t.PC)
	if pos.Line != int32(line) || pos.Col < 0 || pos.EndCol < 0 || pos.EndLine < pos.Line {
		return
	}
	start := charOffset(src, int(pos.Col))
	var end int
	var anchors *caretAnchors
	if pos.EndLine == pos.Line {
		end = charOffset(src, int(pos.EndCol))
		if int(pos.EndCol) <= len(src) && pos.Col < pos.EndCol {
			anchors = extractAnchors(src[pos.Col:pos.EndCol])
		}
	} else {
		i := len(src)
		for i > 0 && (src[i-1] == ' ' || src[i-1] == '\t' || src[i-1] == '\f' || src[i-1] == '\n' || src[i-1] == '\r') {
			i--
		}
		end = charOffset(src, i)
	}
	leadChars := charOffset(src, lead)
	strippedLen := utf8.RuneCountInString(stripped)
	if end-start == strippedLen && anchors == nil {
		return
	}
	if end <= start {
		return
	}
	var b strings.Builder
	b.WriteString("    ")
	for i := leadChars; i < start; i++ {
		b.WriteByte(' ')
	}
	for i := 0; i < end-start; i++ {
		if anchors != nil && i >= anchors.leftEnd && i < anchors.rightStart {
			b.WriteByte('^')
		} else if anchors != nil {
			b.WriteByte('~')
		} else {
			b.WriteByte('^')
		}
	}
	p.line(margin, b.String())
}

func charOffset(s string, byteOff int) int {
	if byteOff > len(s) {
		return utf8.RuneCountInString(s) + byteOff - len(s)
	}
	return utf8.RuneCountInString(s[:byteOff])
}

// caretAnchors split a marker line into ~~~ ^^^ ~~~ (character offsets
// within the segment).
type caretAnchors struct{ leftEnd, rightStart int }

// extractAnchors parses the failing segment: a binary operation anchors on
// its operator, a subscript on its brackets.
func extractAnchors(seg string) *caretAnchors {
	if strings.ContainsAny(seg, "\n") {
		return nil
	}
	mod, err := syntax.Parse("<anchors>", []byte(seg))
	if err != nil || len(mod.Body) != 1 {
		return nil
	}
	es, ok := mod.Body[0].(*syntax.ExprStmt)
	if !ok {
		return nil
	}
	norm := func(b int32) int { return charOffset(seg, int(b)) }
	switch e := es.Value.(type) {
	case *syntax.BinOp:
		l := e.Left.Span()
		r := e.Right.Span()
		if l.End.Line != 1 || r.Pos.Line != 1 {
			return nil
		}
		opStr := seg[l.End.Col:r.Pos.Col]
		off := len(opStr) - len(strings.TrimLeft(opStr, " \t\f\\\n()"))
		// Skip closing parentheses and spaces before the operator.
		left := int(l.End.Col) + off
		right := left + 1
		if off+1 < len(opStr) && !isSpaceByte(opStr[off+1]) {
			right++
		}
		return &caretAnchors{leftEnd: norm(int32(left)), rightStart: norm(int32(right))}
	case *syntax.Subscript:
		v := e.Value.Span()
		s := e.Slice.Span()
		if v.End.Line != 1 || s.End.Line != 1 {
			return nil
		}
		return &caretAnchors{leftEnd: norm(v.End.Col), rightStart: norm(s.End.Col + 1)}
	}
	return nil
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// message prints the last line(s): "Type: message", then the notes.
func (p *tbPrinter) message(exc *Exception, margin string) {
	in := p.in
	name := exc.Class.Qualname
	if m := exc.Class.Module; m != "" && m != "builtins" && m != "__main__" {
		name = m + "." + name
	}
	var msg string
	if s, err := ToStr(in, exc); err == nil {
		msg = s.S
	} else {
		msg = "<exception str() failed>"
	}
	if IsSubtype(exc.Class, SyntaxError) {
		p.syntaxError(exc, margin, name)
		return
	}
	if hint := suggestionFor(in, exc); hint != "" {
		msg += ". Did you mean: '" + hint + "'?"
	}
	if msg == "" {
		p.line(margin, name)
	} else {
		for i, l := range strings.Split(msg, "\n") {
			if i == 0 {
				p.line(margin, name+": "+l)
			} else {
				p.line(margin, l)
			}
		}
	}
	p.notes(exc, margin)
}

func (p *tbPrinter) notes(exc *Exception, margin string) {
	notes, ok := notesOf(exc.Dict)
	if !ok {
		return
	}
	if l, ok := notes.(*List); ok {
		for _, n := range l.Items {
			var s string
			if ns, ok := n.(*Str); ok {
				s = ns.S
			} else if r, err := ToStr(p.in, n); err == nil {
				s = r.S
			} else {
				s = "<note str() failed>"
			}
			for _, l := range strings.Split(s, "\n") {
				p.line(margin, l)
			}
		}
		return
	}
	r, err := Repr(p.in, notes)
	if err == nil {
		p.line(margin, r.S)
	}
}

// syntaxError prints the `  File "f", line N` block of a SyntaxError.
func (p *tbPrinter) syntaxError(exc *Exception, margin, name string) {
	fn, _ := exc.Slot("filename").(*Str)
	ln, _ := exc.Slot("lineno").(Int)
	if fn != nil {
		p.line(margin, "  File \""+fn.S+"\", line "+itoa(int(ln)))
	}
	if text, ok := exc.Slot("text").(*Str); ok && text.S != "" {
		t := strings.TrimRight(text.S, "\n")
		lead := 0
		for lead < len(t) && (t[lead] == ' ' || t[lead] == '\t' || t[lead] == '\f') {
			lead++
		}
		stripped := t[lead:]
		p.line(margin, "    "+stripped)
		if off, ok := exc.Slot("offset").(Int); ok && off > 0 {
			endOff := off
			if e, ok := exc.Slot("end_offset").(Int); ok && e > off {
				if el, ok := exc.Slot("end_lineno").(Int); !ok || el == ln {
					endOff = e
				}
			}
			col := int(off) - 1 - utf8.RuneCountInString(t[:lead])
			if col < 0 {
				// The caret would point left of the text: CPython omits it.
				p.line(margin, name+": "+syntaxMsg(p.in, exc))
				p.notes(exc, margin)
				return
			}
			if n := utf8.RuneCountInString(stripped); col > n {
				col = n
			}
			width := int(endOff - off)
			if width < 1 {
				width = 1
			}
			n := utf8.RuneCountInString(stripped)
			if col+width > n+1 {
				width = n + 1 - col
				if width < 1 {
					width = 1
				}
			}
			p.line(margin, "    "+strings.Repeat(" ", col)+strings.Repeat("^", width))
		}
	}
	p.line(margin, name+": "+syntaxMsg(p.in, exc))
	p.notes(exc, margin)
}

func syntaxMsg(in *Interp, exc *Exception) string {
	msg := "<no detail available>"
	if m := exc.Slot("msg"); m != nil && m != Object(None) {
		if s, err := ToStr(in, m); err == nil {
			msg = s.S
		}
	} else if len(exc.Args.Items) > 0 {
		if s, err := ToStr(in, exc.Args.Items[0]); err == nil {
			msg = s.S
		}
	}
	return msg
}

// PrintException writes the formatted exception to the host's stderr.
func (in *Interp) PrintException(exc *Exception) {
	in.WriteStderr(FormatException(in, exc))
}
