package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// readProgram returns the program's source and the file name tracebacks
// show, as CPython names them: "<string>" for -c, "<stdin>" for stdin, and
// for a file the path joined to the current directory (CPython 3.11 makes
// the script path absolute this way: "./x.py" shows as "/cwd/./x.py").
// On failure it prints CPython's message and ok is false.
func readProgram(cfg config, stdin io.Reader, stderr io.Writer) (src []byte, filename string, code int, ok bool) {
	switch {
	case cfg.hasCode:
		return []byte(cfg.code), "<string>", 0, true
	case cfg.file == "" || cfg.file == "-":
		b, err := io.ReadAll(stdin)
		if err != nil {
			io.WriteString(stderr, "aioplay: can't read the program from stdin: "+err.Error()+"\n")
			return nil, "", 2, false
		}
		return b, "<stdin>", 0, true
	}
	filename = scriptPath(cfg.file)
	b, err := os.ReadFile(cfg.file)
	if err != nil {
		io.WriteString(stderr, "aioplay: can't open file '"+filename+"': "+errnoText(err)+"\n")
		return nil, "", 2, false
	}
	return b, filename, 0, true
}

// scriptPath is CPython's absolute name for the main script.
func scriptPath(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	return strings.TrimSuffix(wd, "/") + "/" + p
}

// errnoText renders an OS error as CPython does: "[Errno 2] No such file
// or directory".
func errnoText(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		msg := errno.Error()
		if msg != "" {
			msg = strings.ToUpper(msg[:1]) + msg[1:]
		}
		return "[Errno " + strconv.Itoa(int(errno)) + "] " + msg
	}
	return err.Error()
}
