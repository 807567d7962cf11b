// aioplay boot loader: starts the download and compilation of the page's
// one WebAssembly module at once (it is also preloaded by index.html),
// starts the first program-running Web Worker in parallel, and when the
// document is ready runs the same module on the main thread, where it
// builds the UI (wasm/ui). The compiled WebAssembly.Module is posted to
// every worker, so the module is downloaded and compiled only once.
//
// window.aioplayBoot = {compiled, spawn(), first}
//   spawn() -> {worker, queue}: a new worker; messages it sends before the
//   Go UI listens are kept in queue.
"use strict";
(function () {
  const wasmURL = "site/build/aioplay.wasm";
  const workerURL = "site/worker.js";
  const compiled = (WebAssembly.compileStreaming
    ? WebAssembly.compileStreaming(fetch(wasmURL))
    : fetch(wasmURL).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b)));

  function spawn() {
    const worker = new Worker(workerURL);
    const queue = [];
    worker.onmessage = (e) => queue.push(e.data);
    compiled.then((module) => worker.postMessage({ type: "module", module }), () => {});
    return { worker, queue };
  }

  function fail(err) {
    const el = document.getElementById("status");
    if (el) {
      el.textContent = "The playground could not start: " + err;
      el.className = "status error";
    }
  }

  const mark = (name) => { if (self.performance && performance.mark) performance.mark(name); };
  compiled.then(() => mark("aioplay:compiled"), () => {});
  const boot = { compiled, spawn, first: spawn(), mark };
  window.aioplayBoot = boot;

  const domReady = new Promise((resolve) => {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", resolve);
    else resolve();
  });
  Promise.all([compiled, domReady])
    .then(([module]) => {
      const go = new Go();
      return WebAssembly.instantiate(module, go.importObject).then((instance) => go.run(instance));
    })
    .catch(fail);
})();
