package py

// Helpers of the eval loop for raising, catching and `with`.

// makeRaise builds the exception of `raise exc [from cause]`.
func makeRaise(in *Interp, exc, cause Object) error {
	e, err := exceptionInstance(in, exc, "exceptions must derive from BaseException")
	if err != nil {
		return err
	}
	if cause != nil {
		if cause == Object(None) {
			e.Cause = nil
		} else {
			c, err := exceptionInstance(in, cause, "exception causes must derive from BaseException")
			if err != nil {
				return err
			}
			e.Cause = c
		}
		e.SuppressContext = true
	}
	in.setContext(e)
	return e
}

// exceptionInstance turns a raised value (class or instance) into an
// exception instance.
func exceptionInstance(in *Interp, x Object, msg string) (*Exception, error) {
	switch v := x.(type) {
	case *Exception:
		return v, nil
	case *Type:
		if IsSubtype(v, BaseException) {
			r, err := Call(in, v, nil, nil)
			if err != nil {
				return nil, err
			}
			e, ok := r.(*Exception)
			if !ok {
				return nil, Errorf(TypeError, "calling %s should have returned an instance of BaseException, not %s", reprType(v), TypeName(r))
			}
			return e, nil
		}
	}
	return nil, Errorf(TypeError, "%s", msg)
}

func reprType(t *Type) string {
	if t.Module == "builtins" || t.Module == "" {
		return "<class '" + t.Qualname + "'>"
	}
	return "<class '" + t.Module + "." + t.Qualname + "'>"
}

// setContext sets e.__context__ to the exception being handled (explicit
// raise: always, as CPython's _PyErr_SetObject), breaking cycles.
func (in *Interp) setContext(e *Exception) {
	cur := in.CurrentException()
	if cur == nil || cur == e {
		return
	}
	for o := cur; o != nil; o = o.Context {
		if o.Context == e {
			o.Context = nil
			break
		}
	}
	e.Context = cur
}

// chainContext sets the context of an exception raised by an instruction
// (not by an explicit raise) when it has none yet.
func (in *Interp) chainContext(e *Exception) {
	if e.Context == nil {
		in.setContext(e)
	}
}

// exceptionMatches is the test of an `except T:` clause.
func exceptionMatches(in *Interp, exc Object, typ Object) (bool, error) {
	e, _ := exc.(*Exception)
	switch t := typ.(type) {
	case *Type:
		if !IsSubtype(t, BaseException) {
			break
		}
		return e != nil && IsSubtype(e.Class, t), nil
	case *Tuple:
		for _, x := range t.Items {
			xt, ok := x.(*Type)
			if !ok || !IsSubtype(xt, BaseException) {
				return false, Errorf(TypeError, "catching classes that do not inherit from BaseException is not allowed")
			}
		}
		for _, x := range t.Items {
			if e != nil && IsSubtype(e.Class, x.(*Type)) {
				return true, nil
			}
		}
		return false, nil
	}
	return false, Errorf(TypeError, "catching classes that do not inherit from BaseException is not allowed")
}

// setupWith looks up __enter__/__exit__ and calls __enter__.
func setupWith(in *Interp, mgr Object) (exit, res Object, err error) {
	enter := LookupType(mgr.Type(), sEnter)
	exitD := LookupType(mgr.Type(), sExit)
	if enter == nil || exitD == nil {
		return nil, nil, Errorf(TypeError, "'%s' object does not support the context manager protocol", TypeName(mgr))
	}
	if exit, err = descrGet(in, exitD, mgr, mgr.Type()); err != nil {
		return nil, nil, err
	}
	res, err = callUnbound(in, enter, mgr)
	return exit, res, err
}

// beforeAsyncWith looks up __aenter__/__aexit__ and calls __aenter__.
func beforeAsyncWith(in *Interp, mgr Object) (exit, res Object, err error) {
	enter := LookupType(mgr.Type(), sAenter)
	exitD := LookupType(mgr.Type(), sAexit)
	if enter == nil || exitD == nil {
		return nil, nil, Errorf(TypeError, "'%s' object does not support the asynchronous context manager protocol", TypeName(mgr))
	}
	if exit, err = descrGet(in, exitD, mgr, mgr.Type()); err != nil {
		return nil, nil, err
	}
	res, err = callUnbound(in, enter, mgr)
	return exit, res, err
}

