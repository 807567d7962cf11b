package static

import (
	"compress/gzip"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func writeFile(t *testing.T, name, content string, mtime time.Time) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(name), 0o755))
	require.NoError(t, os.WriteFile(name, []byte(content), 0o644))
	require.NoError(t, os.Chtimes(name, mtime, mtime))
}

func TestHandler(t *testing.T) {
	dir := t.TempDir()
	old, now := time.Now().Add(-time.Hour), time.Now()
	writeFile(t, dir+"/index.html", "<p>hi</p>", old)
	writeFile(t, dir+"/index.html.br", "BR", now)
	writeFile(t, dir+"/index.html.gz", "GZ", now)
	writeFile(t, dir+"/site/build/aioplay.wasm", "\x00asm", old)
	writeFile(t, dir+"/site/build/aioplay.wasm.br", "WASMBR", now)
	writeFile(t, dir+"/site/style.css", "body{}", now)
	writeFile(t, dir+"/site/style.css.gz", "STALE", old) // older than the file: ignored
	writeFile(t, dir+"/.git/config", "secret", old)
	writeFile(t, dir+"/site/editor/node_modules/x.js", "x", old)
	h := Handler(dir)

	for _, tc := range []struct {
		name, path, accept    string
		code                  int
		body, ctype, encoding string
	}{
		{"root gets index.html, brotli first", "/", "gzip, deflate, br", 200, "BR", "text/html; charset=utf-8", "br"},
		{"gzip when brotli is not accepted", "/index.html", "gzip", 200, "GZ", "text/html; charset=utf-8", "gzip"},
		{"identity", "/index.html", "", 200, "<p>hi</p>", "text/html; charset=utf-8", ""},
		{"q=0 refuses", "/index.html", "br;q=0, gzip;q=0", 200, "<p>hi</p>", "text/html; charset=utf-8", ""},
		{"wasm type", "/site/build/aioplay.wasm", "br", 200, "WASMBR", "application/wasm", "br"},
		{"wasm without br", "/site/build/aioplay.wasm", "gzip", 200, "\x00asm", "application/wasm", ""},
		{"stale copy ignored", "/site/style.css", "gzip", 200, "body{}", "text/css; charset=utf-8", ""},
		{"dot files hidden", "/.git/config", "", 404, "", "", ""},
		{"node_modules hidden", "/site/editor/node_modules/x.js", "", 404, "", "", ""},
		{"missing", "/nope.js", "", 404, "", "", ""},
		{"escape attempt", "/../../etc/passwd", "", 404, "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest("GET", tc.path, nil)
			if tc.accept != "" {
				req.Header.Set("Accept-Encoding", tc.accept)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			assert.Equal(t, tc.code, rec.Code)
			if tc.code != 200 {
				return
			}
			assert.Equal(t, tc.body, rec.Body.String())
			assert.Equal(t, tc.ctype, rec.Header().Get("Content-Type"))
			assert.Equal(t, tc.encoding, rec.Header().Get("Content-Encoding"))
			assert.Equal(t, "Accept-Encoding", rec.Header().Get("Vary"))
		})
	}
}

func TestRealGzipDecodes(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir+"/a.js", "console.log(1)", time.Now().Add(-time.Minute))
	f, err := os.Create(dir + "/a.js.gz")
	require.NoError(t, err)
	zw := gzip.NewWriter(f)
	_, _ = zw.Write([]byte("console.log(1)"))
	require.NoError(t, zw.Close())
	require.NoError(t, f.Close())
	srv := httptest.NewServer(Handler(dir))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/a.js") // the client asks for gzip and decodes it
	require.NoError(t, err)
	defer resp.Body.Close()
	assert.True(t, resp.Uncompressed, "the gzip copy was sent and decoded")
}
