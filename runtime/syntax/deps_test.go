package syntax

import (
	goparser "go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDeps fails when the package starts importing something beyond the
// few standard packages a front end needs: syntax is the first phase and
// must not depend on the rest of aioplay.
func TestDeps(t *testing.T) {
	allowed := map[string]bool{
		"math": true, "math/big": true, "strconv": true, "strings": true,
		"unicode": true, "unicode/utf8": true,
	}
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		ast, err := goparser.ParseFile(token.NewFileSet(), f, nil, goparser.ImportsOnly)
		require.NoError(t, err)
		for _, imp := range ast.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			assert.True(t, allowed[path], "%s imports %s; syntax may only import a few standard packages", f, path)
		}
	}
}
