//go:build !js

// Package e2e drives the built playground in headless Chromium (chromedp):
// run the seed and compare its output and virtual times with CPython's,
// check the timeline, stop a runaway loop, open a share link in a new tab
// (the fragment link on the static server; a short /s/ID link through the
// share worker under `wrangler dev`, tests/worker/devserver), click a
// traceback. Screenshots go to the test's temp dir (kept with
// AIOPLAY_SCREENSHOTS=DIR).
//
// The site must be built first (site/site.sh site_build); the tests run only
// when AIOPLAY_SITE names the directory to serve (site_test sets it to the
// repository root), so a plain `go test ./...` skips them with a message.
// With AIOPLAY_SITE set, the short-link test builds the worker and starts
// wrangler dev (npm ci of the pinned wrangler if needed); if that fails,
// the test fails, it does not skip.
package e2e
