package share

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newTestHandler is a Handler on a fresh MemStore with a tiny static site.
func newTestHandler() (*Handler, *MemStore) {
	store := NewMemStore()
	site := fstest.MapFS{
		"index.html":     {Data: []byte("<!doctype html><title>aioplay</title>")},
		"site/style.css": {Data: []byte("body{}")},
	}
	h := &Handler{Store: store, Assets: http.FileServerFS(site), Logf: func(string, ...any) {}}
	return h, store
}

func do(t *testing.T, h http.Handler, method, target, body string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// share posts source and returns the decoded answer, checking the status.
func share(t *testing.T, h http.Handler, target, source string, wantStatus int) shareResult {
	t.Helper()
	rec := do(t, h, http.MethodPost, target, source)
	require.Equal(t, wantStatus, rec.Code, "POST %s: body %s", target, rec.Body.String())
	var res shareResult
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &res), "POST answer is JSON")
	return res
}

func assertSecurityHeaders(t *testing.T, rec *httptest.ResponseRecorder, what string) {
	t.Helper()
	for _, kv := range SecurityHeaders {
		assert.Equal(t, kv[1], rec.Header().Get(kv[0]), "%s: header %s", what, kv[0])
	}
}

func assertJSONError(t *testing.T, rec *httptest.ResponseRecorder, status int, what string) {
	t.Helper()
	assert.Equal(t, status, rec.Code, what)
	assert.Equal(t, "application/json; charset=utf-8", rec.Header().Get("Content-Type"), what)
	var e errorBody
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &e), "%s: error body is JSON: %q", what, rec.Body.String())
	assert.NotEmpty(t, e.Error, "%s: error message", what)
}

func TestShareRoundTrip(t *testing.T) {
	tests := []struct {
		name   string
		source string
		query  string
		seed   *int64
		clock  string
	}{
		{name: "ascii", source: "import asyncio\n\nasync def main():\n    print('hi')\n\nasyncio.run(main())\n"},
		{name: "emoji", source: "print('🐍 async ✨ 👩‍💻')\n"},
		{name: "non-Latin", source: "# Привет, 世界, مرحبا, שלום\nprint('こんにちは')\n"},
		{name: "exactly 64 KiB", source: strings.Repeat("x", MaxSource-1) + "\n"},
		{name: "64 KiB of 4-byte runes", source: strings.Repeat("😀", MaxSource/4)},
		{name: "empty", source: ""},
		{name: "NUL and control bytes", source: "a\x00b\x01\r\n\t"},
		{name: "HTML-looking", source: "print('<script>&</script>')"},
		{name: "seed and real clock", source: "import random\nprint(random.random())\n", query: "?seed=42&clock=real", seed: ptr(int64(42)), clock: ClockReal},
		{name: "negative seed", source: "pass", query: "?seed=-7", seed: ptr(int64(-7))},
		{name: "largest seed", source: "pass", query: "?seed=9007199254740991", seed: ptr(int64(maxSeed))},
		{name: "explicit virtual clock", source: "pass\n", query: "?clock=virtual"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, store := newTestHandler()
			res := share(t, h, "/api/share"+tt.query, tt.source, http.StatusCreated)
			assert.True(t, ValidID(res.ID), "id %q is well-formed", res.ID)
			assert.GreaterOrEqual(t, len(res.ID), 11)
			assert.Equal(t, "/s/"+res.ID, res.URL)

			rec := do(t, h, http.MethodGet, "/api/share/"+res.ID, "")
			require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
			assertSecurityHeaders(t, rec, "GET /api/share/ID")
			assert.Equal(t, "*", rec.Header().Get("Access-Control-Allow-Origin"), "GET is CORS-enabled")
			var p Payload
			require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &p))
			assert.Equal(t, tt.source, p.Source, "source reads back byte-identical")
			assert.Equal(t, FormatVersion, p.Version)
			assert.Equal(t, tt.seed, p.Seed)
			clock := tt.clock
			if clock == "" {
				clock = ClockVirtual
			}
			assert.Equal(t, clock, p.Clock)

			again := share(t, h, "/api/share"+tt.query, tt.source, http.StatusOK)
			assert.Equal(t, res, again, "same program, same ID")
			assert.Equal(t, 1, store.Puts(), "written only once")
		})
	}
}

