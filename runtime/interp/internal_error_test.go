package interp

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestShortFrameLine(t *testing.T) {
	assert.Equal(t, "aioplay/runtime/interp.run(...)", shortFrameLine("aioplay/runtime/interp.run({0x460e2988a28?, 0x30?}, 0x0, ...)"))
	assert.Equal(t, "aioplay/runtime/py.(*Interp).Stop()", shortFrameLine("aioplay/runtime/py.(*Interp).Stop()"))
	assert.Equal(t, "\t/x/run.go:73", shortFrameLine("\t/x/run.go:73 +0x206"))
	assert.Equal(t, "\t/x/run.go:70", shortFrameLine("\t/x/run.go:70"))
	assert.Equal(t, "created by main.main in goroutine 1", shortFrameLine("created by main.main in goroutine 1"))
}
