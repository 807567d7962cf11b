package py

import "strconv"

// BaseExceptionGroup and ExceptionGroup (PEP 654): construction rules,
// exceptions/message, subgroup, split and derive.

func setupExceptionGroups() {
	BaseExceptionGroup.New = newExceptionGroup
	ExceptionGroup.New = newExceptionGroup
	BaseExceptionGroup.AddMethod("__init__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		return None, nil
	})
	BaseExceptionGroup.AddMethod("__str__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		e := self.(*Exception)
		ms, err := ToStr(in, e.Message)
		if err != nil {
			return nil, err
		}
		n := len(e.Exceptions)
		suffix := "s"
		if n == 1 {
			suffix = ""
		}
		return NewStr(ms.S + " (" + strconv.Itoa(n) + " sub-exception" + suffix + ")"), nil
	})
	BaseExceptionGroup.AddGetSet("message", func(in *Interp, self Object) (Object, error) {
		return self.(*Exception).Message, nil
	}, nil)
	BaseExceptionGroup.AddGetSet("exceptions", func(in *Interp, self Object) (Object, error) {
		e := self.(*Exception)
		items := make([]Object, len(e.Exceptions))
		for i, x := range e.Exceptions {
			items[i] = x
		}
		return NewTuple(items...), nil
	}, nil)
	BaseExceptionGroup.AddMethod("derive", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		e := self.(*Exception)
		if err := exactArgs("derive", args, kw, 1); err != nil {
			return nil, err
		}
		return Call(in, BaseExceptionGroup, []Object{e.Message, args[0]}, nil)
	})
	BaseExceptionGroup.AddMethod("subgroup", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		if err := exactArgs("subgroup", args, kw, 1); err != nil {
			return nil, err
		}
		match, _, err := splitGroup(in, self.(*Exception), args[0], false)
		if err != nil || match == nil {
			return None, err
		}
		return match, nil
	})
	BaseExceptionGroup.AddMethod("split", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		if err := exactArgs("split", args, kw, 1); err != nil {
			return nil, err
		}
		match, rest, err := splitGroup(in, self.(*Exception), args[0], true)
		if err != nil {
			return nil, err
		}
		var m, r Object = None, None
		if match != nil {
			m = match
		}
		if rest != nil {
			r = rest
		}
		return NewTuple(m, r), nil
	})
	BaseExceptionGroup.AddClassMethod("__class_getitem__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		return self, nil
	})
}

