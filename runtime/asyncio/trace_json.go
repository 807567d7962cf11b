package asyncio

import (
	"io"
	"strconv"
	"unicode/utf8"
)

// TraceVersion is the "version" of the JSON trace format (TRACE.md).
const TraceVersion = 1

// WriteJSON writes the trace as JSON (format in TRACE.md). The JSON is
// written by hand: the runtime does not link encoding/json.
func (tr *Tracer) WriteJSON(w io.Writer) error {
	b := make([]byte, 0, 4096)
	b = append(b, `{"version":`...)
	b = strconv.AppendInt(b, TraceVersion, 10)
	b = append(b, `,"end_ns":`...)
	b = strconv.AppendInt(b, tr.rt.now-tr.rt.start, 10)
	b = append(b, `,"tasks":[`...)
	for i, t := range tr.Tasks {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"id":`...)
		b = strconv.AppendInt(b, int64(t.ID), 10)
		b = append(b, `,"name":`...)
		b = appendJSONString(b, t.Name)
		b = append(b, `,"parent":`...)
		b = strconv.AppendInt(b, int64(t.Parent), 10)
		b = append(b, `,"line":`...)
		b = strconv.AppendInt(b, int64(t.Line), 10)
		b = append(b, `,"coro":`...)
		b = appendJSONString(b, t.Coro)
		b = append(b, `,"created_ns":`...)
		b = strconv.AppendInt(b, t.Created-tr.rt.start, 10)
		if t.Internal {
			b = append(b, `,"internal":true`...)
		}
		b = append(b, '}')
	}
	b = append(b, `],"events":[`...)
	for i, e := range tr.Events {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n"...)
		b = append(b, `{"kind":`...)
		b = appendJSONString(b, e.Kind)
		b = append(b, `,"task":`...)
		b = strconv.AppendInt(b, int64(e.Task), 10)
		b = append(b, `,"t":`...)
		b = strconv.AppendInt(b, e.T-tr.rt.start, 10)
		switch e.Kind {
		case EvStep:
			b = append(b, `,"end":`...)
			b = strconv.AppendInt(b, e.End-tr.rt.start, 10)
			b = append(b, `,"real":`...)
			b = strconv.AppendInt(b, e.Real, 10)
		case EvWait:
			b = append(b, `,"on":`...)
			b = appendJSONString(b, e.On)
			if e.Dur != 0 {
				b = append(b, `,"dur":`...)
				b = strconv.AppendInt(b, e.Dur, 10)
			}
			if e.Target >= 0 {
				b = append(b, `,"target":`...)
				b = strconv.AppendInt(b, int64(e.Target), 10)
			}
			if len(e.Targets) > 0 {
				b = append(b, `,"targets":[`...)
				for j, id := range e.Targets {
					if j > 0 {
						b = append(b, ',')
					}
					b = strconv.AppendInt(b, int64(id), 10)
				}
				b = append(b, ']')
			}
		case EvCancel:
			b = append(b, `,"by":`...)
			b = strconv.AppendInt(b, int64(e.Target), 10)
		case EvDone:
			b = append(b, `,"outcome":`...)
			b = appendJSONString(b, e.Detail)
			if e.Text != "" {
				b = append(b, `,"text":`...)
				b = appendJSONString(b, e.Text)
			}
		case EvBlock:
			b = append(b, `,"dur":`...)
			b = strconv.AppendInt(b, e.Dur, 10)
			b = append(b, `,"text":`...)
			b = appendJSONString(b, e.Text)
			b = append(b, `,"line":`...)
			b = strconv.AppendInt(b, int64(e.Line), 10)
		case EvNote:
			b = append(b, `,"note":`...)
			b = appendJSONString(b, e.Detail)
			b = append(b, `,"text":`...)
			b = appendJSONString(b, e.Text)
			b = append(b, `,"line":`...)
			b = strconv.AppendInt(b, int64(e.Line), 10)
		case EvRename:
			b = append(b, `,"text":`...)
			b = appendJSONString(b, e.Text)
		}
		b = append(b, '}')
	}
	b = append(b, "],\n\"outputs\":["...)
	for i, o := range tr.Outputs {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n"...)
		b = append(b, `{"stream":`...)
		b = appendJSONString(b, o.Stream)
		b = append(b, `,"t":`...)
		b = strconv.AppendInt(b, o.T-tr.rt.start, 10)
		b = append(b, `,"task":`...)
		b = strconv.AppendInt(b, int64(o.Task), 10)
		b = append(b, `,"text":`...)
		b = appendJSONString(b, o.Text)
		b = append(b, '}')
	}
	b = append(b, "]}\n"...)
	_, err := w.Write(b)
	return err
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string; invalid UTF-8 (lone
// surrogates stored as WTF-8) is written as U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c < 0x20 || c == 0x7f:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&15])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, `\ufffd`...)
		} else if r == 0x2028 || r == 0x2029 {
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&15])
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return append(b, '"')
}
