package py

import "strconv"

// The methods and attributes of BaseException and of the built-in
// exception classes that add their own (StopIteration.value,
// SystemExit.code, KeyError's str, OSError, SyntaxError, ImportError,
// AttributeError, NameError, the exception groups).

func init() { OnSetup(setupExceptions) }

func setupExceptions() {
	b := BaseException
	b.New = newBaseException
	b.AddMethod("__init__", excInit)
	b.AddMethod("__str__", excStr)
	b.AddMethod("__repr__", excRepr)
	b.AddMethod("with_traceback", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		e := self.(*Exception)
		if err := exactArgs("with_traceback", args, kw, 1); err != nil {
			return nil, err
		}
		if err := setTraceback(e, args[0]); err != nil {
			return nil, err
		}
		return e, nil
	})
	b.AddMethod("add_note", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		e := self.(*Exception)
		if err := exactArgs("add_note", args, kw, 1); err != nil {
			return nil, err
		}
		if _, ok := AsStr(args[0]); !ok {
			return nil, Errorf(TypeError, "note must be a str, not '%s'", TypeName(args[0]))
		}
		d := instanceDict(e, true)
		notes, ok := d.GetStr(sNotes)
		if !ok {
			notes = NewList(nil)
			d.SetStr(sNotes, notes)
		}
		l, ok := notes.(*List)
		if !ok {
			return nil, Errorf(TypeError, "Cannot add note: __notes__ is not a list")
		}
		l.Items = append(l.Items, args[0])
		return None, nil
	})
	b.AddGetSet("args", func(in *Interp, self Object) (Object, error) {
		return self.(*Exception).Args, nil
	}, func(in *Interp, self Object, v Object) error {
		if v == nil {
			return Errorf(TypeError, "args may not be deleted")
		}
		items, err := Collect(in, v)
		if err != nil {
			return err
		}
		self.(*Exception).Args = NewTuple(items...)
		return nil
	})
	b.AddGetSet("__traceback__", func(in *Interp, self Object) (Object, error) {
		if tb := self.(*Exception).Traceback; tb != nil {
			return tb, nil
		}
		return None, nil
	}, func(in *Interp, self Object, v Object) error {
		if v == nil {
			return Errorf(TypeError, "__traceback__ may not be deleted")
		}
		return setTraceback(self.(*Exception), v)
	})
	b.AddGetSet("__cause__", func(in *Interp, self Object) (Object, error) {
		if c := self.(*Exception).Cause; c != nil {
			return c, nil
		}
		return None, nil
	}, func(in *Interp, self Object, v Object) error {
		e := self.(*Exception)
		if v == nil {
			return Errorf(TypeError, "__cause__ may not be deleted")
		}
		if v == Object(None) {
			e.Cause = nil
		} else if c, ok := v.(*Exception); ok {
			e.Cause = c
		} else {
			return Errorf(TypeError, "exception cause must be None or derive from BaseException")
		}
		e.SuppressContext = true
		return nil
	})
	b.AddGetSet("__context__", func(in *Interp, self Object) (Object, error) {
		if c := self.(*Exception).Context; c != nil {
			return c, nil
		}
		return None, nil
	}, func(in *Interp, self Object, v Object) error {
		e := self.(*Exception)
		if v == nil {
			return Errorf(TypeError, "__context__ may not be deleted")
		}
		if v == Object(None) {
			e.Context = nil
		} else if c, ok := v.(*Exception); ok {
			e.Context = c
		} else {
			return Errorf(TypeError, "exception context must be None or derive from BaseException")
		}
		return nil
	})
	b.AddGetSet("__suppress_context__", func(in *Interp, self Object) (Object, error) {
		return NewBool(self.(*Exception).SuppressContext), nil
	}, func(in *Interp, self Object, v Object) error {
		t, err := Truth(in, v)
		self.(*Exception).SuppressContext = t
		return err
	})
	b.AddGetSet("__dict__", func(in *Interp, self Object) (Object, error) {
		return instanceDict(self, true), nil
	}, nil)

	StopIteration.AddMethod("__init__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		if _, err := excInit(in, self, args, kw); err != nil {
			return nil, err
		}
		e := self.(*Exception)
		if len(args) > 0 {
			e.SetSlot("value", args[0])
		} else {
			e.SetSlot("value", None)
		}
		return None, nil
	})
	addSlotAttr(StopIteration, "value")

	SystemExit.AddMethod("__init__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		if _, err := excInit(in, self, args, kw); err != nil {
			return nil, err
		}
		e := self.(*Exception)
		switch len(args) {
		case 0:
			e.SetSlot("code", None)
		case 1:
			e.SetSlot("code", args[0])
		default:
			e.SetSlot("code", e.Args)
		}
		return None, nil
	})
	addSlotAttr(SystemExit, "code")

	KeyError.AddMethod("__str__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		e := self.(*Exception)
		if len(e.Args.Items) == 1 {
			return Repr(in, e.Args.Items[0])
		}
		return excStr(in, self, args, kw)
	})

	setupNamedErrors()
	setupOSError()
	setupSyntaxError()
	setupExceptionGroups()
}

