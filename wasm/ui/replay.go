//go:build js && wasm

package ui

import (
	"strconv"
	"time"
)

// replayer plays a finished run back: lines appear at their virtual times
// divided by the speed, and the timeline's cursor sweeps along. It runs on
// a goroutine that sleeps one frame (16 ms) at a time; stop ends it at the
// next frame.
type replayer struct {
	running bool
	gen     int // bumps on every start/stop, so an old loop knows to quit
}

// start replays lines over [0, endNs] at speed; frame is called with the
// lines due so far and the virtual time; done at the end (not after stop).
func (r *replayer) start(lines []Line, endNs int64, speed float64, frame func(shown int, ns int64), done func()) {
	r.gen++
	gen := r.gen
	r.running = true
	if speed <= 0 {
		speed = 1
	}
	go func() {
		t0 := time.Now()
		shown := 0
		for {
			if r.gen != gen {
				return
			}
			ns := int64(float64(time.Since(t0).Nanoseconds()) * speed)
			if ns > endNs {
				ns = endNs
			}
			for shown < len(lines) && int64(lines[shown].T*1e9+0.5) <= ns {
				shown++
			}
			frame(shown, ns)
			if ns >= endNs && shown == len(lines) {
				r.running = false
				done()
				return
			}
			time.Sleep(16 * time.Millisecond)
		}
	}()
}

func (r *replayer) stop() {
	r.gen++
	r.running = false
}

// parseSpeed reads a speed select's value ("0.25", "1", "2", "10").
func parseSpeed(s string) float64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f <= 0 {
		return 1
	}
	return f
}
