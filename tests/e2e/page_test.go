//go:build !js

package e2e

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"aioplay/site/examples"
	"aioplay/site/static"
)

// row is one output row as the page shows it.
type row struct {
	Text   string `json:"text"`
	T      string `json:"t"`
	Stream string `json:"stream"`
	Task   string `json:"task"`
}

const rowsJS = `[...document.querySelectorAll("#output .row:not(.cut)")].map(r => ({
	text: r.querySelector(".text").textContent, t: r.dataset.t, stream: r.dataset.stream, task: r.dataset.task}))`

// session is a browser tab on a served site.
type session struct {
	t   *testing.T
	ctx context.Context
	url string
	dir string // screenshots
}

func siteDir(t *testing.T) string {
	dir := os.Getenv("AIOPLAY_SITE")
	if dir == "" {
		t.Skip("AIOPLAY_SITE is not set: build the site and run these through `./build.sh test` (site_test)")
	}
	_, err := os.Stat(filepath.Join(dir, "site/build/aioplay.wasm"))
	require.NoError(t, err, "the site is not built in %s: run site_build first", dir)
	return dir
}

// newSession opens a browser on the site served by the plain static
// server (no share service).
func newSession(t *testing.T) *session {
	dir := siteDir(t)
	srv := httptest.NewServer(static.Handler(dir))
	t.Cleanup(srv.Close)
	return newSessionAt(t, srv.URL+"/")
}

// newSessionAt starts a headless browser for pages under url (ending in /).
func newSessionAt(t *testing.T, url string) *session {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelA)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancelT)
	shots := os.Getenv("AIOPLAY_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	return &session{t: t, ctx: ctx, url: url, dir: shots}
}

func (s *session) do(actions ...chromedp.Action[chromedp.Void]) {
	s.t.Helper()
	require.NoError(s.t, chromedp.Do(s.ctx, actions...))
}

func (s *session) eval(expr string) string {
	s.t.Helper()
	v, err := chromedp.Run(s.ctx, chromedp.Evaluate[string](expr))
	require.NoError(s.t, err, "evaluating %s", expr)
	return v
}

// open loads the page (fresh storage per session) and waits until the
// runtime can run programs.
func (s *session) open(url string) {
	s.t.Helper()
	s.do(chromedp.Navigate(url), waitReady())
}

func waitReady() chromedp.Action[chromedp.Void] {
	return chromedp.Poll[chromedp.Void](`!document.getElementById("run").disabled && document.querySelector("#editor .cm-content") !== null`,
		chromedp.WithPollingTimeout(30*time.Second))
}

// runAndWait clicks Run and waits until the run is over.
func (s *session) runAndWait() {
	s.t.Helper()
	s.do(chromedp.Click(chromedp.ID("run")),
		chromedp.Poll[chromedp.Void](`!document.getElementById("run").disabled && /virtual/.test(document.getElementById("clock").textContent)`,
			chromedp.WithPollingTimeout(30*time.Second)))
}

func (s *session) rows() []row {
	s.t.Helper()
	rs, err := chromedp.Run(s.ctx, chromedp.Evaluate[[]row](rowsJS))
	require.NoError(s.t, err)
	return rs
}

func (s *session) screenshot(name string) {
	s.t.Helper()
	png, err := chromedp.Run(s.ctx, chromedp.FullScreenshot(100))
	require.NoError(s.t, err)
	path := filepath.Join(s.dir, name+".png")
	require.NoError(s.t, os.WriteFile(path, png, 0o644))
	s.t.Logf("screenshot %s", path)
}

func (s *session) setSource(src string) {
	s.t.Helper()
	s.do(chromedp.Evaluate[chromedp.Void](`window.aioplayEditor.setText(` + jsString(src) + `)`))
}

func jsString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "`", "\\`", "$", `\$`)
	return "`" + r.Replace(s) + "`"
}

func TestSeedRunsLikeCPython(t *testing.T) {
	s := newSession(t)
	s.open(s.url)
	seed, ok := examples.Get(examples.Seed)
	require.True(t, ok)
	assert.Equal(t, seed.Source, s.eval(`window.aioplayEditor.getText()`), "first visit shows the seed")
	s.runAndWait()

	want, err := os.ReadFile("../corpus/seed_run.out")
	require.NoError(t, err)
	wantLines := strings.Split(strings.TrimSuffix(string(want), "\n"), "\n")
	wantT := []string{"0", "1", "2", "2", "2", "3", "3", "3", "3"}
	rows := s.rows()
	require.Len(t, rows, len(wantLines), "one row per line of CPython's output: %+v", rows)
	for i, r := range rows {
		assert.Equal(t, wantLines[i], r.Text, "line %d", i+1)
		assert.Equal(t, wantT[i], r.T, "virtual time of line %d (%q)", i+1, r.Text)
		assert.Equal(t, "stdout", r.Stream)
	}
	assert.Equal(t, "-1", rows[len(rows)-1].Task, "'line at the end' is printed outside any task")
	assert.Equal(t, "0", rows[0].Task, "the first line comes from the main task")
	assert.Regexp(t, `^3\.000 s virtual · [0-9.]+ (ms|s) real$`, s.eval(`document.getElementById("clock").textContent`))

	// Timeline: main, task1, task2 lanes, task1 and task2 sleeping together from 2 to 3 s.
	lanes := s.eval(`[...document.querySelectorAll("#timeline g.lane")].map(g => g.dataset.task + ":" + g.dataset.name).join(" ")`)
	assert.True(t, strings.HasPrefix(lanes, "0:Task-1 1:Task-2 2:Task-3"), "lanes: %s", lanes)
	for _, task := range []string{"1", "2"} {
		sleep := s.eval(`[...document.querySelectorAll('#timeline g.lane[data-task="` + task + `"] rect[data-on="sleep"]')].map(r => r.dataset.from + "-" + r.dataset.to).join(" ")`)
		assert.Equal(t, "2-3", sleep, "task %s sleeps from 2 s to 3 s", task)
	}
	mainWaits := s.eval(`[...document.querySelectorAll('#timeline g.lane[data-task="0"] rect[data-kind="wait"]')].map(r => r.dataset.on + ":" + r.dataset.from + "-" + r.dataset.to).join(" ")`)
	assert.Contains(t, mainWaits, "sleep:0-1", "main sleeps first")
	assert.Contains(t, mainWaits, ":2-3", "main waits on gather from 2 to 3 s")
	s.screenshot("seed-run")

	// Replay at 10x: lines come back at their virtual times.
	s.do(chromedp.SetValue(chromedp.ID("speed"), "10"), chromedp.Click(chromedp.ID("replay")),
		chromedp.Poll[chromedp.Void](`document.querySelectorAll("#output .row").length >= 1 && document.querySelectorAll("#output .row").length < 9`,
			chromedp.WithPollingTimeout(5*time.Second)))
	s.screenshot("replay-midway")
	s.do(chromedp.Poll[chromedp.Void](`document.getElementById("replay").textContent === "Replay"`, chromedp.WithPollingTimeout(5*time.Second)))
	assert.Len(t, s.rows(), 9, "the replay ends with every line")
}

