package share

import (
	"errors"
	"io"
	"log"
	"net/http"
	"strconv"
	"strings"
)

// keyPrefix namespaces snippets in the Store (room for other kinds later).
const keyPrefix = "snippet/"

// Handler serves the share API, the /s/ID page and, through Assets, the
// rest of the static site. Every response gets SecurityHeaders.
type Handler struct {
	Store Store
	// Assets serves the static site; /s/ID is served as a GET of "/"
	// (the site's index.html). Nil means 404 for everything else.
	Assets http.Handler
	// Logf, if set, receives store failures (nil: the log package).
	Logf func(format string, args ...any)
}

// ServeHTTP routes a request.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	SetSecurityHeaders(w.Header())
	path := r.URL.Path
	switch {
	case path == "/api/share":
		if r.Method != http.MethodPost {
			methodNotAllowed(w, "POST")
			return
		}
		h.share(w, r)
	case strings.HasPrefix(path, "/api/share/"):
		id := strings.TrimPrefix(path, "/api/share/")
		switch r.Method {
		case http.MethodGet, http.MethodHead:
			allowGetCORS(w.Header())
			h.get(w, r, id)
		case http.MethodOptions:
			allowGetCORS(w.Header())
			w.WriteHeader(http.StatusNoContent)
		default:
			methodNotAllowed(w, "GET, HEAD, OPTIONS")
		}
	case path == "/api" || strings.HasPrefix(path, "/api/"):
		writeError(w, http.StatusNotFound, "no such API: "+path)
	case strings.HasPrefix(path, "/s/"):
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			methodNotAllowed(w, "GET, HEAD")
			return
		}
		rest := strings.TrimPrefix(path, "/s/")
		switch {
		case ValidID(rest):
			h.page(w, r, "/")
		case h.Assets != nil && strings.ContainsAny(rest, "./"):
			// A URL relative to the page at /s/ID ("site/style.css"
			// resolves to /s/site/style.css): serve the asset it names.
			h.page(w, r, "/"+rest)
		default:
			writeError(w, http.StatusNotFound, "not a share link")
		}
	default:
		if h.Assets == nil {
			writeError(w, http.StatusNotFound, "not found")
			return
		}
		h.Assets.ServeHTTP(w, r)
	}
}

// share stores the posted program (if new) and answers with its ID.
func (h *Handler) share(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength > MaxSource {
		writeError(w, http.StatusRequestEntityTooLarge, "program too large: at most "+strconv.Itoa(MaxSource)+" bytes of UTF-8")
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, MaxSource+1))
	if err != nil {
		writeError(w, http.StatusBadRequest, "cannot read the request body")
		return
	}
	p, err := NewPayload(body, r.URL.Query())
	if err != nil {
		status := http.StatusBadRequest
		if errors.Is(err, errTooLarge) {
			status = http.StatusRequestEntityTooLarge
		}
		writeError(w, status, err.Error())
		return
	}
	canon := p.Canonical()
	id := ID(canon)
	status := http.StatusOK
	_, err = h.Store.Get(r.Context(), keyPrefix+id)
	switch {
	case errors.Is(err, ErrNotFound):
		if err := h.Store.Put(r.Context(), keyPrefix+id, canon); err != nil {
			h.logf("share: put %s: %v", id, err)
			writeError(w, http.StatusServiceUnavailable, "the share store is unavailable")
			return
		}
		status = http.StatusCreated
	case err != nil:
		h.logf("share: get %s: %v", id, err)
		writeError(w, http.StatusServiceUnavailable, "the share store is unavailable")
		return
	}
	writeJSON(w, status, shareResult{ID: id, URL: "/s/" + id})
}

// shareResult is the body of a successful POST /api/share.
type shareResult struct {
	ID  string `json:"id"`
	URL string `json:"url"`
}

// get answers with the stored payload of id.
func (h *Handler) get(w http.ResponseWriter, r *http.Request, id string) {
	if !ValidID(id) {
		writeError(w, http.StatusNotFound, "no such snippet")
		return
	}
	v, err := h.Store.Get(r.Context(), keyPrefix+id)
	switch {
	case errors.Is(err, ErrNotFound):
		writeError(w, http.StatusNotFound, "no such snippet")
		return
	case err != nil:
		h.logf("share: get %s: %v", id, err)
		writeError(w, http.StatusServiceUnavailable, "the share store is unavailable")
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	writeJSONBytes(w, http.StatusOK, v)
}

// page serves the asset at path from Assets: "/" (the site's index.html)
// for /s/ID, whose page then fetches /api/share/ID itself.
func (h *Handler) page(w http.ResponseWriter, r *http.Request, path string) {
	if h.Assets == nil {
		writeError(w, http.StatusNotFound, "no page to serve")
		return
	}
	r2 := r.Clone(r.Context())
	r2.URL.Path, r2.URL.RawPath, r2.URL.RawQuery = path, "", ""
	r2.RequestURI = ""
	h.Assets.ServeHTTP(w, r2)
}

func (h *Handler) logf(format string, args ...any) {
	if h.Logf != nil {
		h.Logf(format, args...)
		return
	}
	log.Printf(format, args...)
}

func itoa(n int) string { return strconv.Itoa(n) }
