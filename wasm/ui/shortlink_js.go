//go:build js && wasm

package ui

import (
	"strconv"
	"syscall/js"

	"aioplay/wasm/share"
)

// shareTimeoutMs bounds each request to the share service: past it the page
// gives the fragment link (or keeps the local text) instead.
const shareTimeoutMs = 3000

// reply is what a fetch gave: the HTTP status and body, or status 0 and
// the reason it failed (network error, timeout).
type reply struct {
	status int
	body   string
	err    string
}

// fetchText runs fetch(url) with method and an optional text body, aborted
// after shareTimeoutMs, and calls done once with the outcome.
func fetchText(method, url string, body *string, done func(reply)) {
	global := js.Global()
	if global.Get("fetch").Type() != js.TypeFunction || global.Get("AbortController").Type() != js.TypeFunction {
		done(reply{err: "fetch is not available"})
		return
	}
	ctl := global.Get("AbortController").New()
	var funcs []js.Func
	finished := false
	var timer js.Value
	finish := func(r reply) {
		if finished {
			return
		}
		finished = true
		global.Call("clearTimeout", timer)
		for _, f := range funcs {
			f.Release()
		}
		done(r)
	}
	fn := func(f func(js.Value) any) js.Func {
		jf := js.FuncOf(func(this js.Value, args []js.Value) any {
			v := js.Undefined()
			if len(args) > 0 {
				v = args[0]
			}
			return f(v)
		})
		funcs = append(funcs, jf)
		return jf
	}
	timedOut := false
	timer = global.Call("setTimeout", fn(func(js.Value) any {
		timedOut = true
		ctl.Call("abort")
		return nil
	}), shareTimeoutMs)
	init := map[string]any{"method": method, "signal": ctl.Get("signal"), "credentials": "same-origin", "cache": "no-store"}
	if body != nil {
		init["body"] = *body
		init["headers"] = map[string]any{"Content-Type": "text/plain;charset=utf-8"}
	}
	fail := fn(func(e js.Value) any {
		msg := "network error"
		if timedOut {
			msg = "no answer within " + strconv.Itoa(shareTimeoutMs/1000) + " s"
		} else if e.Type() == js.TypeObject && e.Get("message").Type() == js.TypeString {
			msg = e.Get("message").String()
		}
		finish(reply{err: msg})
		return nil
	})
	global.Call("fetch", url, init).Call("then", fn(func(res js.Value) any {
		status := res.Get("status").Int()
		res.Call("text").Call("then", fn(func(text js.Value) any {
			finish(reply{status: status, body: text.String()})
			return nil
		}), fail)
		return nil
	}), fail)
}

// parseJSON is the browser's JSON.parse; ok is false for invalid JSON or a
// value that is not an object.
func parseJSON(text string) (v js.Value, ok bool) {
	defer func() {
		if recover() != nil {
			v, ok = js.Undefined(), false
		}
	}()
	v = js.Global().Get("JSON").Call("parse", text)
	return v, v.Type() == js.TypeObject
}

// shortLinkFrom returns the absolute short link of a POST /api/share reply;
// ok is false for anything but a 200/201 JSON {"url":"/s/ID"} (a static
// server may answer 200 with a page).
func shortLinkFrom(origin string, r reply) (string, bool) {
	if r.err != "" || !shareStatusOK(r.status) {
		return "", false
	}
	obj, ok := parseJSON(r.body)
	if !ok || obj.Get("url").Type() != js.TypeString {
		return "", false
	}
	return shortURLFromReply(origin, obj.Get("url").String())
}

// makeLink writes a link to the program into #share-url: a short link when
// the share service answers, else the fragment link (static hosting,
// offline, an error), saying which it gave.
func (p *page) makeLink() {
	snip := share.Snippet{Source: p.ed.text(), Clock: clockOption(value(p.mode)), Seed: p.seed}
	loc := js.Global().Get("location")
	origin := loc.Get("origin").String()
	fragURL := pageBase(origin, loc.Get("pathname").String()) + "#" + share.Encode(snip)
	p.shareSeq++
	seq := p.shareSeq
	p.setStatus("Making a short link…", "busy")
	p.share.SetAttribute("aria-busy", "true")
	src := snip.Source
	target := shareRequestURL(snip.Seed, value(p.mode))
	var try func(attempt int)
	try = func(attempt int) {
		fetchText("POST", target, &src, func(r reply) {
			if seq != p.shareSeq {
				return // a newer click took over
			}
			if shareRetryable(r.status) && attempt == 0 {
				try(1)
				return
			}
			p.share.RemoveAttribute("aria-busy")
			if short, ok := shortLinkFrom(origin, r); ok {
				p.showLink(short, "Link ready: short link ("+strconv.Itoa(len(short))+" characters), saved on the share service.")
				return
			}
			p.showLink(fragURL, "Link ready: fragment link (share service unavailable), "+
				strconv.Itoa(len(fragURL))+" characters: it holds the whole program.")
		})
	}
	try(0)
}

func (p *page) showLink(url, note string) {
	setValue(p.shareURL, url)
	p.shareURL.RemoveAttribute("hidden")
	p.copy.RemoveAttribute("hidden")
	p.shareURL.Underlying().Call("select")
	p.setStatus(note, "ok")
}

// openShortLink loads the program of a short link's page (/s/ID) into the
// editor without running it; on failure it says so and the editor keeps
// the local text.
func (p *page) openShortLink(id string) {
	fetchText("GET", shareGetURL(id), nil, func(r reply) {
		fail := func(why string) {
			p.setStatus("Could not load the shared program "+id+" ("+why+"); the editor keeps your own text.", "error")
		}
		switch {
		case r.err != "":
			fail("share service unavailable: " + r.err)
			return
		case r.status == 404:
			fail("no such link")
			return
		case r.status != 200:
			fail("share service answered " + strconv.Itoa(r.status))
			return
		}
		obj, ok := parseJSON(r.body)
		if !ok || obj.Get("source").Type() != js.TypeString {
			fail("unreadable answer")
			return
		}
		src := obj.Get("source").String()
		p.ed.setText(src)
		save(storeSource, src)
		if c := obj.Get("clock"); c.Type() == js.TypeString && (c.String() == "real" || c.String() == "virtual") {
			setValue(p.mode, c.String())
		}
		p.seed = 0
		if s := obj.Get("seed"); s.Type() == js.TypeNumber {
			p.seed = int64(s.Float())
		}
		p.linkNote = true
		if p.work.ready && !p.work.running {
			p.linkLoaded()
		}
	})
}
