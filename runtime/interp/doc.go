// Package interp is aioplay's host-independent runner: it takes the source
// of a program and runs it the way `python3 FILE.py` would, from parsing to
// the exit status. The native CLI (cmd/aioplay), the tests and the browser
// worker are its hosts; each gives it an Options value (file name, output
// sinks, limits, clock) and gets back an exit status.
//
// What Run does, in order:
//
//  1. compile the source (runtime/compile); a SyntaxError is printed in
//     CPython 3.11's format (FormatSyntaxError) and the status is 1;
//  2. build an interpreter (py.NewInterp) whose module table joins the
//     modules written in Go (runtime/stdlib, runtime/asyncio) and the
//     pure-Python ones embedded in runtime/stdlib/pylib;
//  3. run the module as __main__; an uncaught exception is printed as
//     CPython's traceback and the status is 1; SystemExit gives its code
//     (None -> 0, an int -> that int, anything else is printed and gives 1);
//     a run that asyncio halts (deadlock, virtual-time cap) or the VM stops
//     (step limit) prints the reason and gives 1.
//
// A Go panic anywhere in the runtime never escapes Run: it is recovered and
// reported on the error sink as "aioplay: internal error: ..." with a short
// Go stack, and the status is ExitInternalError (70, EX_SOFTWARE of
// sysexits.h). A wall-clock Timeout ends a run with
// "aioplay: stopped: wall-clock timeout of N s exceeded" and status 1; the
// interpreter is asked to stop (py.Interp.Stop) and nothing it writes
// afterwards reaches the sinks.
//
// Output reaches the host three ways, all optional: the Stdout and Stderr
// writers (the CLI), stamped OutputRecords (virtual time and task of each
// write: the playground's log), and the asyncio trace as JSON at the end
// (the playground's timeline; runtime/asyncio/TRACE.md).
//
// This package may import every package under runtime/ and the Go standard
// library; it must not touch files, the network, the process (os.Exit) or
// syscall/js: hosts do that. It is the only place where the runtime's
// packages are wired together.
package interp