// validateStarType checks the type of an except* clause.
func validateStarType(typ Object) error {
	check := func(x Object) error {
		t, ok := x.(*Type)
		if !ok || !IsSubtype(t, BaseException) {
			return Errorf(TypeError, "catching classes that do not inherit from BaseException is not allowed")
		}
		if IsSubtype(t, BaseExceptionGroup) {
			return Errorf(TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
		return nil
	}
	if t, ok := typ.(*Tuple); ok {
		for _, x := range t.Items {
			if err := check(x); err != nil {
				return err
			}
		}
		return nil
	}
	return check(typ)
}

// checkEGMatch is CHECK_EG_MATCH: (rest, match) or (eg, None).
func checkEGMatch(in *Interp, egObj, typ Object) (rest, match Object, err error) {
	if err := validateStarType(typ); err != nil {
		return nil, nil, err
	}
	eg, ok := egObj.(*Exception)
	if !ok {
		return egObj, None, nil
	}
	m, err := exceptionMatches(in, eg, typ)
	if err != nil {
		return nil, nil, err
	}
	if !IsSubtype(eg.Class, BaseExceptionGroup) {
		if !m {
			return eg, None, nil
		}
		wrapped, err := NewExceptionGroup(in, "", []*Exception{eg})
		if err != nil {
			return nil, nil, err
		}
		return None, wrapped, nil
	}
	mt, rt, err := splitGroup(in, eg, typ, true)
	if err != nil {
		return nil, nil, err
	}
	if mt == nil {
		return eg, None, nil
	}
	var r Object = None
	if rt != nil {
		r = rt
	}
	return r, mt, nil
}

// prepReraiseStar is PREP_RERAISE_STAR.
func prepReraiseStar(in *Interp, origObj, listObj Object) (Object, error) {
	l, ok := listObj.(*List)
	if !ok {
		return None, nil
	}
	var raised []*Exception
	for _, x := range l.Items {
		if e, ok := x.(*Exception); ok {
			raised = append(raised, e)
		}
	}
	if len(raised) == 0 {
		return None, nil
	}
	orig, ok := origObj.(*Exception)
	if ok && !IsSubtype(orig.Class, BaseExceptionGroup) {
		// A naked exception was wrapped for matching: only one except*
		// clause ran, so there is one exception to raise.
		return raised[0], nil
	}
	if !ok {
		if len(raised) == 1 {
			return raised[0], nil
		}
		g, err := NewExceptionGroup(in, "", raised)
		if err != nil {
			return nil, err
		}
		return g, nil
	}
	// Leaves of orig, by identity.
	leaves := map[*Exception]bool{}
	var collect func(e *Exception)
	collect = func(e *Exception) {
		if IsSubtype(e.Class, BaseExceptionGroup) {
			for _, s := range e.Exceptions {
				collect(s)
			}
			return
		}
		leaves[e] = true
	}
	collect(orig)
	var reraised, newRaised []*Exception
	for _, e := range raised {
		isPart := false
		if e == orig {
			isPart = true
		} else if IsSubtype(e.Class, BaseExceptionGroup) {
			isPart = true
			var all func(x *Exception) bool
			all = func(x *Exception) bool {
				if IsSubtype(x.Class, BaseExceptionGroup) {
					for _, s := range x.Exceptions {
						if !all(s) {
							return false
						}
					}
					return true
				}
				return leaves[x]
			}
			isPart = all(e)
		} else {
			isPart = leaves[e]
		}
		if isPart {
			reraised = append(reraised, e)
		} else {
			newRaised = append(newRaised, e)
		}
	}
	var recombined *Exception
	if len(reraised) > 0 {
		keep := map[*Exception]bool{}
		for _, e := range reraised {
			var mark func(x *Exception)
			mark = func(x *Exception) {
				if IsSubtype(x.Class, BaseExceptionGroup) && x != orig {
					for _, s := range x.Exceptions {
						mark(s)
					}
					return
				}
				keep[x] = true
			}
			if e == orig {
				recombined = orig
				break
			}
			mark(e)
		}
		if recombined == nil {
			test := func(x *Exception) (bool, error) { return keep[x], nil }
			m, _, err := splitRec(in, orig, test, false)
			if err != nil {
				return nil, err
			}
			recombined = m
		}
	}
	if len(newRaised) == 0 {
		if recombined == nil {
			return None, nil
		}
		return recombined, nil
	}
	all := newRaised
	if recombined != nil {
		all = append(all, recombined)
	}
	g, err := NewExceptionGroup(in, "", all)
	if err != nil {
		return nil, err
	}
	return g, nil
}
