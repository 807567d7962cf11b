//go:build !js

// Command share is the share service's load benchmark (not a test): a
// bounded run of mixed requests on loopback against `wrangler dev`.
//
//	go run ./bench/share [-n 5000] [-c 32] [-url http://127.0.0.1:8787]
//
// Without -url it builds the worker and starts its own wrangler dev on a
// free port with a temporary KV directory, and stops it at the end. The
// mix: 20% shares of new programs (50 B to 16 KiB, ASCII, emoji and
// non-Latin text), 5% shares of an already shared program (must give the
// same ID with 200), 75% reads of a random shared snippet (must be
// byte-identical). Afterwards every shared snippet is read back once more.
// It prints errors, lost and altered snippets (all must be 0; the exit
// status is 1 otherwise) and p50/p90/p99/max latency per kind.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"aioplay/site/worker/share"
	"aioplay/tests/worker/devserver"
)

func main() {
	n := flag.Int("n", 5000, "number of requests in the mixed run")
	c := flag.Int("c", 32, "concurrent clients")
	url := flag.String("url", "", "a running worker (default: start wrangler dev)")
	seed := flag.Uint64("seed", 1, "random seed of the request mix")
	flag.StringVar(&wranglerLog, "log", "", "write wrangler's log to this file (own wrangler dev only)")
	flag.Parse()
	if err := run(*n, *c, *url, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "bench/share:", err)
		os.Exit(1)
	}
}

// wranglerLog is the -log flag.
var wranglerLog string

// kinds of requests in the mix.
const (
	kindShareNew = iota
	kindShareAgain
	kindGet
	kindVerify
	numKinds
)

var kindNames = [numKinds]string{"share (new)", "share (again)", "get", "verify (after)"}

// snippet is a shared program and the ID the service gave it.
type snippet struct {
	id, source string
}

type bench struct {
	base   string
	client *http.Client

	mu       sync.Mutex
	snippets []snippet
	lat      [numKinds][]time.Duration

	errors, lost, altered atomic.Int64
	firstErr              atomic.Value
}

func run(n, c int, base string, seed uint64) error {
	if base == "" {
		root, err := devserver.RepoRoot()
		if err != nil {
			return err
		}
		dir, err := os.MkdirTemp("", "aioplay-bench-share-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		fmt.Println("building the worker (worker_build)...")
		if err := devserver.Build(root, filepath.Join(dir, "worker"), os.Stderr); err != nil {
			return err
		}
		t0 := time.Now()
		srv, err := devserver.Start(root, filepath.Join(dir, "worker"), filepath.Join(dir, "kv"))
		if err != nil {
			return err
		}
		defer func() {
			srv.Stop()
			if wranglerLog != "" {
				os.WriteFile(wranglerLog, []byte(srv.Log()), 0o644)
			}
		}()
		fmt.Printf("wrangler dev ready at %s in %v\n", srv.URL, time.Since(t0).Round(time.Millisecond))
		base = srv.URL
	}
	b := &bench{base: strings.TrimSuffix(base, "/"), client: &http.Client{
		Timeout:   60 * time.Second,
		Transport: &http.Transport{MaxIdleConnsPerHost: c, MaxConnsPerHost: c},
	}}
	// Seed one snippet so the first reads have something to read.
	b.shareNew(rand.New(rand.NewPCG(seed, 0)), -1)

	jobs := make(chan int)
	var wg sync.WaitGroup
	t0 := time.Now()
	for w := 0; w < c; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			r := rand.New(rand.NewPCG(seed, uint64(w)+1))
			for i := range jobs {
				switch p := r.IntN(100); {
				case p < 20:
					b.shareNew(r, i)
				case p < 25:
					b.shareAgain(r)
				default:
					b.get(r)
				}
			}
		}(w)
	}
	for i := 0; i < n; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	elapsed := time.Since(t0)

	// Read every snippet back once more, with the same concurrency.
	b.mu.Lock()
	all := slices.Clone(b.snippets)
	b.mu.Unlock()
	verify := make(chan snippet)
	for w := 0; w < c; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range verify {
				b.check(kindVerify, s)
			}
		}()
	}
	for _, s := range all {
		verify <- s
	}
	close(verify)
	wg.Wait()

	b.report(n, c, elapsed, len(all))
	if b.errors.Load()+b.lost.Load()+b.altered.Load() > 0 {
		return fmt.Errorf("errors %d, lost %d, altered %d (first error: %v)",
			b.errors.Load(), b.lost.Load(), b.altered.Load(), b.firstErr.Load())
	}
	return nil
}

