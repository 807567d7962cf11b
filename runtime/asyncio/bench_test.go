package asyncio

import (
	"testing"

	"aioplay/runtime/py"
)

// BenchmarkTasksSleep0 is 10,000 tasks doing 10 sleep(0) each, gathered
// (task switching; Go-written coroutines, so it measures the loop alone).
func BenchmarkTasksSleep0(b *testing.B) {
	for i := 0; i < b.N; i++ {
		rt := NewRuntime(Options{})
		main := newNativeCoro("main", func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
			if c.state == 1 {
				return v, py.GenReturned, exc
			}
			c.state = 1
			ws := make([]py.Object, 10000)
			for j := range ws {
				ws[j] = newNativeCoro("w", func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
					if c.n == 10 {
						return py.None, py.GenReturned, nil
					}
					c.n++
					return py.None, py.GenYielded, nil
				})
			}
			g, _ := rt.gather(ws, false)
			return c.await(in, g)
		})
		r := &Runner{rt: rt}
		if _, err := r.Run(main, nil); err != nil {
			b.Fatal(err)
		}
		r.Close()
	}
}

// BenchmarkTaskCreation is 100,000 tasks each doing one sleep(0), gathered.
func BenchmarkTaskCreation(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		rt := NewRuntime(Options{})
		main := newNativeCoro("main", func(in *py.Interp, c *NativeCoro, v py.Object, exc *py.Exception) (py.Object, py.GenStatus, error) {
			if c.state == 1 {
				return v, py.GenReturned, exc
			}
			c.state = 1
			ws := make([]py.Object, 100000)
			for j := range ws {
				ws[j] = rt.sleep(0, nil)
			}
			g, _ := rt.gather(ws, false)
			return c.await(in, g)
		})
		r := &Runner{rt: rt}
		if _, err := r.Run(main, nil); err != nil {
			b.Fatal(err)
		}
		r.Close()
	}
}
