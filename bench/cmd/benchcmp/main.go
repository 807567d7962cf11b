//go:build unix

// Command benchcmp runs aioplay's benchmark programs (bench/programs/*.py)
// under CPython 3.11 and under the aioplay CLI, side by side, and prints a
// table of the best wall time of each, the ratio python/aioplay (above 1.0:
// aioplay is faster) and the peak resident memory of each.
//
// Both interpreters must print the same output (each program prints a
// small checksum); when they do not, or aioplay fails, the table says so
// instead of giving a ratio. Wall time includes process start-up, as a
// user running `python3 FILE.py` would see it. Peak memory comes from the
// child's rusage (ru_maxrss), so no external tool is needed.
//
// Usage (normally through ./build.sh bench, which builds bin/aioplay):
//
//	benchcmp [-python /usr/bin/python3.11] [-aioplay bin/aioplay] [-runs 3]
//	         [-timeout 120s] [-dir bench/programs] [-markdown] [NAME...]
//
// Never use the python3 on PATH here: on the project's machines it is a
// slow shim. This is a measurement, not a test: build.sh test never runs it.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"
)

// measurement is the result of running one program under one interpreter.
type measurement struct {
	best    time.Duration // the shortest wall time of the runs
	peakKB  int64         // the highest ru_maxrss of the runs
	stdout  []byte        // of the first run
	failure string        // why the program did not run cleanly; "" when it did
}

func main() {
	python := flag.String("python", "/usr/bin/python3.11", "the reference interpreter")
	aioplay := flag.String("aioplay", "bin/aioplay", "the aioplay CLI")
	runs := flag.Int("runs", 3, "runs per program and interpreter (best time is kept)")
	timeout := flag.Duration("timeout", 120*time.Second, "time limit of one run")
	dir := flag.String("dir", "bench/programs", "folder of the benchmark programs")
	markdown := flag.Bool("markdown", false, "print a Markdown table (for the README)")
	flag.Parse()

	programs, err := listPrograms(*dir, flag.Args())
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchcmp:", err)
		os.Exit(2)
	}
	for _, bin := range []string{*python, *aioplay} {
		if _, err := exec.LookPath(bin); err != nil {
			fmt.Fprintf(os.Stderr, "benchcmp: %s: %v\n", bin, err)
			os.Exit(2)
		}
	}
	t := newTable(*markdown)
	t.header()
	for _, p := range programs {
		name := strings.TrimSuffix(filepath.Base(p), ".py")
		py := measure(*python, p, *runs, *timeout)
		ap := measure(*aioplay, p, *runs, *timeout)
		t.row(name, py, ap)
	}
}

// listPrograms returns the programs of dir, all or the named ones.
func listPrograms(dir string, names []string) ([]string, error) {
	all, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil {
		return nil, err
	}
	sort.Strings(all)
	if len(all) == 0 {
		return nil, fmt.Errorf("no programs in %s", dir)
	}
	if len(names) == 0 {
		return all, nil
	}
	var picked []string
	for _, n := range names {
		p := filepath.Join(dir, strings.TrimSuffix(n, ".py")+".py")
		if _, err := os.Stat(p); err != nil {
			return nil, fmt.Errorf("no benchmark %q in %s", n, dir)
		}
		picked = append(picked, p)
	}
	return picked, nil
}

// measure runs program under bin up to runs times; it stops at the first
// failed run.
func measure(bin, program string, runs int, timeout time.Duration) measurement {
	var m measurement
	for i := 0; i < runs; i++ {
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		cmd := exec.CommandContext(ctx, bin, program)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		start := time.Now()
		err := cmd.Run()
		wall := time.Since(start)
		timedOut := ctx.Err() == context.DeadlineExceeded
		cancel()
		switch {
		case timedOut:
			m.failure = "timeout after " + timeout.String()
		case err != nil:
			m.failure = strings.TrimSpace(err.Error() + ": " + lastLine(errb.Bytes()))
		}
		if m.failure != "" {
			return m
		}
		if i == 0 || wall < m.best {
			m.best = wall
		}
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok && int64(ru.Maxrss) > m.peakKB {
			m.peakKB = int64(ru.Maxrss) // kilobytes on Linux
		}
		if i == 0 {
			m.stdout = out.Bytes()
		}
	}
	return m
}

func lastLine(b []byte) string {
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	l := lines[len(lines)-1]
	if len(l) > 120 {
		l = l[:120] + "..."
	}
	return l
}

// table prints rows as aligned text or as Markdown.
type table struct{ markdown bool }

func newTable(markdown bool) *table { return &table{markdown: markdown} }

var columns = []string{"benchmark", "python3.11 ms", "aioplay ms", "ratio (python/aioplay)", "python3.11 MB", "aioplay MB"}

func (t *table) header() {
	if t.markdown {
		fmt.Println("| " + strings.Join(columns, " | ") + " |")
		fmt.Println("|---|---:|---:|---:|---:|---:|")
		return
	}
	fmt.Printf("%-20s %14s %11s %23s %14s %11s\n", columns[0], columns[1], columns[2], columns[3], columns[4], columns[5])
}

func (t *table) row(name string, py, ap measurement) {
	cells := []string{name, ms(py), ms(ap), ratio(py, ap), mb(py), mb(ap)}
	if t.markdown {
		fmt.Println("| " + strings.Join(cells, " | ") + " |")
	} else {
		fmt.Printf("%-20s %14s %11s %23s %14s %11s\n", cells[0], cells[1], cells[2], cells[3], cells[4], cells[5])
	}
	if py.failure != "" {
		fmt.Fprintf(os.Stderr, "  %s under python3.11: %s\n", name, py.failure)
	}
	if ap.failure != "" {
		fmt.Fprintf(os.Stderr, "  %s under aioplay: %s\n", name, ap.failure)
	}
}

func ms(m measurement) string {
	if m.failure != "" {
		return "-"
	}
	return fmt.Sprintf("%.1f", float64(m.best.Microseconds())/1000)
}

func mb(m measurement) string {
	if m.failure != "" {
		return "-"
	}
	return fmt.Sprintf("%.1f", float64(m.peakKB)/1024)
}

func ratio(py, ap measurement) string {
	switch {
	case py.failure != "":
		return "python3.11 failed"
	case ap.failure != "":
		return "aioplay failed"
	case !bytes.Equal(py.stdout, ap.stdout):
		return "output differs"
	}
	return fmt.Sprintf("%.2f", py.best.Seconds()/ap.best.Seconds())
}
