package runner

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRunCollectsOutput(t *testing.T) {
	var texts []string
	res := Run(Request{ID: 7, Source: "print('a')\nprint('b')\nraise ValueError('boom')\n"}, func(rs []Record) {
		for _, r := range rs {
			texts = append(texts, r.Stream+":"+r.Text)
		}
	})
	assert.Equal(t, 7, res.ID)
	assert.Equal(t, 1, res.Status, "an uncaught exception exits with status 1")
	all := strings.Join(texts, "")
	assert.True(t, strings.HasPrefix(all, "stdout:a\nstdout:b\n"), "stdout first: %q", all)
	assert.Contains(t, all, "ValueError: boom", "the traceback is on stderr")
	assert.GreaterOrEqual(t, res.RealMs, 0.0)
}

func TestRunStampsRecords(t *testing.T) {
	var recs []Record
	res := Run(Request{Source: "import asyncio\nasync def main():\n    print('a')\n    await asyncio.sleep(1.5)\n    print('b')\nasyncio.run(main())\nprint('c')\n"},
		func(rs []Record) { recs = append(recs, rs...) })
	assert.Equal(t, 0, res.Status)
	assert.Equal(t, []Record{
		{Stream: "stdout", Text: "a\n", T: 0, Task: 0},
		{Stream: "stdout", Text: "b\n", T: 1.5, Task: 0},
		{Stream: "stdout", Text: "c\n", T: 1.5, Task: -1},
	}, recs, "each write carries its virtual time and task")
	assert.Contains(t, res.Trace, `"version":1`, "the trace is written")
}
