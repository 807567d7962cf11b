//go:build js && wasm

// Command playground is the page's one WebAssembly module. The page
// compiles it once (site/boot.js) and starts it twice: on the main thread,
// where it builds the UI (aioplay/wasm/ui), and in a dedicated Web Worker,
// where it runs programs (aioplay/wasm/runner). It tells the two apart by
// the absence of a document in a worker.
package main

import (
	"syscall/js"

	"aioplay/wasm/runner"
	"aioplay/wasm/ui"
)

func main() {
	if js.Global().Get("document").IsUndefined() {
		runner.Serve()
		return
	}
	ui.Start()
	select {}
}
