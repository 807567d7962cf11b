package share

import (
	"encoding/json"
	"net/http"
)

// ContentSecurityPolicy allows only the site's own scripts (plus
// 'wasm-unsafe-eval' to compile the interpreter), its own styles (and
// inline ones: CodeMirror injects <style> elements), workers
// and connections, and forbids framing. It matches the page's own
// <meta http-equiv> policy, adding what only a header can say
// (frame-ancestors).
const ContentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; " +
	"style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
	"form-action 'none'; frame-ancestors 'none'"

// SecurityHeaders are set on every response the worker gives, and by
// site/worker/_headers on the static assets wrangler serves directly.
var SecurityHeaders = [][2]string{
	{"Content-Security-Policy", ContentSecurityPolicy},
	{"X-Content-Type-Options", "nosniff"},
	{"Referrer-Policy", "strict-origin-when-cross-origin"},
	{"X-Frame-Options", "DENY"},
	{"Cross-Origin-Opener-Policy", "same-origin"},
}

// SetSecurityHeaders sets SecurityHeaders on h, replacing earlier values.
func SetSecurityHeaders(h http.Header) {
	for _, kv := range SecurityHeaders {
		h.Set(kv[0], kv[1])
	}
}

// allowGetCORS lets any origin read a GET response (shared snippets are
// public). Nothing else is ever CORS-enabled.
func allowGetCORS(h http.Header) {
	h.Set("Access-Control-Allow-Origin", "*")
	h.Set("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
	h.Set("Access-Control-Max-Age", "86400")
}

// writeJSON writes v as a JSON response with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"error":"internal error"}`)
	}
	writeJSONBytes(w, status, b)
}

// writeJSONBytes writes b, already JSON, with the given status.
func writeJSONBytes(w http.ResponseWriter, status int, b []byte) {
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Length", itoa(len(b)))
	w.WriteHeader(status)
	w.Write(b)
}

// errorBody is the JSON of every error response.
type errorBody struct {
	Error string `json:"error"`
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, errorBody{Error: msg})
}

// methodNotAllowed answers 405 naming the allowed methods.
func methodNotAllowed(w http.ResponseWriter, allow string) {
	w.Header().Set("Allow", allow)
	writeError(w, http.StatusMethodNotAllowed, "method not allowed (allowed: "+allow+")")
}