func TestStopEndsAnInfiniteLoop(t *testing.T) {
	s := newSession(t)
	s.open(s.url)
	s.setSource("print('spinning')\nwhile True: pass\n")
	s.do(chromedp.Click(chromedp.ID("run")),
		chromedp.Poll[chromedp.Void](`!document.getElementById("stop").disabled`, chromedp.WithPollingTimeout(5*time.Second)))
	time.Sleep(300 * time.Millisecond)
	t0 := time.Now()
	s.do(chromedp.Click(chromedp.ID("stop")), waitReady())
	t.Logf("stop to ready again: %v", time.Since(t0))
	assert.Contains(t, s.eval(`document.getElementById("output").textContent`), "stopped by the user")

	s.setSource("print('still alive')\n")
	s.runAndWait()
	rows := s.rows()
	require.Len(t, rows, 1)
	assert.Equal(t, "still alive", rows[0].Text, "the fresh worker runs the next program")
}

func TestShareLinkRestoresTheCode(t *testing.T) {
	s := newSession(t)
	s.open(s.url)
	src := "import asyncio\n\nasync def main():\n    await asyncio.sleep(2)\n    print('shared ✓')\n\nasyncio.run(main())\n"
	s.setSource(src)
	s.do(chromedp.Click(chromedp.ID("share")),
		chromedp.Poll[chromedp.Void](`document.getElementById("share-url").value.includes("#v1/")`, chromedp.WithPollingTimeout(5*time.Second)))
	link := s.eval(`document.getElementById("share-url").value`)
	assert.Contains(t, s.eval(`document.getElementById("status").textContent`), "fragment link (share service unavailable)",
		"a static server has no /api/share: the page says it gave the fragment link")
	s.screenshot("share")

	tab, cancel := chromedp.NewContext(s.ctx) // a new tab of the same browser
	defer cancel()
	require.NoError(t, chromedp.Do(tab, chromedp.Navigate(link), waitReady()))
	got, err := chromedp.Run(tab, chromedp.Evaluate[string](`window.aioplayEditor.getText()`))
	require.NoError(t, err)
	assert.Equal(t, src, got)
	n, err := chromedp.Run(tab, chromedp.Evaluate[int](`document.querySelectorAll("#output .row").length`))
	require.NoError(t, err)
	assert.Equal(t, 0, n, "a shared link waits for a click: nothing ran")
	status, err := chromedp.Run(tab, chromedp.Evaluate[string](`document.getElementById("status").textContent`))
	require.NoError(t, err)
	assert.Contains(t, status, "shared link")
}

func TestTracebackLineMarksTheEditor(t *testing.T) {
	s := newSession(t)
	s.open(s.url)
	ex, ok := examples.Get("13-traceback")
	require.True(t, ok)
	s.setSource(ex.Source)
	s.runAndWait()
	rows := s.rows()
	require.NotEmpty(t, rows)
	assert.Equal(t, "ZeroDivisionError: division by zero", rows[len(rows)-1].Text)
	assert.Equal(t, "stderr", rows[len(rows)-1].Stream)
	assert.Equal(t, "6", s.eval(`[...document.querySelectorAll("#output button.lineref")].pop().dataset.line`),
		"the innermost frame is line 6 of the program (the example's title line is not part of it)")
	s.do(chromedp.Click(chromedp.CSS(`#output button.lineref[data-line="6"]`)),
		chromedp.Poll[chromedp.Void](`document.querySelector("#editor .cm-aio-marked") !== null`, chromedp.WithPollingTimeout(5*time.Second)))
	assert.Equal(t, "    return a / b", s.eval(`document.querySelector("#editor .cm-aio-marked").textContent`))
	s.screenshot("traceback")
}

func TestThemesAndPhoneLayout(t *testing.T) {
	s := newSession(t)
	s.open(s.url)
	s.runAndWait()
	_, err := chromedp.Call(s.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}})
	require.NoError(t, err)
	s.screenshot("dark")
	s.do(chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile))
	s.screenshot("phone-dark")
	overflow := s.eval(`String(document.documentElement.scrollWidth > window.innerWidth + 1)`)
	assert.Equal(t, "false", overflow, "no horizontal scrolling on a phone")
}
