package py

// args_seq.go: argument checking for the built-in methods of str, bytes,
// tuple, list, dict, set and range, with CPython's exact error texts. The
// texts differ between methods (CPython generates some with Argument Clinic
// and writes others by hand), so each helper names the style it produces.

// noKwargs fails with "list.pop() takes no keyword arguments".
func noKwargs(qualname string, kwnames []string) error {
	if len(kwnames) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", qualname)
	}
	return nil
}

// argsNone checks a method without parameters: "str.upper() takes no arguments (1 given)".
func argsNone(qualname string, args []Object, kwnames []string) error {
	if err := noKwargs(qualname, kwnames); err != nil {
		return err
	}
	if len(args) != 0 {
		return Errorf(TypeError, "%s() takes no arguments (%d given)", qualname, len(args))
	}
	return nil
}

// argsOne checks a method with exactly one positional parameter:
// "list.append() takes exactly one argument (0 given)".
func argsOne(qualname string, args []Object, kwnames []string) (Object, error) {
	if err := noKwargs(qualname, kwnames); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, Errorf(TypeError, "%s() takes exactly one argument (%d given)", qualname, len(args))
	}
	return args[0], nil
}

// argsRange checks min..max positional arguments with the
// "pop expected at most 1 argument, got 2" style (name unqualified).
func argsRange(qualname, name string, args []Object, kwnames []string, min, max int) error {
	if err := noKwargs(qualname, kwnames); err != nil {
		return err
	}
	n := len(args)
	switch {
	case min == max && n != min:
		return Errorf(TypeError, "%s expected %d argument%s, got %d", name, min, plural(min), n)
	case n < min:
		return Errorf(TypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
	case n > max:
		return Errorf(TypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
	}
	return nil
}

// argsRangeOld checks min..max positional arguments with the older
// "count() takes at least 1 argument (0 given)" style.
func argsRangeOld(qualname, name string, args []Object, kwnames []string, min, max int) error {
	if err := noKwargs(qualname, kwnames); err != nil {
		return err
	}
	n := len(args)
	switch {
	case n < min:
		return Errorf(TypeError, "%s() takes at least %d argument%s (%d given)", name, min, plural(min), n)
	case n > max:
		return Errorf(TypeError, "%s() takes at most %d argument%s (%d given)", name, max, plural(max), n)
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// bindArgs binds positional and keyword arguments to the parameters names
// (all positional-or-keyword, the first min required) into out, which must
// have len(names) slots; absent ones stay nil. Errors use the Argument
// Clinic texts: "split() takes at most 2 arguments (3 given)",
// "'x' is an invalid keyword argument for split()".
func bindArgs(name string, args []Object, kwnames []string, min int, names []string, out []Object) error {
	npos := len(args) - len(kwnames)
	if npos > len(names) {
		return Errorf(TypeError, "%s() takes at most %d argument%s (%d given)", name, len(names), plural(len(names)), len(args))
	}
	copy(out, args[:npos])
	for i, kw := range kwnames {
		found := false
		for j, pn := range names {
			if pn == kw {
				if j < npos || out[j] != nil {
					return Errorf(TypeError, "argument for %s() given by name ('%s') and position (%d)", name, kw, j+1)
				}
				out[j] = args[npos+i]
				found = true
				break
			}
		}
		if !found {
			return Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", kw, name)
		}
	}
	for i := 0; i < min; i++ {
		if out[i] == nil {
			return Errorf(TypeError, "%s() missing required argument '%s' (pos %d)", name, names[i], i+1)
		}
	}
	return nil
}

// kwOnly binds keyword-only parameters (sort(*, key, reverse)).
func kwOnly(name string, args []Object, kwnames []string, names []string, out []Object) error {
	if len(args) > len(kwnames) {
		return Errorf(TypeError, "%s() takes no positional arguments", name)
	}
	return bindArgs(name, args, kwnames, 0, names, out)
}

// argIndex converts an index-like argument to a Go int (for sizes and
// positions), with CPython's "'str' object cannot be interpreted as an
// integer" error.
func argIndex(in *Interp, o Object) (int, error) {
	switch v := o.(type) {
	case Int:
		return int(v), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	return Index(in, o)
}

// clampStart and clampEnd convert an optional bound (None or an index) as
// str.find's start/end do: negative counts from the end, then clamps to 0
// and, for an end bound, to n. A start bound may exceed n, in which case
// nothing matches.
func clampStart(in *Interp, o Object, n int) (int, error) { return clampBound(in, o, n, 0, false) }
func clampEnd(in *Interp, o Object, n int) (int, error)   { return clampBound(in, o, n, n, true) }

func clampBound(in *Interp, o Object, n, def int, isEnd bool) (int, error) {
	if o == nil || o == None {
		return def, nil
	}
	i, err := sliceIndex(in, o)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	} else if i > n && isEnd {
		i = n
	}
	return i, nil
}
