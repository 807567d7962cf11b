package main

import (
	"errors"
	"flag"
	"io"
	"math"
	"strconv"
	"time"

	"aioplay/runtime/interp"
)

// config is the parsed command line.
type config struct {
	code      string // -c CODE; "" when not given
	hasCode   bool
	file      string // the program file; "-" or "" reads stdin
	argv      []string
	timeout   time.Duration
	clock     interp.Clock
	tracePath string
}

const usageText = `usage: aioplay [options] [-c CODE | FILE.py | -] [args...]

Runs a Python 3.11 program with aioplay's interpreter, like python3 FILE.py:
the same stdout, stderr and exit status.

  -c CODE             run CODE instead of a file (as python3 -c)
  FILE.py             run this file; "-" or no file reads the program from stdin
  --timeout SECONDS   stop after this much wall-clock time (exit status 1)
  --clock MODE        asyncio clock: virtual (default), real or real:FACTOR
                      (accepted; every run uses the virtual clock for now)
  --trace FILE.json   write the asyncio trace (tasks, steps, waits, output
                      with virtual times) to FILE.json
  -h, --help          show this help

Exit status: the program's own (0, 1 for an uncaught exception or a
SyntaxError, SystemExit's code); 1 for a timeout; 2 for bad usage or a file
that cannot be read; 70 for an internal error of aioplay.
`

// parseArgs parses the command line. When done is true the command is over
// (help, or a usage error) and code is its exit status.
func parseArgs(args []string, stdout, stderr io.Writer) (cfg config, code int, done bool) {
	fs := flag.NewFlagSet("aioplay", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Func("c", "run CODE", func(s string) error {
		cfg.code, cfg.hasCode = s, true
		return nil
	})
	fs.Func("timeout", "wall-clock timeout in seconds", func(s string) error {
		secs, err := strconv.ParseFloat(s, 64)
		if err != nil || !(secs > 0) || secs > math.MaxInt64/float64(time.Second) {
			return errors.New("want a positive number of seconds")
		}
		cfg.timeout = time.Duration(secs * float64(time.Second))
		return nil
	})
	fs.Func("clock", "virtual, real or real:FACTOR", func(s string) error {
		c, err := interp.ParseClock(s)
		cfg.clock = c
		return err
	})
	fs.StringVar(&cfg.tracePath, "trace", "", "write the asyncio trace to this file")
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		io.WriteString(stdout, usageText)
		return cfg, 0, true
	}
	if err != nil {
		io.WriteString(stderr, "aioplay: "+err.Error()+"\n"+usageText)
		return cfg, 2, true
	}
	rest := fs.Args()
	if cfg.hasCode {
		cfg.argv = append([]string{"-c"}, rest...)
		return cfg, 0, false
	}
	if len(rest) > 0 {
		cfg.file = rest[0]
		cfg.argv = rest
	} else {
		cfg.argv = []string{""}
	}
	return cfg, 0, false
}