// program makes a distinct program of 50 B to 16 KiB.
func program(r *rand.Rand, i int) string {
	pieces := []string{"print('hello')\n", "# 🐍 async ✨ 👩‍💻\n", "# Привет, 世界, مرحبا\n",
		"await asyncio.sleep(0.5)\n", "x = [i * i for i in range(10)]\n"}
	size := 50 + r.IntN(16<<10-100)
	var sb strings.Builder
	fmt.Fprintf(&sb, "# snippet %d %d\n", i, r.Uint64())
	for sb.Len() < size {
		sb.WriteString(pieces[r.IntN(len(pieces))])
	}
	return sb.String()
}

func (b *bench) fail(format string, args ...any) {
	b.errors.Add(1)
	b.firstErr.CompareAndSwap(nil, fmt.Sprintf(format, args...))
}

func (b *bench) record(kind int, d time.Duration) {
	b.mu.Lock()
	b.lat[kind] = append(b.lat[kind], d)
	b.mu.Unlock()
}

// post shares source and returns the status and ID.
func (b *bench) post(kind int, source string) (int, string, bool) {
	t0 := time.Now()
	res, err := b.client.Post(b.base+"/api/share", "text/plain; charset=utf-8", strings.NewReader(source))
	if err != nil {
		b.fail("POST: %v", err)
		return 0, "", false
	}
	body, err := io.ReadAll(res.Body)
	res.Body.Close()
	b.record(kind, time.Since(t0))
	if err != nil {
		b.fail("POST body: %v", err)
		return 0, "", false
	}
	var out struct{ ID string }
	if err := json.Unmarshal(body, &out); err != nil || !share.ValidID(out.ID) {
		b.fail("POST: status %d, body %q", res.StatusCode, body)
		return 0, "", false
	}
	return res.StatusCode, out.ID, true
}

func (b *bench) shareNew(r *rand.Rand, i int) {
	src := program(r, i)
	status, id, ok := b.post(kindShareNew, src)
	if !ok {
		return
	}
	if status != http.StatusCreated {
		b.fail("POST new program: status %d, want 201", status)
		return
	}
	b.mu.Lock()
	b.snippets = append(b.snippets, snippet{id, src})
	b.mu.Unlock()
}

func (b *bench) pick(r *rand.Rand) snippet {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.snippets[r.IntN(len(b.snippets))]
}

func (b *bench) shareAgain(r *rand.Rand) {
	s := b.pick(r)
	status, id, ok := b.post(kindShareAgain, s.source)
	if !ok {
		return
	}
	if status != http.StatusOK || id != s.id {
		b.fail("POST known program: status %d id %q, want 200 %q", status, id, s.id)
	}
}

func (b *bench) get(r *rand.Rand) { b.check(kindGet, b.pick(r)) }

// check reads s back and counts it lost or altered.
func (b *bench) check(kind int, s snippet) {
	t0 := time.Now()
	res, err := b.client.Get(b.base + "/api/share/" + s.id)
	if err != nil {
		b.fail("GET: %v", err)
		return
	}
	body, err := io.ReadAll(res.Body)
	res.Body.Close()
	b.record(kind, time.Since(t0))
	switch {
	case err != nil:
		b.fail("GET body: %v", err)
	case res.StatusCode == http.StatusNotFound:
		b.lost.Add(1)
	case res.StatusCode != http.StatusOK:
		b.fail("GET %s: status %d", s.id, res.StatusCode)
	default:
		var p share.Payload
		if json.Unmarshal(body, &p) != nil || p.Source != s.source {
			b.altered.Add(1)
		}
	}
}

func (b *bench) report(n, c int, elapsed time.Duration, snippets int) {
	fmt.Printf("\n%d mixed requests at concurrency %d in %v (%.0f req/s); %d snippets shared, all read back after\n",
		n, c, elapsed.Round(time.Millisecond), float64(n)/elapsed.Seconds(), snippets)
	fmt.Printf("errors %d, lost %d, altered %d\n\n", b.errors.Load(), b.lost.Load(), b.altered.Load())
	fmt.Printf("%-15s %6s %9s %9s %9s %9s\n", "kind", "count", "p50", "p90", "p99", "max")
	for k := 0; k < numKinds; k++ {
		d := slices.Clone(b.lat[k])
		if len(d) == 0 {
			continue
		}
		slices.Sort(d)
		q := func(p float64) time.Duration {
			return d[min(len(d)-1, int(p*float64(len(d))))].Round(100 * time.Microsecond)
		}
		fmt.Printf("%-15s %6d %9v %9v %9v %9v\n", kindNames[k], len(d), q(0.50), q(0.90), q(0.99), d[len(d)-1].Round(100*time.Microsecond))
	}
}
