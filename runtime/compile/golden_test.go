package compile

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the expected disassembly of testdata/*.txtar")

// A golden file is a txtar-like archive: a comment, then sections
// "-- main.py --" (the source) and "-- dis --" (the expected output of
// Disassemble).
type golden struct {
	comment string
	files   map[string]string
	order   []string
}

func parseGolden(data string) *golden {
	g := &golden{files: map[string]string{}}
	cur := ""
	var b strings.Builder
	flush := func() {
		if cur == "" {
			g.comment = b.String()
		} else {
			g.files[cur] = b.String()
			g.order = append(g.order, cur)
		}
		b.Reset()
	}
	for _, line := range strings.SplitAfter(data, "\n") {
		if strings.HasPrefix(line, "-- ") && strings.HasSuffix(strings.TrimRight(line, "\n"), " --") {
			flush()
			cur = strings.TrimSuffix(strings.TrimPrefix(strings.TrimRight(line, "\n"), "-- "), " --")
			continue
		}
		b.WriteString(line)
	}
	flush()
	return g
}

func (g *golden) format() string {
	var b strings.Builder
	b.WriteString(g.comment)
	for _, name := range g.order {
		b.WriteString("-- " + name + " --\n" + g.files[name])
	}
	return b.String()
}

// TestGoldenDisassembly compiles the main.py of each testdata/*.txtar and
// compares the disassembly with its "dis" section (go test -update
// rewrites them; review the diff by eye).
func TestGoldenDisassembly(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			g := parseGolden(string(data))
			src, ok := g.files["main.py"]
			require.True(t, ok, "a main.py section is required")
			code, err := CompileSource("main.py", []byte(src))
			require.NoError(t, err)
			got := Disassemble(code)
			if *update {
				if _, ok := g.files["dis"]; !ok {
					g.order = append(g.order, "dis")
				}
				g.files["dis"] = got
				require.NoError(t, os.WriteFile(f, []byte(g.format()), 0o644))
				return
			}
			assert.Equal(t, g.files["dis"], got, "disassembly of %s", f)
		})
	}
}
