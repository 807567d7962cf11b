//go:build !js

// Package devserver builds aioplay's share worker and runs it under
// `wrangler dev` on a free loopback port with its own KV directory, for the
// integration test (tests/worker) and the load benchmark (bench/share).
// It never skips: every failure to build or start is an error that says
// what happened, with wrangler's log.
package devserver

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// workerDir is the worker's folder, relative to the repository root.
const workerDir = "site/worker"

// StartTimeout bounds wrangler's start, from launch to the first answer
// of the Go worker.
const StartTimeout = 90 * time.Second

// RepoRoot finds the repository root (the folder holding go.mod) from the
// working directory upwards.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("devserver: no go.mod above the working directory")
		}
		dir = parent
	}
}

// Build runs worker_build (site/worker/worker.sh) into dir: npm ci when
// needed, the Go worker wasm, the staged site and a wrangler.jsonc, all in
// dir (a temp folder of the caller's), so that neither a running
// `./build.sh worker` nor another test run sees its files change. The
// build's output goes to out.
func Build(root, dir string, out io.Writer) error {
	cmd := exec.Command("sh", "-c", `. `+workerDir+`/worker.sh && worker_build "$1"`, "sh", dir)
	cmd.Dir = root
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("devserver: worker_build failed: %w", err)
	}
	return nil
}

// Server is a running `wrangler dev`.
type Server struct {
	URL  string // http://127.0.0.1:PORT, no trailing slash
	cmd  *exec.Cmd
	log  *syncBuffer
	done chan struct{}
	err  error // the process's exit error, once done is closed
}

// Start launches wrangler dev on the worker built into dir (see Build)
// with KV persisted in persistDir, and waits until the Go worker answers.
func Start(root, dir, persistDir string) (*Server, error) {
	wrangler := filepath.Join(root, workerDir, "node_modules", ".bin", "wrangler")
	if _, err := os.Stat(wrangler); err != nil {
		return nil, fmt.Errorf("devserver: wrangler is not installed (%v): run worker_build first", err)
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	inspector, err := freePort()
	if err != nil {
		return nil, err
	}
	s := &Server{URL: "http://127.0.0.1:" + strconv.Itoa(port), log: &syncBuffer{}, done: make(chan struct{})}
	s.cmd = exec.Command(wrangler, "dev", "--ip", "127.0.0.1", "--port", strconv.Itoa(port),
		"--inspector-port", strconv.Itoa(inspector), "--persist-to", persistDir,
		"--config", filepath.Join(dir, "wrangler.jsonc"),
		"--show-interactive-dev-session=false", "--log-level", "info")
	s.cmd.Dir = dir
	s.cmd.Env = append(os.Environ(),
		"WRANGLER_SEND_METRICS=false", "WRANGLER_SEND_ERROR_REPORTS=false",
		"CLOUDFLARE_TELEMETRY_DISABLED=1", "CLOUDFLARE_CF_FETCH_ENABLED=false",
		"WRANGLER_LOG_PATH="+filepath.Join(persistDir, "logs"), "CI=true", "NO_COLOR=1")
	s.cmd.Stdout, s.cmd.Stderr = s.log, s.log
	s.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := s.cmd.Start(); err != nil {
		return nil, fmt.Errorf("devserver: cannot start wrangler: %w", err)
	}
	go func() {
		s.err = s.cmd.Wait()
		close(s.done)
	}()
	if err := s.waitReady(); err != nil {
		s.Stop()
		return nil, fmt.Errorf("%w\n--- wrangler log ---\n%s", err, s.Log())
	}
	return s, nil
}

// waitReady polls until GET /api/share/AAAAAAAAAAA gives the Go worker's
// JSON 404 (the worker is compiled and KV is bound).
func (s *Server) waitReady() error {
	deadline := time.Now().Add(StartTimeout)
	client := &http.Client{Timeout: 10 * time.Second}
	for time.Now().Before(deadline) {
		select {
		case <-s.done:
			return fmt.Errorf("devserver: wrangler dev exited before it was ready: %v", s.err)
		default:
		}
		if strings.Contains(s.Log(), "Ready on") {
			res, err := client.Get(s.URL + "/api/share/AAAAAAAAAAA")
			if err == nil {
				body, _ := io.ReadAll(res.Body)
				res.Body.Close()
				if res.StatusCode == http.StatusNotFound && bytes.Contains(body, []byte(`"error"`)) {
					return nil
				}
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	return fmt.Errorf("devserver: wrangler dev did not answer within %v", StartTimeout)
}

// Log returns everything wrangler printed so far.
func (s *Server) Log() string { return s.log.String() }

// Stop ends wrangler and its workerd children (SIGTERM to the process
// group, SIGKILL after 10 s).
func (s *Server) Stop() error {
	pgid := s.cmd.Process.Pid
	_ = syscall.Kill(-pgid, syscall.SIGTERM)
	select {
	case <-s.done:
	case <-time.After(10 * time.Second):
		_ = syscall.Kill(-pgid, syscall.SIGKILL)
		<-s.done
		return errors.New("devserver: wrangler did not stop on SIGTERM; killed")
	}
	// Make sure nothing of the group outlives it.
	_ = syscall.Kill(-pgid, syscall.SIGKILL)
	return nil
}

// freePort asks the kernel for a free loopback port.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("devserver: no free loopback port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// syncBuffer is a bytes.Buffer safe for the process's writers and readers.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
