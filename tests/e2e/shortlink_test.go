//go:build !js

package e2e

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"aioplay/tests/worker/devserver"
)

// pageFiles are the files of the page the worker serves (as worker_assets
// stages them when there is no dist/).
var pageFiles = []string{"index.html", "wasm_exec.js", "site/boot.js", "site/worker.js", "site/style.css",
	"site/build/editor.js", "site/build/aioplay.wasm"}

// startWorker builds the share worker into a temp dir, serves the site of
// AIOPLAY_SITE from it and starts wrangler dev. It never skips once the
// site is there: a worker that cannot build or start fails the test.
func startWorker(t *testing.T) *devserver.Server {
	site := siteDir(t)
	root, err := devserver.RepoRoot()
	require.NoError(t, err)
	dir := t.TempDir()
	var log bytes.Buffer
	t0 := time.Now()
	require.NoError(t, devserver.Build(root, dir, &log), "building the share worker:\n%s", log.String())
	// The page under test is the one in AIOPLAY_SITE (worker_build stages
	// dist/ when it exists, which may be older).
	for _, f := range pageFiles {
		copyFile(t, filepath.Join(site, f), filepath.Join(dir, "public", f))
	}
	srv, err := devserver.Start(root, dir, t.TempDir())
	require.NoError(t, err, "AIOPLAY_SITE is set, so wrangler dev must start")
	t.Cleanup(func() {
		if err := srv.Stop(); err != nil {
			t.Log(err)
		}
	})
	t.Logf("wrangler dev on %s after %v", srv.URL, time.Since(t0).Round(time.Millisecond))
	return srv
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	in, err := os.Open(from)
	require.NoError(t, err)
	defer in.Close()
	require.NoError(t, os.MkdirAll(filepath.Dir(to), 0o755))
	out, err := os.Create(to)
	require.NoError(t, err)
	_, err = io.Copy(out, in)
	require.NoError(t, err)
	require.NoError(t, out.Close())
}

// evalIn evaluates expr in the tab ctx.
func evalIn[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	require.NoError(t, err, "evaluating %s", expr)
	return v
}

// statusSettled waits until the page has loaded a short link's program or
// said why it could not.
var statusSettled = chromedp.Poll[chromedp.Void](
	`/shared link|Could not load/.test(document.getElementById("status").textContent)`,
	chromedp.WithPollingTimeout(15*time.Second))

func TestShortLinkThroughTheWorker(t *testing.T) {
	srv := startWorker(t)
	s := newSessionAt(t, srv.URL+"/")
	s.open(s.url)
	src := "import asyncio\n\n# short link: 日本語, emoji 🐍, `backticks` and ${dollars}\nasync def main():\n    await asyncio.sleep(1)\n    print('via the worker ✓')\n\nasyncio.run(main())\n"
	s.setSource(src)
	s.do(chromedp.SetValue(chromedp.ID("mode"), "real"),
		chromedp.Click(chromedp.ID("share")),
		chromedp.Poll[chromedp.Void](`document.getElementById("share-url").value !== "" && !document.getElementById("share").hasAttribute("aria-busy")`,
			chromedp.WithPollingTimeout(10*time.Second)))
	link := s.eval(`document.getElementById("share-url").value`)
	status := s.eval(`document.getElementById("status").textContent`)
	s.screenshot("short-link")
	require.True(t, strings.HasPrefix(link, srv.URL+"/s/"), "the worker answers /api/share: a short link, got %q (status %q)", link, status)
	assert.Contains(t, status, "short link")
	assert.NotContains(t, link, "#", "a short link carries no fragment")

	// The same program gives the same link.
	s.do(chromedp.Click(chromedp.ID("share")),
		chromedp.Poll[chromedp.Void](`!document.getElementById("share").hasAttribute("aria-busy")`, chromedp.WithPollingTimeout(10*time.Second)))
	assert.Equal(t, link, s.eval(`document.getElementById("share-url").value`))

	// Other text in local storage, so the fresh tab can only get the
	// program from the share service.
	local := "print('local text')\n"
	s.eval(`localStorage.setItem("aioplay.source.v1", ` + jsString(local) + `); localStorage.setItem("aioplay.mode.v1", "virtual"); "ok"`)

	tab, cancel := chromedp.NewContext(s.ctx) // a new tab of the same browser
	defer cancel()
	require.NoError(t, chromedp.Do(tab, chromedp.Navigate(link), waitReady(), statusSettled))
	assert.Equal(t, src, evalIn[string](t, tab, `window.aioplayEditor.getText()`))
	assert.Equal(t, "real", evalIn[string](t, tab, `document.getElementById("mode").value`), "the clock mode comes with the link")
	assert.Contains(t, evalIn[string](t, tab, `document.getElementById("status").textContent`), "shared link")
	assert.Equal(t, 0, evalIn[int](t, tab, `document.querySelectorAll("#output .row").length`), "a shared link waits for a click: nothing ran")

	// An unknown ID: a clear message, and the local text stays (opening
	// the link above saved its program, as fragment links do: reset it).
	s.eval(`localStorage.setItem("aioplay.source.v1", ` + jsString(local) + `); "ok"`)
	tab2, cancel2 := chromedp.NewContext(s.ctx)
	defer cancel2()
	require.NoError(t, chromedp.Do(tab2, chromedp.Navigate(srv.URL+"/s/AAAAAAAAAAA"), waitReady(), statusSettled))
	assert.Contains(t, evalIn[string](t, tab2, `document.getElementById("status").textContent`), "Could not load the shared program AAAAAAAAAAA")
	assert.Equal(t, local, evalIn[string](t, tab2, `window.aioplayEditor.getText()`), "the editor keeps the local text")
}
