package runner

import "time"

// Record is one write of the program to stdout or stderr, as the page
// shows it: the text, the stream, the virtual time in seconds and the
// trace id of the task that wrote it (-1 outside tasks). interp stamps
// them (interp.OutputRecord); the run's trace has the same for every write.
type Record struct {
	Stream string  // "stdout" or "stderr"
	Text   string  // as written: one print is usually one record
	T      float64 // virtual seconds
	Task   int     // trace task id, -1 outside tasks
}

// Batcher collects records and hands them to Post in batches, so that a
// program printing a million lines costs the page a few hundred messages,
// not a million. A batch goes out when it holds MaxRecords records, or when
// a record arrives Interval or more after the last batch went out (so the
// first line of a quiet program is shown at once), and on Flush.
//
// The worker runs the program on its only thread, so nothing can flush a
// batch while the program computes without writing: records written less
// than Interval before a long silent computation wait for the next write
// or the end of the run.
//
// MaxBytes caps the text of one run: past it the rest of the output is
// dropped and one notice is sent on stderr (the program goes on running).
type Batcher struct {
	Post       func([]Record)
	Now        func() time.Time
	MaxRecords int           // 0: 256
	Interval   time.Duration // 0: 16 ms
	MaxBytes   int           // 0: 4 MiB

	buf      []Record
	last     time.Time
	bytes    int
	Dropped  int // bytes dropped past MaxBytes
	Batches  int // batches posted
	notified bool
}

const (
	defaultMaxRecords = 256
	defaultInterval   = 16 * time.Millisecond
	defaultMaxBytes   = 4 << 20
)

// Add queues r and posts the batch when it is due.
func (b *Batcher) Add(r Record) {
	if b.MaxBytes == 0 {
		b.MaxBytes = defaultMaxBytes
	}
	if b.bytes+len(r.Text) > b.MaxBytes {
		b.Dropped += len(r.Text)
		if !b.notified {
			b.notified = true
			b.buf = append(b.buf, Record{Stream: "stderr", T: r.T, Task: -1,
				Text: "aioplay: output limit reached: the rest of the output is not shown (the program goes on)\n"})
			b.Flush()
		}
		return
	}
	b.bytes += len(r.Text)
	b.buf = append(b.buf, r)
	max := b.MaxRecords
	if max <= 0 {
		max = defaultMaxRecords
	}
	interval := b.Interval
	if interval <= 0 {
		interval = defaultInterval
	}
	if len(b.buf) >= max || b.now().Sub(b.last) >= interval {
		b.Flush()
	}
}

// Flush posts what is queued, if anything.
func (b *Batcher) Flush() {
	if len(b.buf) == 0 {
		return
	}
	batch := b.buf
	b.buf = nil
	b.last = b.now()
	b.Batches++
	b.Post(batch)
}

func (b *Batcher) now() time.Time {
	if b.Now != nil {
		return b.Now()
	}
	return time.Now()
}
