// Package share is aioplay's short-link service: the HTTP handler behind
// `POST /api/share`, `GET /api/share/{id}` and `GET /s/{id}`, written as plain
// Go so it runs and is tested natively (httptest, an in-memory Store) and
// runs unchanged inside the Cloudflare Worker (../main.go, GOOS=js) with
// Workers KV as its Store (kvstore.go, built only for js/wasm).
//
// # The contract (what the page relies on)
//
//	POST /api/share?seed=N&clock=virtual|real
//	    Body: the program itself, raw UTF-8 (Content-Type text/plain is
//	    recommended; it is not checked). At most MaxSource (64 KiB) bytes,
//	    valid UTF-8; the empty program is allowed. Query options, both
//	    optional: seed, a decimal integer with |seed| <= 2^53-1 (so it stays
//	    exact in JavaScript), and clock, "virtual" (the default) or "real".
//	    Any other or repeated query parameter is a 400.
//	    201 {"id":"ID","url":"/s/ID"} when the snippet is new,
//	    200 with the same body when it was already stored.
//	    400 {"error":"..."} bad UTF-8 or bad options; 413 too large;
//	    405 another method.
//	GET /api/share/ID (also HEAD)
//	    200 application/json, the stored payload, byte for byte:
//	    {"v":1,"source":"...","seed":N,"clock":"virtual"}
//	    ("seed" is absent when none was given). 404 {"error":...} for an
//	    unknown or malformed ID. Cached as immutable: an ID never changes
//	    meaning. CORS: Access-Control-Allow-Origin: * (GET only).
//	GET /s/ID
//	    The playground page (the site's index.html) for any well-formed ID;
//	    404 for a malformed one. The page sees location.pathname "/s/ID",
//	    fetches /api/share/ID and fills the editor and the run options from
//	    "source", "seed" and "clock" (not auto-running unbounded code); on a
//	    404 or network error it says so and keeps the local editor text.
//	    Relative asset URLs of the page keep working there: /s/site/style.css
//	    (anything under /s/ with a '.' or '/', so never an ID) is served as
//	    the asset /site/style.css. Absolute ones ("/site/...") are faster
//	    (they skip the worker).
//	everything else
//	    The static site (Handler.Assets; in the worker, wrangler's assets).
//
// Every response carries the security headers of SecurityHeaders
// (Content-Security-Policy: own scripts plus 'wasm-unsafe-eval' only,
// X-Content-Type-Options: nosniff, Referrer-Policy, ...).
//
// # IDs
//
// An ID is the first 11 characters of base64url(SHA-256(Salt + canonical
// payload)), extended one character at a time while it ends in '_' or '-'
// (so a link never ends in punctuation a chat client would cut off). The
// canonical payload is the JSON above, produced by one fixed encoder, so
// the same program with the same options always gets the same ID and a
// snippet is written only when its ID is absent. Eleven characters are 66
// bits: like the Go playground, collisions are not handled. Because the
// Store is content-addressed, two racing writes of one ID write the same
// bytes, so KV's lack of an atomic put-if-absent is harmless.
//
// Imports: the standard library only (encoding/json is fine here: this is
// the worker, not the runtime). kvstore.go adds github.com/syumai/workers.
package share
