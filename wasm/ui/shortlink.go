package ui

import (
	"strconv"
	"strings"
)

// Short links (the share service, site/worker/share/doc.go): the page
// POSTs the program to shareEndpoint and gets {"id","url"}; a short link's
// page is /s/ID and reads GET /api/share/ID. This file is the pure part
// (paths and IDs), tested natively; shortlink_js.go does the fetching.

const (
	shareEndpoint = "/api/share"
	shortPrefix   = "/s/"
	// ID lengths: the usual one and the whole base64url SHA-256 digest.
	shortIDLen    = 11
	shortIDMaxLen = 43
)

// shortLinkID returns the ID of a short link's path ("/s/ID"); ok is false
// for any other path or a malformed ID.
func shortLinkID(pathname string) (id string, ok bool) {
	id, ok = strings.CutPrefix(pathname, shortPrefix)
	if !ok || !validShortID(id) {
		return "", false
	}
	return id, true
}

// validShortID mirrors the service's ID shape: 11 to 43 base64url
// characters, those beyond the 10th being '-' or '_' except the last,
// which is a letter or a digit.
func validShortID(id string) bool {
	if len(id) < shortIDLen || len(id) > shortIDMaxLen {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		punct := c == '-' || c == '_'
		alnum := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		switch {
		case i == len(id)-1:
			if !alnum {
				return false
			}
		case i >= shortIDLen-1:
			if !punct {
				return false
			}
		default:
			if !alnum && !punct {
				return false
			}
		}
	}
	return true
}

// shareRequestURL is the POST target for a program run with seed (0: the
// runtime's default, not sent) in clock mode ("real", else virtual).
func shareRequestURL(seed int64, clock string) string {
	u := shareEndpoint + "?clock=virtual"
	if clock == "real" {
		u = shareEndpoint + "?clock=real"
	}
	if seed != 0 {
		u += "&seed=" + strconv.FormatInt(seed, 10)
	}
	return u
}

// shareGetURL is where a short link's payload is read.
func shareGetURL(id string) string { return shareEndpoint + "/" + id }

// shortURLFromReply checks the "url" of a POST reply ("/s/ID") and returns
// the absolute link on origin; ok is false for anything else.
func shortURLFromReply(origin, url string) (string, bool) {
	if _, ok := shortLinkID(url); !ok {
		return "", false
	}
	return strings.TrimSuffix(origin, "/") + url, true
}

// pageBase is the page's own address for fragment links: origin plus path,
// except that a short link's page (/s/ID) links to the site's root.
func pageBase(origin, pathname string) string {
	if _, ok := shortLinkID(pathname); ok {
		pathname = "/"
	}
	return origin + pathname
}

// shareRetryable reports whether a POST answered with status is worth one
// more try (the service is briefly unavailable).
func shareRetryable(status int) bool { return status == 503 }

// shareStatusOK reports whether a POST succeeded (201 new, 200 known).
func shareStatusOK(status int) bool { return status == 200 || status == 201 }
