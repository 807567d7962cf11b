package pylib

import (
	"regexp"
	"strings"
	"testing"
)

func TestSourceByDottedName(t *testing.T) {
	for _, name := range []string{"dataclasses", "collections", "collections.abc", "json.decoder"} {
		src, ok := Source(name)
		if !ok || len(src) == 0 {
			t.Errorf("Source(%q) = %d bytes, %v; want the module's source", name, len(src), ok)
		}
	}
	for _, name := range []string{"", "nope", "collections/abc", "../pylib", "pylib.go"} {
		if _, ok := Source(name); ok {
			t.Errorf("Source(%q) found a module; want none", name)
		}
	}
}

func TestNamesAndPackages(t *testing.T) {
	names := Names()
	if len(names) < 20 {
		t.Fatalf("Names() lists %d modules; want all of pylib", len(names))
	}
	for i := 1; i < len(names); i++ {
		if names[i-1] >= names[i] {
			t.Errorf("Names() not sorted: %q before %q", names[i-1], names[i])
		}
	}
	for name, want := range map[string]bool{"collections": true, "json": true, "enum": false, "collections.abc": false} {
		if got := IsPackage(name); got != want {
			t.Errorf("IsPackage(%q) = %v, want %v", name, got, want)
		}
	}
}

// The interpreter has no exec/eval/compile, re, threading, weakref or C
// accelerator modules; pylib must not start depending on them.
func TestNoUnsupportedDependencies(t *testing.T) {
	forbidden := regexp.MustCompile(`(?m)^\s*(import (re|threading|weakref|_thread|_collections|_functools|_heapq|_json|_operator|_bisect|_abc|_pickle)\b|from (re|threading|weakref|_collections|_functools|_heapq|_json|_operator|_bisect|_abc) import)|\b(exec|eval|compile)\(`)
	for _, name := range Names() {
		src, _ := Source(name)
		for _, line := range strings.Split(string(src), "\n") {
			if forbidden.MatchString(line) {
				t.Errorf("%s.py uses something aioplay lacks: %s", name, strings.TrimSpace(line))
			}
		}
	}
}