func ptr[T any](v T) *T { return &v }

func TestShareIDDependsOnOptions(t *testing.T) {
	h, _ := newTestHandler()
	ids := map[string]string{}
	for _, q := range []string{"", "?seed=1", "?seed=2", "?clock=real", "?seed=1&clock=real"} {
		res := share(t, h, "/api/share"+q, "print(1)", http.StatusCreated)
		for q2, id := range ids {
			assert.NotEqual(t, id, res.ID, "options %q and %q share an ID", q, q2)
		}
		ids[q] = res.ID
	}
	assert.Equal(t, ids[""], share(t, h, "/api/share?clock=virtual", "print(1)", http.StatusOK).ID,
		"the default clock is virtual")
}

func TestShareRejects(t *testing.T) {
	tests := []struct {
		name   string
		target string
		body   string
		status int
	}{
		{"oversized by one byte", "/api/share", strings.Repeat("x", MaxSource+1), http.StatusRequestEntityTooLarge},
		{"oversized a lot", "/api/share", strings.Repeat("x", 10*MaxSource), http.StatusRequestEntityTooLarge},
		{"invalid UTF-8", "/api/share", "print('\xff\xfe')", http.StatusBadRequest},
		{"truncated rune", "/api/share", "é"[:1], http.StatusBadRequest},
		{"surrogate half", "/api/share", "\xed\xa0\x80", http.StatusBadRequest},
		{"bad seed", "/api/share?seed=abc", "pass", http.StatusBadRequest},
		{"seed too large", "/api/share?seed=9007199254740992", "pass", http.StatusBadRequest},
		{"bad clock", "/api/share?clock=fast", "pass", http.StatusBadRequest},
		{"unknown option", "/api/share?speed=2", "pass", http.StatusBadRequest},
		{"repeated option", "/api/share?seed=1&seed=2", "pass", http.StatusBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, store := newTestHandler()
			rec := do(t, h, http.MethodPost, tt.target, tt.body)
			assertJSONError(t, rec, tt.status, tt.name)
			assertSecurityHeaders(t, rec, tt.name)
			assert.Empty(t, rec.Header().Get("Access-Control-Allow-Origin"), "no CORS on POST")
			assert.Equal(t, 0, store.Puts(), "nothing written")
		})
	}
}

func TestGetUnknownAndMalformed(t *testing.T) {
	h, _ := newTestHandler()
	good := share(t, h, "/api/share", "print('x')", http.StatusCreated).ID
	for _, target := range []string{
		"/api/share/AAAAAAAAAAA",                        // well-formed, unknown
		"/api/share/",                                   // empty
		"/api/share/" + good[:10],                       // too short
		"/api/share/" + good + "A",                      // too long: 12th char must be '-' or '_'
		"/api/share/" + strings.Repeat("A", 44),         // longer than a digest
		"/api/share/AAAAAAAAAA_",                        // ends in punctuation
		"/api/share/AAAAAAAAA.A",                        // not base64url
		"/api/share/../../etc/passwd",                   // traversal
		"/api/share/AAAAAAAAAAA/x",                      // sub-path
		"/api/share/%2e%2e%2fAAAAAAAA",                  // escaped traversal
		"/api/share/AAAAAAAAAA%00",                      // NUL
		"/api/share/AAAAAAAAAA%C3%A9",                   // non-ASCII
		"/api/share/" + strings.Repeat("A", 10) + "_-B", // well-formed extension, unknown
	} {
		rec := do(t, h, http.MethodGet, target, "")
		assertJSONError(t, rec, http.StatusNotFound, "GET "+target)
		assertSecurityHeaders(t, rec, "GET "+target)
	}
}

