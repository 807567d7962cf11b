//go:build js && wasm

package ui

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseJSON(t *testing.T) {
	v, ok := parseJSON(`{"v":1,"source":"print('é')\n","seed":-3,"clock":"real"}`)
	require.True(t, ok)
	assert.Equal(t, "print('é')\n", v.Get("source").String())
	assert.Equal(t, -3, v.Get("seed").Int())
	for _, bad := range []string{"", "not json", `"a string"`, "null", "<html>"} {
		_, ok := parseJSON(bad)
		assert.False(t, ok, bad)
	}
}

func TestShortLinkFrom(t *testing.T) {
	u, ok := shortLinkFrom("http://h", reply{status: 201, body: `{"id":"AbCdEfGhIj0","url":"/s/AbCdEfGhIj0"}`})
	assert.True(t, ok)
	assert.Equal(t, "http://h/s/AbCdEfGhIj0", u)
	_, ok = shortLinkFrom("http://h", reply{status: 200, body: `{"id":"AbCdEfGhIj0","url":"/s/AbCdEfGhIj0"}`})
	assert.True(t, ok, "200: the program was already stored")
	for _, r := range []reply{
		{err: "network error"},
		{status: 404, body: `{"error":"not found"}`},
		{status: 405, body: "method not allowed"},
		{status: 503, body: `{"url":"/s/AbCdEfGhIj0"}`},
		{status: 200, body: "<!doctype html><title>a static page</title>"},
		{status: 201, body: `{"url":"https://elsewhere.example/s/AbCdEfGhIj0"}`},
		{status: 201, body: `{"url":42}`},
	} {
		_, ok := shortLinkFrom("http://h", r)
		assert.False(t, ok, "%+v", r)
	}
}

// The test server has no share service: a POST gets no short link, and
// done is called exactly once.
func TestFetchTextWithoutService(t *testing.T) {
	got := make(chan reply, 2)
	body := "print(1)\n"
	fetchText("POST", shareRequestURL(0, ""), &body, func(r reply) { got <- r })
	select {
	case r := <-got:
		_, ok := shortLinkFrom("http://h", r)
		assert.False(t, ok, "%+v", r)
		assert.True(t, r.status != 0 || r.err != "", "a failure says why")
	case <-time.After(2 * shareTimeoutMs * time.Millisecond):
		t.Fatal("fetchText never called done (the timeout should have fired)")
	}
	select {
	case r := <-got:
		t.Fatalf("done called twice: %+v", r)
	case <-time.After(50 * time.Millisecond):
	}
}
