//go:build js && wasm

// Command worker is aioplay's Cloudflare Worker (GOOS=js GOARCH=wasm, on
// github.com/syumai/workers): the share API of package share on Workers KV,
// in front of the static site that wrangler serves from its assets
// directory. wrangler.jsonc routes /api/* and /s/* here first; every other
// path is served by wrangler's assets directly (with the headers of
// _headers) and reaches this worker only when no asset matches.
//
// The workers shim starts a fresh Go runtime for every request: nothing
// may be kept in Go memory between requests.
package main

import (
	"io"
	"net/http"
	"net/url"
	"syscall/js"

	"aioplay/site/worker/share"

	"github.com/syumai/workers"
	"github.com/syumai/workers/cloudflare"
	"github.com/syumai/workers/cloudflare/fetch"
)

// Binding names, as in wrangler.jsonc.
const (
	kvBinding     = "SHARE_KV"
	assetsBinding = "ASSETS"
)

func main() {
	h := &share.Handler{Assets: assetsProxy{}}
	store, err := share.NewKVStore(kvBinding)
	if err != nil {
		workers.Serve(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			share.SetSecurityHeaders(w.Header())
			w.Header().Set("Content-Type", "application/json; charset=utf-8")
			w.WriteHeader(http.StatusServiceUnavailable)
			io.WriteString(w, `{"error":"the share store is not configured"}`)
		}))
		return
	}
	h.Store = store
	workers.Serve(h)
}

// assetsProxy serves a request from wrangler's assets binding.
type assetsProxy struct{}

// forwardedHeaders are the request headers an asset fetch keeps.
var forwardedHeaders = []string{"Accept", "Accept-Encoding", "If-None-Match", "If-Modified-Since", "Range"}

func (assetsProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	u := url.URL{Scheme: "https", Host: "assets.invalid", Path: r.URL.Path, RawQuery: r.URL.RawQuery}
	req, err := fetch.NewRequest(r.Context(), r.Method, u.String(), nil)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	for _, k := range forwardedHeaders {
		if v := r.Header.Get(k); v != "" {
			req.Header.Set(k, v)
		}
	}
	client := fetch.NewClient(fetch.WithBinding(boundFetcher(cloudflare.GetBinding(assetsBinding))))
	res, err := client.Do(req, &fetch.RequestInit{Redirect: fetch.RedirectModeManual})
	if err != nil {
		http.Error(w, "the site's assets are unavailable", http.StatusBadGateway)
		return
	}
	defer res.Body.Close()
	for k, vs := range res.Header {
		w.Header()[k] = vs
	}
	share.SetSecurityHeaders(w.Header())
	w.WriteHeader(res.StatusCode)
	io.Copy(w, res.Body)
}

// boundFetcher wraps a service binding (env.ASSETS) in an object whose
// fetch is bound to it. workers v0.31.0's fetch.WithBinding calls
// namespace.fetch without `this`, which workerd rejects ("Illegal
// invocation"); a bound function needs none.
func boundFetcher(binding js.Value) js.Value {
	obj := js.Global().Get("Object").New()
	obj.Set("fetch", binding.Get("fetch").Call("bind", binding))
	return obj
}