// addSlotAttr exposes the built-in attribute name of t's instances.
func addSlotAttr(t *Type, name string) {
	t.AddGetSet(name, func(in *Interp, self Object) (Object, error) {
		if v := self.(*Exception).Slot(name); v != nil {
			return v, nil
		}
		return None, nil
	}, func(in *Interp, self Object, v Object) error {
		if v == nil {
			v = None
		}
		self.(*Exception).SetSlot(name, v)
		return nil
	})
}

func setTraceback(e *Exception, v Object) error {
	switch tb := v.(type) {
	case *Traceback:
		e.Traceback = tb
	case *NoneType:
		e.Traceback = nil
	default:
		return Errorf(TypeError, "__traceback__ must be a traceback or None")
	}
	return nil
}

func newBaseException(in *Interp, t *Type, args []Object, kwnames []string) (Object, error) {
	n := len(args) - len(kwnames)
	items := make([]Object, n)
	copy(items, args[:n])
	return &Exception{Class: t, Args: NewTuple(items...)}, nil
}

func excInit(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
	e := self.(*Exception)
	if len(kwnames) > 0 {
		return nil, Errorf(TypeError, "%s() takes no keyword arguments", e.Class.Name)
	}
	items := make([]Object, len(args))
	copy(items, args)
	e.Args = NewTuple(items...)
	return None, nil
}

func excStr(in *Interp, self Object, args []Object, kw []string) (Object, error) {
	e := self.(*Exception)
	switch len(e.Args.Items) {
	case 0:
		return NewStr(""), nil
	case 1:
		return ToStr(in, e.Args.Items[0])
	}
	return ToStr(in, e.Args)
}

func excRepr(in *Interp, self Object, args []Object, kw []string) (Object, error) {
	e := self.(*Exception)
	name := e.Class.Name
	if len(e.Args.Items) == 1 {
		r, err := Repr(in, e.Args.Items[0])
		if err != nil {
			return nil, err
		}
		return NewStr(name + "(" + r.S + ")"), nil
	}
	r, err := Repr(in, e.Args)
	if err != nil {
		return nil, err
	}
	return NewStr(name + r.S), nil
}

// exactArgs checks a method received exactly n positional arguments.
func exactArgs(name string, args []Object, kwnames []string, n int) error {
	if len(kwnames) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) != n {
		switch n {
		case 0:
			return Errorf(TypeError, "%s() takes no arguments (%d given)", name, len(args))
		case 1:
			return Errorf(TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
		}
		return Errorf(TypeError, "%s expected %d arguments, got %d", name, n, len(args))
	}
	return nil
}

// setupNamedErrors: AttributeError(name=, obj=), NameError(name=),
// ImportError(msg, name=, path=).
func setupNamedErrors() {
	kwInit := func(allowed ...string) Method {
		return func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
			e := self.(*Exception)
			pos := args[:len(args)-len(kw)]
			for _, a := range allowed {
				e.SetSlot(a, None)
			}
			for i, k := range kw {
				ok := false
				for _, a := range allowed {
					ok = ok || a == k
				}
				if !ok {
					return nil, Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", k, e.Class.Name)
				}
				e.SetSlot(k, args[len(pos)+i])
			}
			if _, err := excInit(in, self, pos, nil); err != nil {
				return nil, err
			}
			if e.Class == ImportError || IsSubtype(e.Class, ImportError) {
				if len(pos) == 1 {
					e.SetSlot("msg", pos[0])
				} else {
					e.SetSlot("msg", None)
				}
			}
			return None, nil
		}
	}
	AttributeError.AddMethod("__init__", kwInit("name", "obj"))
	addSlotAttr(AttributeError, "name")
	addSlotAttr(AttributeError, "obj")
	NameError.AddMethod("__init__", kwInit("name"))
	addSlotAttr(NameError, "name")
	ImportError.AddMethod("__init__", kwInit("name", "path"))
	addSlotAttr(ImportError, "name")
	addSlotAttr(ImportError, "path")
	addSlotAttr(ImportError, "msg")
	ImportError.AddMethod("__str__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		e := self.(*Exception)
		if m := e.Slot("msg"); m != nil && m != Object(None) {
			return ToStr(in, m)
		}
		return excStr(in, self, args, kw)
	})
}

// osErrorSubclass maps errno values to OSError subclasses (OSError(2, ...)
// is a FileNotFoundError).
var osErrorSubclass = map[int64]*Type{}

