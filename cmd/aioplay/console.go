package main

import (
	"bufio"
	"io"
	"os"
	"strings"
)

// console is the process's stdout and stderr as the program sees them.
// stdout is buffered as CPython buffers it (by blocks into a pipe or file,
// by lines on a terminal); stderr is written at once, after flushing
// stdout, so that each stream keeps its order and a terminal shows them
// interleaved as they were written. interp.Run never writes to both at the
// same time, so no lock is needed.
type console struct {
	out      *bufio.Writer
	err      io.Writer
	lineMode bool // stdout is a terminal: flush at every newline
}

func newConsole(stdout, stderr *os.File) *console {
	return &console{
		out:      bufio.NewWriterSize(stdout, 64<<10),
		err:      stderr,
		lineMode: isTerminal(stdout),
	}
}

func (c *console) flush() { _ = c.out.Flush() }

// Stdout and Stderr are the writers given to interp.Run.
func (c *console) Stdout() io.Writer { return stdoutWriter{c} }
func (c *console) Stderr() io.Writer { return stderrWriter{c} }

type stdoutWriter struct{ c *console }

func (w stdoutWriter) Write(p []byte) (int, error) {
	n, err := w.c.out.Write(p)
	if w.c.lineMode && strings.IndexByte(string(p), '\n') >= 0 {
		w.c.flush()
	}
	return n, err
}

type stderrWriter struct{ c *console }

func (w stderrWriter) Write(p []byte) (int, error) {
	w.c.flush()
	return w.c.err.Write(p)
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// lazyFile is a file created on its first write, so that --trace creates
// no empty file while nothing produces a trace.
type lazyFile struct {
	path string
	f    *os.File
	err  error
}

func (l *lazyFile) Write(p []byte) (int, error) {
	if l.f == nil && l.err == nil {
		l.f, l.err = os.Create(l.path)
	}
	if l.err != nil {
		return 0, l.err
	}
	return l.f.Write(p)
}

// Close closes the file if it was created and reports the first error.
func (l *lazyFile) Close() error {
	if l.f != nil {
		if err := l.f.Close(); err != nil && l.err == nil {
			l.err = err
		}
		l.f = nil
	}
	return l.err
}
