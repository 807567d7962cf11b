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
