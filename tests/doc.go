//go:build !js

// Package tests holds aioplay's end-to-end tests: the differential corpus
// (tests/corpus, a verbatim copy of ../shared/corpus: never edit it) run
// through the real CLI and compared with CPython 3.11's recorded output.
// Later: the playground page in headless Chromium and the share worker.
//
// The corpus test builds cmd/aioplay once, runs every tests/corpus/*.py in
// parallel (cwd tests/corpus, empty stdin, 10 s each) and compares by the
// rules of tests/corpus/README.md. tests/corpus_failing.txt lists the
// programs known not to pass yet; see corpus_test.go for how the list is
// kept honest and how to rewrite it (-update-failing).
//
// It imports only the Go standard library and testify; it drives the
// runtime through the CLI binary, never in-process.
package tests
