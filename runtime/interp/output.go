package interp

import (
	"io"
	"sync"
)

// sinks is the pair of output streams of one run. Writes go through one
// mutex so that a run ended by a timeout (its goroutine may go on until it
// notices the interpreter's Stop, or past Run's grace period) can never
// write after Run has returned, nor at the same time as the host.
type sinks struct {
	mu     sync.Mutex
	closed bool
	stdout io.Writer
	stderr io.Writer
	// tee, when set, also receives every write of the program ("stdout"
	// or "stderr", text): the asyncio trace records output this way.
	tee func(stream, text string)
	// record, when set, receives every write as a stamped record; stamp
	// gives the virtual time and task of a write (nil: 0 and -1).
	record func(OutputRecord)
	stamp  func() (t float64, task int)
}

func newSinks(o Options) *sinks {
	return &sinks{stdout: o.Stdout, stderr: o.Stderr, record: o.Output}
}

func (s *sinks) write(stream string, w io.Writer, text string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return
	}
	if s.tee != nil {
		s.tee(stream, text)
	}
	if s.record != nil {
		r := OutputRecord{Stream: stream, Text: text, Task: -1}
		if s.stamp != nil {
			r.T, r.Task = s.stamp()
		}
		s.record(r)
	}
	_, _ = io.WriteString(w, text)
}

// Stdout and Stderr have the shape of py.Options' sinks.
func (s *sinks) Stdout(text string) { s.write("stdout", s.stdout, text) }
func (s *sinks) Stderr(text string) { s.write("stderr", s.stderr, text) }

// whileOpen runs f under the sinks' lock unless they are closed (the run
// was abandoned): the trace is written this way, so that it too is never
// written after Run returned.
func (s *sinks) whileOpen(f func() error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	return f()
}

// closeWith writes a last message to stderr and drops every later write.
func (s *sinks) closeWith(stderrText string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return
	}
	_, _ = io.WriteString(s.stderr, stderrText)
	s.closed = true
}

// close drops every later write.
func (s *sinks) close() {
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()
}
