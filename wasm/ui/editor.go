//go:build js && wasm

package ui

import "syscall/js"

// editor is the Go side of the JS bridge window.aioplayEditor
// (site/editor/src/editor.js). Every method is a no-op when the bundle is
// missing, so the rest of the page still works (with an empty program).
type editor struct {
	bridge js.Value
	funcs  []js.Func // kept alive for the page's lifetime
}

func newEditor() *editor { return &editor{bridge: js.Global().Get("aioplayEditor")} }

func (e *editor) ok() bool { return e.bridge.Type() == js.TypeObject }

// mount creates the editor in parent holding text; onChange gets the text
// after every edit.
func (e *editor) mount(parent js.Value, text string, onChange func(string)) {
	if !e.ok() {
		return
	}
	f := js.FuncOf(func(this js.Value, args []js.Value) any {
		onChange(args[0].String())
		return nil
	})
	e.funcs = append(e.funcs, f)
	e.bridge.Call("mount", parent, text, f)
}

func (e *editor) text() string {
	if !e.ok() {
		return ""
	}
	return e.bridge.Call("getText").String()
}

func (e *editor) setText(s string) {
	if e.ok() {
		e.bridge.Call("setText", s)
	}
}

// markLine marks, selects and scrolls to line n (1-based); 0 clears.
func (e *editor) markLine(n int) {
	if e.ok() {
		e.bridge.Call("markLine", n)
	}
}

// onRun registers what Ctrl/Cmd+Enter does.
func (e *editor) onRun(run func()) {
	if !e.ok() {
		return
	}
	f := js.FuncOf(func(this js.Value, args []js.Value) any {
		run()
		return nil
	})
	e.funcs = append(e.funcs, f)
	e.bridge.Call("onRun", f)
}
