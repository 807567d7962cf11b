package ui

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestShortLinkID(t *testing.T) {
	for path, want := range map[string]string{
		"/s/AbCdEfGhIj0":       "AbCdEfGhIj0",
		"/s/AbCdEfGhIj_-x":     "AbCdEfGhIj_-x",
		"/s/a-b_cdefgh9":       "a-b_cdefgh9",
		"/s/AbCdEfGhIj_":       "",
		"/s/short":             "",
		"/s/AbCdEfGhIj0/":      "",
		"/s/AbCdEfGhIj0.js":    "",
		"/s/site/style.css":    "",
		"/":                    "",
		"/index.html":          "",
		"/x/s/AbCdEfGhIj0":     "",
		"/s/AbCdEfGhIjxx":      "",
		"/s/%41bCdEfGhIj0":     "",
		"/s/AbCdEfGhIj_______": "",
	} {
		id, ok := shortLinkID(path)
		assert.Equal(t, want, id, path)
		assert.Equal(t, want != "", ok, path)
	}
}

func TestShortIDLengths(t *testing.T) {
	long := "AbCdEfGhIj" + "________________________________" + "Z"
	assert.Len(t, long, 43)
	assert.True(t, validShortID(long), "43 characters is the whole digest")
	assert.False(t, validShortID("AbCdEfGhIj"+"_________________________________"+"Z"), "44 is too long")
}

func TestShareRequestURL(t *testing.T) {
	assert.Equal(t, "/api/share?clock=virtual", shareRequestURL(0, ""))
	assert.Equal(t, "/api/share?clock=virtual", shareRequestURL(0, "virtual"))
	assert.Equal(t, "/api/share?clock=real&seed=-42", shareRequestURL(-42, "real"))
	assert.Equal(t, "/api/share/AbCdEfGhIj0", shareGetURL("AbCdEfGhIj0"))
}

func TestShortURLFromReply(t *testing.T) {
	u, ok := shortURLFromReply("http://127.0.0.1:8787", "/s/AbCdEfGhIj0")
	assert.True(t, ok)
	assert.Equal(t, "http://127.0.0.1:8787/s/AbCdEfGhIj0", u)
	for _, bad := range []string{"", "https://evil.example/s/AbCdEfGhIj0", "//evil/s/AbCdEfGhIj0", "/s/../x", "/s/AbCdEfGhIj_"} {
		_, ok := shortURLFromReply("http://h", bad)
		assert.False(t, ok, bad)
	}
}

func TestPageBase(t *testing.T) {
	assert.Equal(t, "http://h/", pageBase("http://h", "/"))
	assert.Equal(t, "http://h/aioplay/index.html", pageBase("http://h", "/aioplay/index.html"))
	assert.Equal(t, "http://h/", pageBase("http://h", "/s/AbCdEfGhIj0"), "a fragment link made on a short link's page does not carry its ID")
}

func TestShareStatuses(t *testing.T) {
	assert.True(t, shareStatusOK(201))
	assert.True(t, shareStatusOK(200))
	for _, s := range []int{0, 204, 400, 404, 405, 413, 500, 503} {
		assert.False(t, shareStatusOK(s), s)
	}
	assert.True(t, shareRetryable(503))
	assert.False(t, shareRetryable(500))
	assert.False(t, shareRetryable(404))
}
