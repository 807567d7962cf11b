package py

import (
	"strconv"
	"strings"

	"aioplay/runtime/compile"
)

// Call calls any callable (vectorcall shape: see package comment).
func Call(in *Interp, fn Object, args []Object, kwnames []string) (Object, error) {
	switch f := fn.(type) {
	case *Function:
		return in.callFunction(f, args, kwnames)
	case *BuiltinFunction:
		if f.Fn != nil {
			return f.Fn(in, args, kwnames)
		}
		return f.Meth(in, f.Self, args, kwnames)
	case *BoundMethod:
		return callWithSelf(in, f.Func, f.Self, args, kwnames)
	case *MethodDescriptor:
		if len(args)-len(kwnames) < 1 {
			return nil, Errorf(TypeError, "unbound method %s.%s() needs an argument", f.Owner.Name, f.Name)
		}
		if !IsInstance(args[0], f.Owner) {
			return nil, Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", f.Name, f.Owner.Name, TypeName(args[0]))
		}
		return f.Meth(in, args[0], args[1:], kwnames)
	case *ClassMethodDescriptor:
		if len(args)-len(kwnames) < 1 {
			return nil, Errorf(TypeError, "descriptor '%s' of '%s' object needs an argument", f.Name, f.Owner.Name)
		}
		return f.Meth(in, args[0], args[1:], kwnames)
	case *Type:
		return typeCall(in, f, args, kwnames)
	case *StaticMethod:
		return Call(in, f.Func, args, kwnames)
	}
	call := LookupType(fn.Type(), sCall)
	if call == nil {
		return nil, Errorf(TypeError, "'%s' object is not callable", TypeName(fn))
	}
	if err := in.enter(" while calling a Python object"); err != nil {
		return nil, err
	}
	defer in.leave()
	return callWithSelf(in, call, fn, args, kwnames)
}

// callWithSelf calls f(self, *args) without allocating a bound method when
// f is a Python function.
func callWithSelf(in *Interp, f Object, self Object, args []Object, kwnames []string) (Object, error) {
	all := make([]Object, len(args)+1)
	all[0] = self
	copy(all[1:], args)
	return Call(in, f, all, kwnames)
}

// callUnbound calls the class attribute f found on type(self) as a method
// of self (binding it like a descriptor when it is not a plain function).
func callUnbound(in *Interp, f Object, self Object, args ...Object) (Object, error) {
	switch fn := f.(type) {
	case *Function:
		all := make([]Object, len(args)+1)
		all[0] = self
		copy(all[1:], args)
		return in.callFunction(fn, all, nil)
	case *MethodDescriptor:
		return fn.Meth(in, self, args, nil)
	}
	bound, err := descrGet(in, f, self, self.Type())
	if err != nil {
		return nil, err
	}
	return Call(in, bound, args, nil)
}

// CallMethod calls o.name(*args).
func CallMethod(in *Interp, o Object, name *Str, args ...Object) (Object, error) {
	t := o.Type()
	if t.Builtin || (t.getHooks().getattribute == nil) {
		d := LookupType(t, name)
		switch d.(type) {
		case *Function, *MethodDescriptor:
			if dict := instanceDict(o, false); dict != nil {
				if _, shadowed := dict.GetStr(name); shadowed {
					break
				}
			}
			if _, isType := o.(*Type); isType {
				break
			}
			return callUnbound(in, d, o, args...)
		}
	}
	m, err := GetAttr(in, o, name)
	if err != nil {
		return nil, err
	}
	return Call(in, m, args, nil)
}

// Callable is callable(o).
func Callable(o Object) bool {
	switch o.(type) {
	case *Function, *BuiltinFunction, *BoundMethod, *MethodDescriptor, *ClassMethodDescriptor, *Type, *StaticMethod:
		return true
	}
	return LookupType(o.Type(), sCall) != nil
}

// callFunction runs a Python function to completion (or creates its
// generator / coroutine).
func (in *Interp) callFunction(f *Function, args []Object, kwnames []string) (Object, error) {
	fr, err := in.newFunctionFrame(f, args, kwnames)
	if err != nil {
		return nil, err
	}
	if f.Code.isGen {
		return newGenerator(in, fr, f), nil
	}
	return in.runFrame(fr)
}

// runFrame runs a fresh frame on the VM until it returns (Go re-entry).
func (in *Interp) runFrame(fr *Frame) (Object, error) {
	if err := in.enter(""); err != nil {
		return nil, err
	}
	fr.back = in.frame
	v, _, err := in.run(fr, nil)
	in.leave()
	if err == nil {
		releaseFrame(fr)
	}
	return v, err
}

// newFunctionFrame makes the frame for a call of f and binds the arguments
// to its parameters with CPython's rules and messages.
func (in *Interp) newFunctionFrame(f *Function, args []Object, kwnames []string) (*Frame, error) {
	co := f.Code
	fr := newFrame(co, f.Globals, f.Builtins, nil)
	fr.fn = f
	c := co.Code
	argc := int(c.ArgCount)
	if f.simple && len(kwnames) == 0 && len(args) == argc {
		copy(fr.fast, args)
	} else if err := bindFuncArgs(f, fr.fast, args, kwnames); err != nil {
		return nil, err
	}
	if co.ncells+co.nfree > 0 {
		for i := 0; i < co.ncells; i++ {
			cell := &Cell{}
			if c.Cell2Arg != nil && c.Cell2Arg[i] >= 0 {
				j := c.Cell2Arg[i]
				cell.V = fr.fast[j]
				fr.fast[j] = nil
			}
			fr.cells[i] = cell
		}
		copy(fr.cells[co.ncells:], f.Closure)
	}
	return fr, nil
}

