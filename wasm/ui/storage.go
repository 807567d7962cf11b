//go:build js && wasm

package ui

import "syscall/js"

// Keys of what the page keeps in localStorage.
const (
	storeSource = "aioplay.source.v1"
	storeMode   = "aioplay.mode.v1"
	storeSpeed  = "aioplay.speed.v1"
)

// load returns the stored value of key; ok is false when there is none or
// storage is unavailable (private mode, disabled cookies).
func load(key string) (v string, ok bool) {
	defer func() {
		if recover() != nil {
			v, ok = "", false
		}
	}()
	s := js.Global().Get("localStorage")
	if s.Type() != js.TypeObject {
		return "", false
	}
	r := s.Call("getItem", key)
	if r.Type() != js.TypeString {
		return "", false
	}
	return r.String(), true
}

// save stores v under key; a full or unavailable storage is ignored.
func save(key, v string) {
	defer func() { _ = recover() }()
	if s := js.Global().Get("localStorage"); s.Type() == js.TypeObject {
		s.Call("setItem", key, v)
	}
}
