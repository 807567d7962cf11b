//go:build js && wasm

package ui

import "syscall/js"

// workerClient owns the Web Worker that runs programs. Workers are made by
// site/boot.js (aioplayBoot.spawn: a Worker loading site/worker.js, given
// the already compiled WebAssembly.Module, so the module is downloaded and
// compiled once). Stop terminates the worker outright, which works
// whatever the program does, and a fresh one starts in the background.
type workerClient struct {
	boot     js.Value
	worker   js.Value
	ready    bool
	runID    int
	running  bool
	onMsg    js.Func
	onReady  func()
	onOutput func(id int, records js.Value)
	onDone   func(id int, msg js.Value)
	onError  func(text string)
}

// attach adopts a worker made by boot.js ({worker, queue}): messages that
// arrived before Go was listening are handled first.
func (c *workerClient) attach(spawned js.Value) {
	c.worker = spawned.Get("worker")
	c.ready = false
	if c.onMsg.IsUndefined() {
		c.onMsg = js.FuncOf(func(this js.Value, args []js.Value) any {
			c.handle(args[0].Get("data"))
			return nil
		})
	}
	c.worker.Set("onmessage", c.onMsg)
	c.worker.Set("onerror", js.FuncOf(func(this js.Value, args []js.Value) any {
		if c.onError != nil {
			c.onError("the worker failed: " + args[0].Get("message").String())
		}
		return nil
	}))
	q := spawned.Get("queue")
	for i := 0; i < q.Length(); i++ {
		c.handle(q.Index(i))
	}
}

// spawn starts a fresh worker.
func (c *workerClient) spawn() { c.attach(c.boot.Call("spawn")) }

func (c *workerClient) handle(m js.Value) {
	switch m.Get("type").String() {
	case "ready":
		c.ready = true
		if c.onReady != nil {
			c.onReady()
		}
	case "fatal":
		if c.onError != nil {
			c.onError("the Python runtime could not start: " + m.Get("text").String())
		}
	case "output":
		if id := m.Get("id").Int(); id == c.runID && c.running {
			c.onOutput(id, m.Get("records"))
		}
	case "done":
		if id := m.Get("id").Int(); id == c.runID && c.running {
			c.running = false
			c.onDone(id, m)
		}
	}
}

// run asks the worker to run source; false when it is not ready yet.
func (c *workerClient) run(source string, seed int64, clock string) bool {
	if !c.ready || c.running {
		return false
	}
	c.runID++
	c.running = true
	msg := js.Global().Get("Object").New()
	msg.Set("type", "run")
	msg.Set("id", c.runID)
	msg.Set("source", source)
	msg.Set("seed", float64(seed))
	msg.Set("clock", clock)
	c.worker.Call("postMessage", msg)
	return true
}

// stop terminates the worker (and the run in it) and starts a new one.
func (c *workerClient) stop() {
	c.running = false
	c.ready = false
	c.worker.Call("terminate")
	c.spawn()
}