func TestMethods(t *testing.T) {
	h, _ := newTestHandler()
	id := share(t, h, "/api/share", "pass", http.StatusCreated).ID
	tests := []struct {
		method, target string
		status         int
		allow          string
	}{
		{http.MethodGet, "/api/share", http.StatusMethodNotAllowed, "POST"},
		{http.MethodPut, "/api/share", http.StatusMethodNotAllowed, "POST"},
		{http.MethodDelete, "/api/share", http.StatusMethodNotAllowed, "POST"},
		{http.MethodOptions, "/api/share", http.StatusMethodNotAllowed, "POST"},
		{http.MethodPost, "/api/share/" + id, http.StatusMethodNotAllowed, "GET, HEAD, OPTIONS"},
		{http.MethodPut, "/api/share/" + id, http.StatusMethodNotAllowed, "GET, HEAD, OPTIONS"},
		{http.MethodDelete, "/api/share/" + id, http.StatusMethodNotAllowed, "GET, HEAD, OPTIONS"},
		{http.MethodPost, "/s/" + id, http.StatusMethodNotAllowed, "GET, HEAD"},
	}
	for _, tt := range tests {
		rec := do(t, h, tt.method, tt.target, "")
		what := tt.method + " " + tt.target
		assertJSONError(t, rec, tt.status, what)
		assert.Equal(t, tt.allow, rec.Header().Get("Allow"), what)
		assertSecurityHeaders(t, rec, what)
	}
	rec := do(t, h, http.MethodHead, "/api/share/"+id, "")
	assert.Equal(t, http.StatusOK, rec.Code, "HEAD /api/share/ID")
	rec = do(t, h, http.MethodOptions, "/api/share/"+id, "")
	assert.Equal(t, http.StatusNoContent, rec.Code, "CORS preflight for GET")
	assert.Equal(t, "*", rec.Header().Get("Access-Control-Allow-Origin"))
}

func TestPagesAndAssets(t *testing.T) {
	h, _ := newTestHandler()
	id := share(t, h, "/api/share", "pass", http.StatusCreated).ID
	tests := []struct {
		target   string
		status   int
		contains string
	}{
		{"/", http.StatusOK, "<title>aioplay</title>"},
		{"/s/" + id, http.StatusOK, "<title>aioplay</title>"},
		{"/s/AAAAAAAAAAA", http.StatusOK, "<title>aioplay</title>"}, // the page reports the unknown ID
		{"/s/" + id + "?x=1", http.StatusOK, "<title>aioplay</title>"},
		{"/s/site/style.css", http.StatusOK, "body{}"}, // a URL relative to /s/ID
		{"/site/style.css", http.StatusOK, "body{}"},
		{"/s/bad", http.StatusNotFound, ""},
		{"/s/", http.StatusNotFound, ""},
		{"/s/AAAAAAAAAA_", http.StatusNotFound, ""},
		{"/api/other", http.StatusNotFound, ""},
		{"/nope.txt", http.StatusNotFound, ""},
	}
	for _, tt := range tests {
		rec := do(t, h, http.MethodGet, tt.target, "")
		assert.Equal(t, tt.status, rec.Code, "GET %s", tt.target)
		assert.Contains(t, rec.Body.String(), tt.contains, "GET %s", tt.target)
		assertSecurityHeaders(t, rec, "GET "+tt.target)
		assert.Empty(t, rec.Header().Get("Access-Control-Allow-Origin"), "GET %s: CORS only on the API", tt.target)
	}
}

// TestHeadersFile keeps site/worker/_headers (static assets served by
// wrangler without the worker) equal to SecurityHeaders.
func TestHeadersFile(t *testing.T) {
	b, err := os.ReadFile("../_headers")
	require.NoError(t, err)
	got := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		if !strings.HasPrefix(line, "  ") {
			continue
		}
		k, v, ok := strings.Cut(strings.TrimSpace(line), ": ")
		require.True(t, ok, "header line %q", line)
		got[k] = v
	}
	want := map[string]string{}
	for _, kv := range SecurityHeaders {
		want[kv[0]] = kv[1]
	}
	assert.Equal(t, want, got, "_headers must list exactly SecurityHeaders")
	assert.Contains(t, string(b), "\n/*\n", "_headers applies to every path")
}
