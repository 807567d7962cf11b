// Package mathmod is the math module of aioplay, written in Go: every
// function of CPython 3.11's math module with its domain checks and error
// texts ("math domain error", "math range error"). Results that CPython
// takes from the C library (exp, log, pow) are computed correctly rounded
// so that printed digits match.
//
// It may import aioplay/runtime/py and the Go standard library only.
package mathmod

import (
	"math"

	"aioplay/runtime/py"
)

// New builds the math module for an interpreter.
func New(in *py.Interp) (*py.Module, error) {
	m := &py.Module{Name: "math", Dict: py.NewDict()}
	set := func(name string, v py.Object) { m.Dict.SetStr(py.Intern(name), v) }
	set("__name__", py.NewStr("math"))
	set("__doc__", py.NewStr("This module provides access to the mathematical functions\ndefined by the C standard."))
	set("pi", py.Float(math.Pi))
	set("e", py.Float(math.E))
	set("tau", py.Float(2*math.Pi))
	set("inf", py.Float(math.Inf(1)))
	set("nan", py.Float(math.NaN()))
	for _, f := range functions {
		set(f.name, &py.BuiltinFunction{Name: f.name, Qualname: f.name, Module: "math", Doc: f.doc, Fn: f.fn})
	}
	return m, nil
}

type function struct {
	name string
	fn   py.Func
	doc  string
}

// functions is filled by the init functions of this package's files.
var functions []function

func register(name string, fn py.Func, doc string) {
	functions = append(functions, function{name, fn, doc})
}

func domainError() error { return py.Errorf(py.ValueError, "math domain error") }
func rangeError() error  { return py.Errorf(py.OverflowError, "math range error") }

// oneArg checks that exactly one positional argument was given.
func oneArg(name string, args []py.Object, kwnames []string) error {
	if len(kwnames) > 0 {
		return py.Errorf(py.TypeError, "math.%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return py.Errorf(py.TypeError, "math.%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

// nArgs checks a fixed number of positional arguments.
func nArgs(name string, args []py.Object, kwnames []string, n int) error {
	if len(kwnames) > 0 {
		return py.Errorf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) != n {
		return py.Errorf(py.TypeError, "%s expected %d arguments, got %d", name, n, len(args))
	}
	return nil
}
