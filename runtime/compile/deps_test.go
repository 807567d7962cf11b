package compile

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

// TestDeps fails when the package imports anything but the standard
// library (minus the packages that bloat the wasm binary) and
// aioplay/runtime/syntax.
func TestDeps(t *testing.T) {
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	banned := map[string]bool{"reflect": true, "regexp": true, "encoding/json": true, "text/template": true, "fmt": true}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
		require.NoError(t, err)
		for _, imp := range file.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if strings.Contains(path, ".") || strings.HasPrefix(path, "aioplay/") {
				assert.Equal(t, "aioplay/runtime/syntax", path, "%s imports %s", f, path)
				continue
			}
			assert.False(t, banned[path], "%s imports %s", f, path)
		}
	}
}
