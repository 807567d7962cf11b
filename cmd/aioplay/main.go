// Command aioplay runs a Python 3.11 program with aioplay's interpreter and
// behaves like `python3 FILE.py`: the same stdout, stderr and exit status.
//
//	aioplay [options] FILE.py [args...]
//	aioplay [options] -c CODE [args...]
//	aioplay [options] [-] [args...]        (the program is read from stdin)
//
// Options (before the program, as for python3):
//
//	--timeout SECONDS   stop after this much wall-clock time: prints
//	                    "aioplay: stopped: wall-clock timeout of N s exceeded"
//	                    on stderr and exits with status 1
//	--clock MODE        the asyncio clock: virtual (default), real or
//	                    real:FACTOR; accepted, takes effect once the event
//	                    loop has a real clock (every run is virtual today)
//	--trace FILE.json   write the asyncio trace (every task's lifecycle and
//	                    every output line with its virtual time; format in
//	                    runtime/asyncio/TRACE.md) to FILE.json
//
// Exit status: the program's (0; 1 for an uncaught exception, a
// SyntaxError, a timeout or an asyncio halt; SystemExit's code), 2 for bad
// usage or a file that cannot be read, 70 for an internal error of aioplay
// (a Go panic in the runtime, reported on stderr).
//
// This is a host of runtime/interp: everything that touches the process
// (files, stdin, os.Exit, the terminal) lives here, nothing else does.
package main

import (
	"os"
	"runtime/pprof"
	"time"

	"aioplay/runtime/interp"
)

func main() {
	// AIOPLAY_CPUPROFILE=FILE writes a Go CPU profile of the whole run, for
	// performance work (go tool pprof bin/aioplay FILE).
	if path := os.Getenv("AIOPLAY_CPUPROFILE"); path != "" {
		f, err := os.Create(path)
		if err == nil && pprof.StartCPUProfile(f) == nil {
			code := runCLI(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
			pprof.StopCPUProfile()
			f.Close()
			os.Exit(code)
		}
	}
	os.Exit(runCLI(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// runCLI is main without the process exit, for tests.
func runCLI(args []string, stdin *os.File, stdout, stderr *os.File) int {
	cfg, code, done := parseArgs(args, stdout, stderr)
	if done {
		return code
	}
	src, filename, code, ok := readProgram(cfg, stdin, stderr)
	if !ok {
		return code
	}
	out := newConsole(stdout, stderr)
	defer out.flush()
	trace := &lazyFile{path: cfg.tracePath}
	defer trace.Close()
	opts := interp.Options{
		Filename:  filename,
		Argv:      cfg.argv,
		Stdout:    out.Stdout(),
		Stderr:    out.Stderr(),
		Timeout:   cfg.timeout,
		Clock:     cfg.clock,
		WallStart: time.Now(),
	}
	if cfg.tracePath != "" {
		opts.Trace = trace
	}
	status := interp.Run(src, opts)
	out.flush()
	if err := trace.Close(); err != nil {
		out.Stderr().Write([]byte("aioplay: writing the trace: " + err.Error() + "\n"))
		if status == 0 {
			status = 1
		}
	}
	return status
}
