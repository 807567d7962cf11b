package interp

import (
	"time"

	"aioplay/runtime/asyncio"
	"aioplay/runtime/py"
	"aioplay/runtime/stdlib/mathmod"
	"aioplay/runtime/stdlib/randommod"
	"aioplay/runtime/stdlib/sha512mod"
)

// moduleTable is py.Options.Modules for one run: every module written in
// Go, by name. Modules missing here are looked for as embedded Python
// sources (pylib.Source); sys and builtins are the VM's own.
func moduleTable(aio *asyncio.Runtime) map[string]func(in *py.Interp) (*py.Module, error) {
	m := map[string]func(in *py.Interp) (*py.Module, error){
		"math":    mathmod.New,
		"_random": randommod.New,
		"_sha512": sha512mod.New,
	}
	// TODO(stdlib): when runtime/stdlib exports one registry of its Go
	// modules (e.g. stdlib.Modules()), take the table from there instead
	// of naming each package above.

	// asyncio and its submodules, time and contextvars: they read the
	// run's virtual clock.
	for name, f := range aio.Modules() {
		m[name] = f
	}
	return m
}

// asyncioOptions maps the runner's options onto the event loop's.
func asyncioOptions(o Options) asyncio.Options {
	ao := asyncio.Options{Trace: o.Trace != nil}
	if !o.WallStart.IsZero() {
		ao.WallStart = o.WallStart.UnixNano()
	}
	if o.Clock.Real {
		// The real clock: the loop still orders everything by its own
		// nanosecond clock, but the host waits out each jump of it
		// (divided by the speed factor) before firing the timer.
		ao.RealSleep = func(ns int64) {
			if o.BeforeRealSleep != nil {
				o.BeforeRealSleep()
			}
			time.Sleep(time.Duration(ns))
		}
		ao.SpeedFactor = o.Clock.Factor
	}
	return ao
}
