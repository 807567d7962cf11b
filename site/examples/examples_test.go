package examples

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestList(t *testing.T) {
	list := List()
	require.GreaterOrEqual(t, len(list), 12, "the menu has the seeds and a dozen lessons")
	for _, e := range list {
		assert.NotEqual(t, e.Name, e.Title, "%s needs a '# Title: ' line", e.Name)
		assert.False(t, strings.HasPrefix(e.Source, "# Title"), "%s: the title line is not part of the program", e.Name)
		assert.Contains(t, e.Source, "import asyncio", "%s teaches asyncio", e.Name)
	}
}

func TestSeedIsTheCorpusSeed(t *testing.T) {
	seed, ok := Get(Seed)
	require.True(t, ok)
	want, err := os.ReadFile("../../tests/corpus/seed_run.py")
	require.NoError(t, err)
	assert.Equal(t, string(want), seed.Source, "the seed example is the corpus's seed_run.py")
	published, ok := Get("01-seed-published")
	require.True(t, ok)
	want, err = os.ReadFile("../../tests/corpus/seed_original.py")
	require.NoError(t, err)
	assert.Equal(t, string(want), published.Source)
}
