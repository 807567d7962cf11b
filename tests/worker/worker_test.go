//go:build !js

// Package worker_test is the share service's integration test: it builds
// the Go worker (site/worker), starts it under `wrangler dev` on a free
// loopback port with a temporary KV directory, and checks the round trips
// of the share API, the statuses of bad requests and the pages through
// real HTTP. It fails (never skips) when the worker cannot be built or
// wrangler cannot start.
package worker_test

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"aioplay/site/worker/share"
	"aioplay/tests/worker/devserver"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var client = &http.Client{Timeout: 30 * time.Second}

// startWorker builds the worker and starts wrangler dev; it is stopped
// when the test ends.
func startWorker(t *testing.T) *devserver.Server {
	t.Helper()
	root, err := devserver.RepoRoot()
	require.NoError(t, err)
	t0 := time.Now()
	var buildLog strings.Builder
	dir := t.TempDir()
	require.NoError(t, devserver.Build(root, dir, &buildLog), "building the worker:\n%s", buildLog.String())
	t.Logf("worker built in %v", time.Since(t0).Round(time.Millisecond))
	t0 = time.Now()
	srv, err := devserver.Start(root, dir, t.TempDir())
	require.NoError(t, err, "wrangler dev must start")
	t.Logf("wrangler dev ready at %s in %v", srv.URL, time.Since(t0).Round(time.Millisecond))
	t.Cleanup(func() {
		assert.NoError(t, srv.Stop(), "stopping wrangler")
		if t.Failed() {
			t.Logf("--- wrangler log ---\n%s", srv.Log())
		}
	})
	return srv
}

type response struct {
	status int
	header http.Header
	body   []byte
}

func request(t *testing.T, method, url, body string) response {
	t.Helper()
	var r io.Reader
	if body != "" || method == http.MethodPost {
		r = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, url, r)
	require.NoError(t, err)
	if method == http.MethodPost {
		req.Header.Set("Content-Type", "text/plain; charset=utf-8")
	}
	res, err := client.Do(req)
	require.NoError(t, err, "%s %s", method, url)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return response{res.StatusCode, res.Header, b}
}

func assertSecurityHeaders(t *testing.T, r response, what string) {
	t.Helper()
	for _, kv := range share.SecurityHeaders {
		assert.Equal(t, kv[1], r.header.Get(kv[0]), "%s: header %s", what, kv[0])
	}
}

func assertJSONError(t *testing.T, r response, status int, what string) {
	t.Helper()
	assert.Equal(t, status, r.status, "%s: status (body %q)", what, r.body)
	var e struct{ Error string }
	if assert.NoError(t, json.Unmarshal(r.body, &e), "%s: JSON error body, got %q", what, r.body) {
		assert.NotEmpty(t, e.Error, what)
	}
	assertSecurityHeaders(t, r, what)
}