func setupOSError() {
	for errno, t := range map[int64]*Type{
		2: FileNotFoundError, 17: FileExistsError, 21: IsADirectoryError, 20: NotADirectoryError,
		13: PermissionError, 1: PermissionError, 3: ProcessLookupError, 110: TimeoutError,
		4: InterruptedError, 32: BrokenPipeError, 111: ConnectionRefusedError, 104: ConnectionResetError,
		103: ConnectionAbortedError,
	} {
		osErrorSubclass[errno] = t
	}
	OSError.New = func(in *Interp, t *Type, args []Object, kw []string) (Object, error) {
		pos := args[:len(args)-len(kw)]
		if t == OSError && len(pos) >= 2 {
			if n, ok := pos[0].(Int); ok {
				if sub, ok := osErrorSubclass[int64(n)]; ok {
					t = sub
				}
			}
		}
		return newBaseException(in, t, args, kw)
	}
	OSError.AddMethod("__init__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		if _, err := excInit(in, self, args, kw); err != nil {
			return nil, err
		}
		e := self.(*Exception)
		for _, n := range []string{"errno", "strerror", "filename", "filename2"} {
			e.SetSlot(n, None)
		}
		if len(args) >= 2 && len(args) <= 5 {
			e.SetSlot("errno", args[0])
			e.SetSlot("strerror", args[1])
			if len(args) >= 3 {
				e.SetSlot("filename", args[2])
				e.Args = NewTuple(args[0], args[1])
			}
			if len(args) >= 5 {
				e.SetSlot("filename2", args[4])
			}
		}
		return None, nil
	})
	for _, n := range []string{"errno", "strerror", "filename", "filename2"} {
		addSlotAttr(OSError, n)
	}
	OSError.AddMethod("__str__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		e := self.(*Exception)
		errno, strerror := e.Slot("errno"), e.Slot("strerror")
		if errno == nil || errno == Object(None) {
			return excStr(in, self, args, kw)
		}
		es, err := ToStr(in, errno)
		if err != nil {
			return nil, err
		}
		ss, err := ToStr(in, strerror)
		if err != nil {
			return nil, err
		}
		s := "[Errno " + es.S + "] " + ss.S
		if f := e.Slot("filename"); f != nil && f != Object(None) {
			fr, err := Repr(in, f)
			if err != nil {
				return nil, err
			}
			s += ": " + fr.S
			if f2 := e.Slot("filename2"); f2 != nil && f2 != Object(None) {
				fr2, err := Repr(in, f2)
				if err != nil {
					return nil, err
				}
				s += " -> " + fr2.S
			}
		}
		return NewStr(s), nil
	})
}

var syntaxErrorFields = []string{"filename", "lineno", "offset", "text", "end_lineno", "end_offset"}

func setupSyntaxError() {
	SyntaxError.AddMethod("__init__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		if _, err := excInit(in, self, args, kw); err != nil {
			return nil, err
		}
		e := self.(*Exception)
		e.SetSlot("msg", None)
		for _, n := range syntaxErrorFields {
			e.SetSlot(n, None)
		}
		if len(args) >= 1 {
			e.SetSlot("msg", args[0])
		}
		if len(args) == 2 {
			info, err := Collect(in, args[1])
			if err != nil {
				return nil, err
			}
			if len(info) < 4 || len(info) > 6 {
				return nil, Errorf(IndexError, "tuple index out of range")
			}
			for i, v := range info {
				e.SetSlot(syntaxErrorFields[i], v)
			}
		}
		return None, nil
	})
	addSlotAttr(SyntaxError, "msg")
	for _, n := range syntaxErrorFields {
		addSlotAttr(SyntaxError, n)
	}
	addSlotAttr(SyntaxError, "print_file_and_line")
	SyntaxError.AddMethod("__str__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		e := self.(*Exception)
		msg := e.Slot("msg")
		if msg == nil {
			msg = None
		}
		ms, err := ToStr(in, msg)
		if err != nil {
			return nil, err
		}
		fn, _ := e.Slot("filename").(*Str)
		ln, hasLine := e.Slot("lineno").(Int)
		if fn != nil {
			base := fn.S
			for i := len(base) - 1; i >= 0; i-- {
				if base[i] == '/' {
					base = base[i+1:]
					break
				}
			}
			if hasLine {
				return NewStr(ms.S + " (" + base + ", line " + strconv.FormatInt(int64(ln), 10) + ")"), nil
			}
			return NewStr(ms.S + " (" + base + ")"), nil
		}
		if hasLine {
			return NewStr(ms.S + " (line " + strconv.FormatInt(int64(ln), 10) + ")"), nil
		}
		return ms, nil
	})
}

// NewSyntaxError builds a SyntaxError (or subclass t) with CPython's
// attributes, as the compiler reports it.
func NewSyntaxError(t *Type, msg, filename string, lineno, offset int, text string, endLineno, endOffset int) *Exception {
	info := NewTuple(NewStr(filename), Int(lineno), Int(offset), NewStr(text), Int(endLineno), Int(endOffset))
	e := NewException(t, NewStr(msg), info)
	e.SetSlot("msg", NewStr(msg))
	for i, v := range info.Items {
		e.SetSlot(syntaxErrorFields[i], v)
	}
	return e
}