// bindFuncArgs is CPython's argument binding (_PyEval_MakeFrameVector).
func bindFuncArgs(f *Function, fast []Object, args []Object, kwnames []string) error {
	c := f.Code.Code
	argc := int(c.ArgCount)
	kwonly := int(c.KwOnlyArgCount)
	posonly := int(c.PosOnlyArgCount)
	hasVarargs := c.Flags&compile.CO_VARARGS != 0
	hasVarkw := c.Flags&compile.CO_VARKEYWORDS != 0
	npos := len(args) - len(kwnames)
	qual := f.Qualname.S

	n := npos
	if n > argc {
		n = argc
	}
	copy(fast, args[:n])
	next := argc + kwonly
	if hasVarargs {
		if npos > argc {
			items := make([]Object, npos-argc)
			copy(items, args[argc:npos])
			fast[next] = NewTuple(items...)
		} else {
			fast[next] = NewTuple()
		}
		next++
	}
	var kwdict *Dict
	if hasVarkw {
		kwdict = NewDict()
		fast[next] = kwdict
	}
	var posonlyPassed []string
	for i, name := range kwnames {
		v := args[npos+i]
		j := -1
		for k := posonly; k < argc+kwonly; k++ {
			if c.Varnames[k] == name {
				j = k
				break
			}
		}
		if j < 0 {
			if kwdict != nil {
				kwdict.SetStr(NewStr(name), v)
				continue
			}
			for k := 0; k < posonly; k++ {
				if c.Varnames[k] == name {
					j = k
				}
			}
			if j >= 0 {
				posonlyPassed = append(posonlyPassed, name)
				continue
			}
			return Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", qual, name)
		}
		if fast[j] != nil {
			return Errorf(TypeError, "%s() got multiple values for argument '%s'", qual, name)
		}
		fast[j] = v
	}
	if posonlyPassed != nil {
		return Errorf(TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'", qual, strings.Join(posonlyPassed, ", "))
	}
	ndefs := 0
	if f.Defaults != nil {
		ndefs = len(f.Defaults.Items)
	}
	if npos > argc && !hasVarargs {
		kwGiven := 0
		for k := argc; k < argc+kwonly; k++ {
			if fast[k] != nil {
				kwGiven++
			}
		}
		var sig string
		if ndefs > 0 {
			sig = "from " + strconv.Itoa(argc-ndefs) + " to " + strconv.Itoa(argc) + " positional arguments"
		} else {
			sig = strconv.Itoa(argc) + " positional argument" + plural(argc)
		}
		kwSig := ""
		if kwGiven > 0 {
			kwSig = " positional argument" + plural(npos) + " (and " + strconv.Itoa(kwGiven) + " keyword-only argument" + plural(kwGiven) + ")"
		}
		verb := "were"
		if npos == 1 && kwGiven == 0 {
			verb = "was"
		}
		return Errorf(TypeError, "%s() takes %s but %d%s %s given", qual, sig, npos, kwSig, verb)
	}
	if npos < argc {
		var missing []string
		firstDef := argc - ndefs
		for k := npos; k < argc; k++ {
			if fast[k] != nil {
				continue
			}
			if k >= firstDef {
				fast[k] = f.Defaults.Items[k-firstDef]
				continue
			}
			missing = append(missing, c.Varnames[k])
		}
		if missing != nil {
			return missingArgs(qual, "positional", missing)
		}
	}
	if kwonly > 0 {
		var missing []string
		for k := argc; k < argc+kwonly; k++ {
			if fast[k] != nil {
				continue
			}
			if f.KwDefaults != nil {
				if v, ok := f.KwDefaults.GetStr(NewStr(c.Varnames[k])); ok {
					fast[k] = v
					continue
				}
			}
			missing = append(missing, c.Varnames[k])
		}
		if missing != nil {
			return missingArgs(qual, "keyword-only", missing)
		}
	}
	return nil
}

func missingArgs(qual, kind string, names []string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	return Errorf(TypeError, "%s() missing %d required %s argument%s: %s", qual, len(names), kind, plural(len(names)), list)
}

// ArgError helpers for built-in functions.

// CheckArgs validates a built-in function's positional argument count and
// that no keyword is passed: "name() takes exactly one argument (0 given)"
// and the other CPython forms.
func CheckArgs(name string, args []Object, kwnames []string, min, max int) error {
	if len(kwnames) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", name)
	}
	n := len(args)
	if n >= min && (max < 0 || n <= max) {
		return nil
	}
	switch {
	case min == max && min == 0:
		return Errorf(TypeError, "%s() takes no arguments (%d given)", name, n)
	case min == max && min == 1:
		return Errorf(TypeError, "%s() takes exactly one argument (%d given)", name, n)
	case n < min:
		return Errorf(TypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
	}
	return Errorf(TypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
}
