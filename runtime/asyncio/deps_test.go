package asyncio

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDeps keeps the package's imports to what its package comment allows:
// the standard library minus what bloats the WebAssembly binary, and
// aioplay/runtime/py. No goroutines, no syscall/js.
func TestDeps(t *testing.T) {
	forbidden := map[string]bool{"fmt": true, "reflect": true, "regexp": true, "encoding/json": true,
		"text/template": true, "syscall/js": true, "os": true, "net": true}
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, parser.ImportsOnly)
		require.NoError(t, err)
		for _, imp := range af.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			assert.False(t, forbidden[path], "%s imports %s", f, path)
			if strings.HasPrefix(path, "aioplay/") {
				assert.Equal(t, "aioplay/runtime/py", path, "%s imports %s", f, path)
			}
		}
	}
}
