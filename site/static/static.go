// Package static serves the playground's files from a directory, sending
// the precompressed copy of a file (NAME.br, NAME.gz, written by the build)
// when the browser accepts that encoding and the copy is not older than
// the file (to the second: brotli and gzip copy the mtime in whole seconds), with the right Content-Type (application/wasm for .wasm) and
// Content-Encoding. It never compresses on the fly.
//
// It refuses dot-files, node_modules and directory listings. Pure Go
// (net/http); used by site/cmd/serve and the browser tests.
package static

import (
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
)

var types = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".mjs":  "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".wasm": "application/wasm",
	".json": "application/json",
	".py":   "text/plain; charset=utf-8",
	".txt":  "text/plain; charset=utf-8",
	".svg":  "image/svg+xml",
	".png":  "image/png",
	".ico":  "image/x-icon",
}

// Handler serves dir.
func Handler(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		p := path.Clean("/" + r.URL.Path)
		if strings.HasSuffix(p, "/") || p == "/" {
			p += "index.html"
		}
		if strings.Contains(p, "/.") || strings.Contains(p, "/node_modules/") {
			http.NotFound(w, r)
			return
		}
		name := filepath.Join(dir, filepath.FromSlash(p))
		fi, err := os.Stat(name)
		if err == nil && fi.IsDir() {
			p = path.Join(p, "index.html")
			name = filepath.Join(name, "index.html")
			fi, err = os.Stat(name)
		}
		if err != nil || fi.IsDir() {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		ct, ok := types[path.Ext(p)]
		if !ok {
			ct = mime.TypeByExtension(path.Ext(p))
		}
		if ct != "" {
			h.Set("Content-Type", ct)
		}
		h.Set("Vary", "Accept-Encoding")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Cache-Control", "no-cache") // revalidate: the site is rebuilt in place
		accept := r.Header.Get("Accept-Encoding")
		for _, enc := range []struct{ token, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
			if !acceptsEncoding(accept, enc.token) {
				continue
			}
			cfi, err := os.Stat(name + enc.ext)
			if err != nil || cfi.IsDir() || cfi.ModTime().Before(fi.ModTime().Truncate(time.Second)) {
				continue
			}
			f, err := os.Open(name + enc.ext)
			if err != nil {
				continue
			}
			defer f.Close()
			h.Set("Content-Encoding", enc.token)
			http.ServeContent(w, r, p, cfi.ModTime(), f)
			return
		}
		f, err := os.Open(name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		http.ServeContent(w, r, p, fi.ModTime(), f)
	})
}

// acceptsEncoding reports whether an Accept-Encoding header allows token
// (a q=0 entry refuses it).
func acceptsEncoding(header, token string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), token) {
			continue
		}
		params = strings.ReplaceAll(params, " ", "")
		return params != "q=0" && params != "q=0.0" && params != "q=0.00" && params != "q=0.000"
	}
	return false
}
