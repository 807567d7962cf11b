// Package examples holds the playground's example programs as data files
// (NN-name.py, in menu order), embedded into the page's WebAssembly module
// so that the seed is there on first visit without a request. Each file
// starts with a title line, "# Title: ...", which is not part of the
// program: List strips it, so line numbers in tracebacks match the editor.
//
// Pure Go (embed, io/fs, strings); imported by wasm/ui and by tests.
package examples

import (
	"embed"
	"io/fs"
	"sort"
	"strings"
)

//go:embed *.py
var files embed.FS

// Example is one program of the menu.
type Example struct {
	Name   string // file name without ".py", e.g. "02-seed-run"
	Title  string
	Source string
}

// Seed is the name of the example shown on a first visit.
const Seed = "02-seed-run"

const titlePrefix = "# Title: "

// List returns every example in menu order.
func List() []Example {
	names, _ := fs.Glob(files, "*.py")
	sort.Strings(names)
	out := make([]Example, 0, len(names))
	for _, n := range names {
		b, err := files.ReadFile(n)
		if err != nil {
			continue
		}
		text := string(b)
		ex := Example{Name: strings.TrimSuffix(n, ".py"), Title: strings.TrimSuffix(n, ".py"), Source: text}
		if strings.HasPrefix(text, titlePrefix) {
			first, rest, _ := strings.Cut(text, "\n")
			ex.Title = strings.TrimSpace(first[len(titlePrefix):])
			ex.Source = rest
		}
		out = append(out, ex)
	}
	return out
}

// Get returns the example called name.
func Get(name string) (Example, bool) {
	for _, e := range List() {
		if e.Name == name {
			return e, true
		}
	}
	return Example{}, false
}
