package asyncio

import "aioplay/runtime/py"

// bindArgs binds vectorcall arguments (see package py) to parameters by
// name: the result has one slot per name, nil where nothing was passed.
// The first `required` parameters must be given.
func bindArgs(fname string, args []py.Object, kwnames []string, names []string, required int) ([]py.Object, error) {
	npos := len(args) - len(kwnames)
	if npos > len(names) {
		if len(names) == 0 {
			return nil, py.Errorf(py.TypeError, "%s() takes no arguments (%d given)", fname, npos)
		}
		return nil, py.Errorf(py.TypeError, "%s() takes at most %d arguments (%d given)", fname, len(names), npos)
	}
	slots := make([]py.Object, len(names))
	copy(slots, args[:npos])
	for i, kw := range kwnames {
		found := false
		for j, n := range names {
			if n == kw {
				if slots[j] != nil {
					return nil, py.Errorf(py.TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, kw, j+1)
				}
				slots[j] = args[npos+i]
				found = true
				break
			}
		}
		if !found {
			return nil, py.Errorf(py.TypeError, "%s() got an unexpected keyword argument '%s'", fname, kw)
		}
	}
	for i := 0; i < required; i++ {
		if slots[i] == nil {
			return nil, py.Errorf(py.TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	return slots, nil
}

// splitStarArgs separates f(a, *args, name=...) calls: the positional
// arguments and a map of the allowed keywords.
func splitStarArgs(fname string, args []py.Object, kwnames []string, allowed ...string) ([]py.Object, map[string]py.Object, error) {
	npos := len(args) - len(kwnames)
	var kw map[string]py.Object
	for i, k := range kwnames {
		ok := false
		for _, a := range allowed {
			if a == k {
				ok = true
			}
		}
		if !ok {
			return nil, nil, py.Errorf(py.TypeError, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
		if kw == nil {
			kw = map[string]py.Object{}
		}
		kw[k] = args[npos+i]
	}
	return args[:npos], kw, nil
}

// noneToNil maps None (and a missing argument) to nil.
func noneToNil(o py.Object) py.Object {
	if o == py.None {
		return nil
	}
	return o
}

// nilToNone maps nil to None.
func nilToNone(o py.Object) py.Object {
	if o == nil {
		return py.None
	}
	return o
}

// toSeconds converts an int or float delay.
func toSeconds(in *py.Interp, o py.Object) (float64, error) {
	switch x := o.(type) {
	case py.Int:
		return float64(x), nil
	case py.Float:
		return float64(x), nil
	case py.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	}
	if i, ok := py.AsInt(o); ok {
		if n, ok := i.(py.Int); ok {
			return float64(n), nil
		}
	}
	f, err := py.CallMethod(in, o, py.Intern("__float__"))
	if err != nil {
		return 0, py.Errorf(py.TypeError, "must be real number, not %s", py.TypeName(o))
	}
	if ff, ok := f.(py.Float); ok {
		return float64(ff), nil
	}
	return 0, py.Errorf(py.TypeError, "must be real number, not %s", py.TypeName(o))
}

// fn makes a built-in function.
func fn(module, name string, f py.Func) *py.BuiltinFunction {
	return &py.BuiltinFunction{Name: name, Qualname: name, Module: module, Fn: f}
}

// boolObj converts a Go bool.
func boolObj(b bool) py.Object { return py.NewBool(b) }

// isSubtype reports whether a is b or derives from it (walking __bases__,
// which works before the MROs are computed).
func isSubtype(a, b *py.Type) bool {
	if a == b {
		return true
	}
	for _, base := range a.Bases {
		if isSubtype(base, b) {
			return true
		}
	}
	return false
}
