// Package pylib holds the pure-Python part of aioplay's standard library:
// modules such as dataclasses, enum, functools, collections, itertools and
// random, written as plain Python 3.11 source and embedded in the binary.
// The interpreter compiles a module from this source the first time it is
// imported.
//
// A module's file is its dotted name plus ".py", dots kept: "functools" is
// functools.py and the submodule "collections.abc" is collections.abc.py.
// A name that prefixes another module's name ("collections") is a package.
//
// The Python files may import each other and the modules implemented in Go
// (sys, math, time, builtins, _random); they use no exec, eval, compile,
// weakref, threading, re or C accelerator modules. testdata/check.py runs
// them under CPython 3.11 and compares them with the real standard library;
// it is never run by go test.
//
// This package imports only embed, sort and strings.
package pylib

import (
	"embed"
	"sort"
	"strings"
)

//go:embed *.py
var files embed.FS

// Source returns the Python source of the module with the given dotted
// name, and whether pylib has it.
func Source(name string) ([]byte, bool) {
	if name == "" || strings.ContainsAny(name, "/\\") {
		return nil, false
	}
	b, err := files.ReadFile(name + ".py")
	if err != nil {
		return nil, false
	}
	return b, true
}

// Names returns the dotted names of all modules in pylib, sorted.
func Names() []string {
	entries, _ := files.ReadDir(".")
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".py"))
	}
	sort.Strings(names)
	return names
}

// IsPackage reports whether name is a package, that is, whether some module
// in pylib is a submodule of it ("collections" for "collections.abc").
func IsPackage(name string) bool {
	prefix := name + "."
	for _, n := range Names() {
		if strings.HasPrefix(n, prefix) {
			return true
		}
	}
	return false
}
