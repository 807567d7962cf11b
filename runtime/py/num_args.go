package py

// num_args.go: argument checking for the number types' built-in methods.

// numWrapperArgs checks a slot wrapper call (int.__add__(x)): exactly n
// positional arguments, no keywords.
func numWrapperArgs(name string, args []Object, kwnames []string, n int) error {
	if len(kwnames) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) != n {
		if n == 0 {
			return Errorf(TypeError, "expected 0 arguments, got %d", len(args))
		}
		return Errorf(TypeError, "expected %d argument%s, got %d", n, numPlural(n), len(args))
	}
	return nil
}

func numPlural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// numNoArgs checks a method that takes no arguments.
func numNoArgs(qualname string, args []Object, kwnames []string) error {
	if len(kwnames) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", qualname)
	}
	if len(args) != 0 {
		return Errorf(TypeError, "%s() takes no arguments (%d given)", qualname, len(args))
	}
	return nil
}

// numBindArgs binds positional and keyword arguments to names; out[i] is
// nil when argument i was not given. posOnly arguments cannot be passed by
// keyword.
func numBindArgs(fname string, args []Object, kwnames []string, names []string, posOnly, min int, out []Object) error {
	npos := len(args) - len(kwnames)
	if npos > len(names) {
		if min == len(names) {
			return Errorf(TypeError, "%s() takes exactly %d argument%s (%d given)", fname, len(names), numPlural(len(names)), npos)
		}
		return Errorf(TypeError, "%s() takes at most %d argument%s (%d given)", fname, len(names), numPlural(len(names)), npos)
	}
	copy(out, args[:npos])
	for k, kw := range kwnames {
		found := false
		for i, n := range names {
			if n == kw && i >= posOnly {
				if out[i] != nil {
					return Errorf(TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, kw, i+1)
				}
				out[i] = args[npos+k]
				found = true
				break
			}
		}
		if !found {
			return Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", kw, fname)
		}
	}
	for i := 0; i < min; i++ {
		if out[i] == nil {
			if i < posOnly {
				return Errorf(TypeError, "%s() takes at least %d positional argument%s (%d given)", fname, min, numPlural(min), npos)
			}
			return Errorf(TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	return nil
}

// newNumberInstance wraps a built-in value for a subclass t of its type.
func newNumberInstance(t, base *Type, v Object) Object {
	if t == base {
		return v
	}
	return &Instance{Class: t, Base: v}
}
