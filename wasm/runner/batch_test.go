package runner

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeClock is a clock the test moves by hand.
type fakeClock struct{ t time.Time }

func (c *fakeClock) Now() time.Time          { return c.t }
func (c *fakeClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

func newTestBatcher() (*Batcher, *fakeClock, *[][]Record) {
	clk := &fakeClock{t: time.Unix(1000, 0)}
	var got [][]Record
	b := &Batcher{Now: clk.Now, Post: func(r []Record) { got = append(got, r) }}
	return b, clk, &got
}

func line(i int) Record {
	return Record{Stream: "stdout", Text: "line " + strconv.Itoa(i) + "\n", T: -1, Task: -1}
}

func TestFirstRecordGoesOutAtOnce(t *testing.T) {
	b, _, got := newTestBatcher()
	b.Add(line(0))
	require.Len(t, *got, 1, "the first line of a run is posted without waiting")
	b.Add(line(1))
	b.Add(line(2))
	assert.Len(t, *got, 1, "lines within 16 ms of the last batch wait")
	b.Flush()
	require.Len(t, *got, 2)
	assert.Equal(t, []Record{line(1), line(2)}, (*got)[1])
}

func TestFloodIsBatchedBy256(t *testing.T) {
	b, clk, got := newTestBatcher()
	b.Add(line(0))
	for i := 1; i <= 10000; i++ {
		b.Add(line(i))
		clk.Advance(time.Microsecond) // 10,000 lines in 10 ms
	}
	b.Flush()
	total := 0
	for _, batch := range *got {
		assert.LessOrEqual(t, len(batch), 256, "a batch holds at most 256 records")
		total += len(batch)
	}
	assert.Equal(t, 10001, total, "no line is lost")
	assert.Equal(t, 1+10000/256+1, len(*got), "one batch for the first line, then full batches of 256, then the rest")
}

func TestSlowOutputFlushesEvery16ms(t *testing.T) {
	b, clk, got := newTestBatcher()
	b.Add(line(0))
	clk.Advance(10 * time.Millisecond)
	b.Add(line(1))
	assert.Len(t, *got, 1)
	clk.Advance(6 * time.Millisecond)
	b.Add(line(2))
	require.Len(t, *got, 2, "16 ms after the last batch the queue goes out")
	assert.Equal(t, []Record{line(1), line(2)}, (*got)[1])
}

func TestOutputLimit(t *testing.T) {
	b, _, got := newTestBatcher()
	b.MaxBytes = 100
	for i := 0; i < 50; i++ {
		b.Add(Record{Stream: "stdout", Text: "0123456789", T: 1, Task: 0})
	}
	b.Flush()
	var texts []string
	for _, batch := range *got {
		for _, r := range batch {
			texts = append(texts, r.Text)
		}
	}
	require.Len(t, texts, 11, "ten records fit in 100 bytes, then one notice")
	assert.True(t, strings.HasPrefix(texts[10], "aioplay: output limit reached"), "the notice comes last: %q", texts[10])
	assert.Equal(t, 400, b.Dropped)
}