func newExceptionGroup(in *Interp, t *Type, args []Object, kw []string) (Object, error) {
	if len(kw) > 0 {
		return nil, Errorf(TypeError, "%s() takes no keyword arguments", t.Name)
	}
	if len(args) != 2 {
		return nil, Errorf(TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	msg, ok := AsStr(args[0])
	if !ok {
		return nil, Errorf(TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", TypeName(args[0]))
	}
	switch args[1].(type) {
	case *List, *Tuple:
	default:
		if _, ok := AsList(args[1]); !ok {
			if _, ok := AsTuple(args[1]); !ok {
				return nil, Errorf(TypeError, "second argument (exceptions) must be a sequence")
			}
		}
	}
	items, err := Collect(in, args[1])
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, Errorf(ValueError, "second argument (exceptions) must be a non-empty sequence")
	}
	excs := make([]*Exception, len(items))
	allExc := true
	for i, it := range items {
		e, ok := it.(*Exception)
		if !ok {
			return nil, Errorf(ValueError, "Item %d of second argument (exceptions) is not an exception", i)
		}
		excs[i] = e
		if !IsSubtype(e.Class, ExceptionType) {
			allExc = false
		}
	}
	if t == BaseExceptionGroup {
		if allExc {
			t = ExceptionGroup
		}
	} else if t == ExceptionGroup {
		if !allExc {
			return nil, Errorf(TypeError, "Cannot nest BaseExceptions in an ExceptionGroup")
		}
	} else if !allExc && IsSubtype(t, ExceptionType) {
		return nil, Errorf(TypeError, "Cannot nest BaseExceptions in '%s'", t.Name)
	}
	return &Exception{Class: t, Args: NewTuple(args[0], args[1]), Message: msg, Exceptions: excs}, nil
}

// NewExceptionGroup builds ExceptionGroup(msg, excs) from Go (asyncio's
// TaskGroup); it is a BaseExceptionGroup when one of them is not an Exception.
func NewExceptionGroup(in *Interp, msg string, excs []*Exception) (*Exception, error) {
	items := make([]Object, len(excs))
	for i, e := range excs {
		items[i] = e
	}
	v, err := newExceptionGroup(in, BaseExceptionGroup, []Object{NewStr(msg), NewList(items)}, nil)
	if err != nil {
		return nil, err
	}
	return v.(*Exception), nil
}

// exceptionMatcher turns split/subgroup's argument (a type, a tuple of
// types, or a predicate) into a Go test.
func exceptionMatcher(in *Interp, cond Object) (func(e *Exception) (bool, error), error) {
	switch c := cond.(type) {
	case *Type:
		if IsSubtype(c, BaseException) {
			return func(e *Exception) (bool, error) { return IsSubtype(e.Class, c), nil }, nil
		}
	case *Tuple:
		for _, x := range c.Items {
			t, ok := x.(*Type)
			if !ok || !IsSubtype(t, BaseException) {
				return nil, Errorf(TypeError, "expected a function, exception type or tuple of exception types")
			}
		}
		return func(e *Exception) (bool, error) {
			for _, x := range c.Items {
				if IsSubtype(e.Class, x.(*Type)) {
					return true, nil
				}
			}
			return false, nil
		}, nil
	default:
		if Callable(cond) {
			return func(e *Exception) (bool, error) {
				r, err := Call(in, cond, []Object{e}, nil)
				if err != nil {
					return false, err
				}
				return Truth(in, r)
			}, nil
		}
	}
	return nil, Errorf(TypeError, "expected a function, exception type or tuple of exception types")
}

// splitGroup implements split (withRest) and subgroup.
func splitGroup(in *Interp, eg *Exception, cond Object, withRest bool) (match, rest *Exception, err error) {
	test, err := exceptionMatcher(in, cond)
	if err != nil {
		return nil, nil, err
	}
	return splitRec(in, eg, test, withRest)
}

func splitRec(in *Interp, e *Exception, test func(*Exception) (bool, error), withRest bool) (match, rest *Exception, err error) {
	ok, err := test(e)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return e, nil, nil
	}
	if !IsSubtype(e.Class, BaseExceptionGroup) {
		return nil, e, nil
	}
	var ms, rs []Object
	for _, sub := range e.Exceptions {
		m, r, err := splitRec(in, sub, test, withRest)
		if err != nil {
			return nil, nil, err
		}
		if m != nil {
			ms = append(ms, m)
		}
		if r != nil {
			rs = append(rs, r)
		}
	}
	derive := func(items []Object) (*Exception, error) {
		if len(items) == 0 {
			return nil, nil
		}
		v, err := CallMethod(in, e, Intern("derive"), NewList(items))
		if err != nil {
			return nil, err
		}
		d, ok := v.(*Exception)
		if !ok || !IsSubtype(d.Class, BaseExceptionGroup) {
			return nil, Errorf(TypeError, "derive must return an instance of BaseExceptionGroup")
		}
		d.Traceback, d.Cause, d.Context, d.SuppressContext = e.Traceback, e.Cause, e.Context, e.SuppressContext
		if n, ok := notesOf(instanceDict(e, false)); ok {
			instanceDict(d, true).SetStr(sNotes, n)
		}
		return d, nil
	}
	if match, err = derive(ms); err != nil {
		return nil, nil, err
	}
	if withRest {
		if rest, err = derive(rs); err != nil {
			return nil, nil, err
		}
	}
	return match, rest, nil
}

func notesOf(d *Dict) (Object, bool) {
	if d == nil {
		return nil, false
	}
	return d.GetStr(sNotes)
}
