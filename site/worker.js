// aioplay's program-running Web Worker. The page posts the compiled
// WebAssembly.Module ({type: "module"}); the Go program started here sees
// no document and serves run requests (wasm/runner, protocol in its
// package comment).
"use strict";
importScripts("../wasm_exec.js");
self.onmessage = (e) => {
  if (!e.data || e.data.type !== "module") return;
  const go = new Go();
  WebAssembly.instantiate(e.data.module, go.importObject)
    .then((instance) => go.run(instance))
    .catch((err) => self.postMessage({ type: "fatal", text: String(err) }));
};
