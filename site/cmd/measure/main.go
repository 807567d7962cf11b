// Command measure loads the built playground in headless Chromium, cold
// (fresh profile, cache disabled), presses Run as soon as the runtime is
// ready and reports, over N loads: the time from navigation to the seed's
// complete output, the page's performance marks (module compiled, UI
// built, worker ready, run done) and the bytes transferred. It is a
// measurement, not a test.
//
//	go run ./site/cmd/measure [-dir .] [-n 5]
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"net/http/httptest"
	"os"
	"sort"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"aioplay/site/static"
)

type result struct {
	Output   float64            `json:"output"`
	Marks    map[string]float64 `json:"marks"`
	Transfer map[string]float64 `json:"transfer"`
	Total    float64            `json:"total"`
	Real     string             `json:"real"`
}

const collect = `(() => {
  const marks = {};
  for (const m of performance.getEntriesByType("mark")) marks[m.name] = m.startTime;
  const transfer = {};
  let total = 0;
  for (const e of performance.getEntriesByType("navigation").concat(performance.getEntriesByType("resource"))) {
    const name = e.name.replace(location.origin, "");
    transfer[name] = e.transferSize; total += e.transferSize;
  }
  return {output: window.__seedDone || 0, marks, transfer, total, real: document.getElementById("clock").textContent};
})()`

// The seed's output is complete when its 9th row is there; a
// MutationObserver notes the time as soon as it happens.
const watch = `(() => {
  const out = document.getElementById("output");
  const check = () => { if (!window.__seedDone && out.querySelectorAll(".row").length >= 9) window.__seedDone = performance.now(); };
  new MutationObserver(check).observe(out, {childList: true, subtree: true});
  const tryRun = () => { const b = document.getElementById("run"); if (b && !b.disabled) b.click(); else setTimeout(tryRun, 1); };
  tryRun();
})()`

func main() {
	dir := flag.String("dir", ".", "the built site")
	n := flag.Int("n", 5, "cold loads")
	flag.Parse()
	srv := httptest.NewServer(static.Handler(*dir))
	defer srv.Close()
	var outs []float64
	for i := 0; i < *n; i++ {
		r, err := load(srv.URL + "/")
		if err != nil {
			log.Fatal(err)
		}
		outs = append(outs, r.Output)
		fmt.Printf("load %d: seed output complete at %.0f ms; marks %v; clock %q\n", i+1, r.Output, rounded(r.Marks), r.Real)
		if i == 0 {
			keys := make([]string, 0, len(r.Transfer))
			for k := range r.Transfer {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				fmt.Printf("  %-32s %9.0f B\n", k, r.Transfer[k])
			}
			fmt.Printf("  %-32s %9.0f B (%.2f MiB)\n", "total transferred", r.Total, r.Total/(1<<20))
		}
	}
	sort.Float64s(outs)
	fmt.Printf("median of %d cold loads: %.0f ms\n", len(outs), outs[len(outs)/2])
}

func rounded(m map[string]float64) map[string]int {
	o := map[string]int{}
	for k, v := range m {
		o[k] = int(v + 0.5)
	}
	return o
}

func load(url string) (result, error) {
	prof, err := os.MkdirTemp("", "aioplay-measure-")
	if err != nil {
		return result{}, err
	}
	defer os.RemoveAll(prof)
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-component-update", true),
		chromedp.UserDataDir(prof), chromedp.WindowSize(1280, 900))
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelA()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 60*time.Second)
	defer cancelT()
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil { // start the browser first
		return result{}, err
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		return result{}, err
	}
	if _, err := chromedp.Call(ctx, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
		return result{}, err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url),
		chromedp.Evaluate[chromedp.Void](watch),
		chromedp.Poll[chromedp.Void](`window.__seedDone > 0 && /virtual/.test(document.getElementById("clock").textContent)`,
			chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		return result{}, err
	}
	return chromedp.Run(ctx, chromedp.Evaluate[result](collect))
}