func TestWorker(t *testing.T) {
	srv := startWorker(t)
	api := srv.URL + "/api/share"

	shared := map[string]string{} // id -> source
	t.Run("round trips", func(t *testing.T) {
		programs := []struct{ name, query, source string }{
			{"ascii", "", "import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n    print('done')\n\nasyncio.run(main())\n"},
			{"emoji", "", "print('🐍 ✨ 👩‍💻 🇫🇷')\n"},
			{"non-Latin", "", "# Привет, 世界, مرحبا, שלום, नमस्ते\nprint('こんにちは')\n"},
			{"exactly 64 KiB", "", strings.Repeat("# 64 KiB\n", share.MaxSource/9) + strings.Repeat("x", share.MaxSource%9)},
			{"64 KiB of emoji", "", strings.Repeat("😀", share.MaxSource/4)},
			{"empty", "", ""},
			{"control characters", "", "a\x00b\x7f\r\n\t\u2028"},
			{"with options", "?seed=12345&clock=real", "import random\nprint(random.random())\n"},
		}
		for _, p := range programs {
			require.LessOrEqual(t, len(p.source), share.MaxSource, p.name)
			r := request(t, http.MethodPost, api+p.query, p.source)
			require.Equal(t, http.StatusCreated, r.status, "%s: first share (body %q)", p.name, r.body)
			assertSecurityHeaders(t, r, p.name+": POST")
			assert.Empty(t, r.header.Get("Access-Control-Allow-Origin"), "%s: no CORS on POST", p.name)
			var res struct{ ID, URL string }
			require.NoError(t, json.Unmarshal(r.body, &res), "%s: %q", p.name, r.body)
			assert.True(t, share.ValidID(res.ID), "%s: id %q", p.name, res.ID)
			assert.Equal(t, "/s/"+res.ID, res.URL, p.name)

			again := request(t, http.MethodPost, api+p.query, p.source)
			assert.Equal(t, http.StatusOK, again.status, "%s: second share finds it stored", p.name)
			assert.Equal(t, string(r.body), string(again.body), "%s: same program, same ID", p.name)

			got := request(t, http.MethodGet, api+"/"+res.ID, "")
			require.Equal(t, http.StatusOK, got.status, "%s: read back (body %q)", p.name, got.body)
			assertSecurityHeaders(t, got, p.name+": GET")
			assert.Equal(t, "*", got.header.Get("Access-Control-Allow-Origin"), "%s: GET is CORS-enabled", p.name)
			assert.Equal(t, "application/json; charset=utf-8", got.header.Get("Content-Type"), p.name)
			var payload share.Payload
			require.NoError(t, json.Unmarshal(got.body, &payload), p.name)
			assert.True(t, payload.Source == p.source, "%s: source read back byte-identical (%d bytes sent, %d read)", p.name, len(p.source), len(payload.Source))
			assert.Equal(t, share.FormatVersion, payload.Version, p.name)
			shared[res.ID] = p.source

			page := request(t, http.MethodGet, srv.URL+res.URL, "")
			assert.Equal(t, http.StatusOK, page.status, "%s: GET %s", p.name, res.URL)
			assert.Contains(t, string(page.body), "<html", "%s: /s/ID serves the page", p.name)
			assertSecurityHeaders(t, page, p.name+": page")
		}
		var withOpts share.Payload
		for id, src := range shared {
			if strings.HasPrefix(src, "import random") {
				require.NoError(t, json.Unmarshal(request(t, http.MethodGet, api+"/"+id, "").body, &withOpts))
			}
		}
		require.NotNil(t, withOpts.Seed, "seed kept")
		assert.Equal(t, int64(12345), *withOpts.Seed)
		assert.Equal(t, share.ClockReal, withOpts.Clock)
	})

	t.Run("bad input", func(t *testing.T) {
		for _, c := range []struct {
			name, query, body string
			status            int
		}{
			{"oversized by one byte", "", strings.Repeat("x", share.MaxSource+1), http.StatusRequestEntityTooLarge},
			{"oversized 1 MiB", "", strings.Repeat("x", 1<<20), http.StatusRequestEntityTooLarge},
			{"invalid UTF-8", "", "print('\xff\xfe')\n", http.StatusBadRequest},
			{"lone surrogate", "", "\xed\xa0\x80", http.StatusBadRequest},
			{"bad clock", "?clock=fast", "pass", http.StatusBadRequest},
			{"bad seed", "?seed=x", "pass", http.StatusBadRequest},
			{"unknown option", "?foo=1", "pass", http.StatusBadRequest},
		} {
			assertJSONError(t, request(t, http.MethodPost, api+c.query, c.body), c.status, c.name)
		}
	})

	t.Run("wrong method", func(t *testing.T) {
		var anyID string
		for id := range shared {
			anyID = id
		}
		for _, c := range []struct{ method, url, allow string }{
			{http.MethodGet, api, "POST"},
			{http.MethodPut, api, "POST"},
			{http.MethodDelete, api, "POST"},
			{http.MethodPost, api + "/" + anyID, "GET, HEAD, OPTIONS"},
			{http.MethodPut, api + "/" + anyID, "GET, HEAD, OPTIONS"},
			{http.MethodDelete, api + "/" + anyID, "GET, HEAD, OPTIONS"},
		} {
			r := request(t, c.method, c.url, "")
			assertJSONError(t, r, http.StatusMethodNotAllowed, c.method+" "+c.url)
			assert.Equal(t, c.allow, r.header.Get("Allow"), c.method+" "+c.url)
		}
		// The snippet is untouched by the refused writes.
		assert.Equal(t, http.StatusOK, request(t, http.MethodGet, api+"/"+anyID, "").status)
	})

	t.Run("unknown and malformed IDs", func(t *testing.T) {
		for _, path := range []string{
			"AAAAAAAAAAA", "zzzzzzzzzz9", "AAAAAAAAAA_-B", // well-formed, unknown
			"", "short", "AAAAAAAAAAAA", "AAAAAAAAAA_", strings.Repeat("A", 44),
			"AAAAAAAAA.A", "AAAAAAAAAA%2F", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
			"AAAAAAAAAA%00", "AAAAAAAAAA%C3%A9", "AAAAAAAAAAA/extra",
		} {
			assertJSONError(t, request(t, http.MethodGet, api+"/"+path, ""), http.StatusNotFound, "GET /api/share/"+path)
		}
		for _, path := range []string{"bad", "AAAAAAAAAA_", "AAAAAAAAAA%00"} {
			r := request(t, http.MethodGet, srv.URL+"/s/"+path, "")
			assert.Equal(t, http.StatusNotFound, r.status, "GET /s/%s", path)
			assertSecurityHeaders(t, r, "GET /s/"+path)
		}
	})

	t.Run("static site", func(t *testing.T) {
		r := request(t, http.MethodGet, srv.URL+"/", "")
		assert.Equal(t, http.StatusOK, r.status)
		assert.Contains(t, string(r.body), "<html")
		assertSecurityHeaders(t, r, "GET / (wrangler assets, _headers)")
		r = request(t, http.MethodGet, srv.URL+"/no-such-file.txt", "")
		assert.Equal(t, http.StatusNotFound, r.status)
		assertSecurityHeaders(t, r, "GET /no-such-file.txt")
		r = request(t, http.MethodGet, srv.URL+"/api/nothing", "")
		assertJSONError(t, r, http.StatusNotFound, "GET /api/nothing")
	})
}
