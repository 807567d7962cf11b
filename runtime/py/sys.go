package py

import (
	"math"
	"unicode/utf8"
)

// The sys module. sys.implementation.name is "aioplay"; everything else
// says what CPython 3.11.7 on Linux says.

// StdStream is sys.stdout / sys.stderr: writes go to the host's sink.
type StdStream struct {
	name  string
	write func(string)
}

var StdStreamType = NewBuiltinType("TextIOWrapper", ObjectType)

func (*StdStream) Type() *Type { return StdStreamType }

func init() {
	OnSetup(func() {
		t := StdStreamType
		t.Module = "_io"
		t.AddMethod("write", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
			if err := exactArgs("write", args, kw, 1); err != nil {
				return nil, err
			}
			s, ok := args[0].(*Str)
			if !ok {
				return nil, Errorf(TypeError, "write() argument must be str, not %s", TypeName(args[0]))
			}
			self.(*StdStream).write(s.S)
			return Int(utf8.RuneCountInString(s.S)), nil
		})
		t.AddMethod("flush", func(in *Interp, self Object, args []Object, kw []string) (Object, error) { return None, nil })
		t.AddMethod("isatty", func(in *Interp, self Object, args []Object, kw []string) (Object, error) { return False, nil })
		t.AddMethod("writable", func(in *Interp, self Object, args []Object, kw []string) (Object, error) { return True, nil })
		t.AddMethod("fileno", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
			if self.(*StdStream).name == "<stdout>" {
				return Int(1), nil
			}
			return Int(2), nil
		})
		t.AddGetSet("name", func(in *Interp, self Object) (Object, error) { return NewStr(self.(*StdStream).name), nil }, nil)
		t.AddGetSet("encoding", func(in *Interp, self Object) (Object, error) { return NewStr("utf-8"), nil }, nil)
		t.AddGetSet("errors", func(in *Interp, self Object) (Object, error) { return NewStr("strict"), nil }, nil)
		t.AddMethod("__repr__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
			return NewStr("<_io.TextIOWrapper name='" + self.(*StdStream).name + "' mode='w' encoding='utf-8'>"), nil
		})
	})
}

// versionInfoType is the type of sys.version_info (a tuple subclass).
var versionInfoType = NewBuiltinType("version_info", TupleType)

func init() {
	OnSetup(func() {
		t := versionInfoType
		t.Module = "sys"
		t.Final = true
		for i, n := range []string{"major", "minor", "micro", "releaselevel", "serial"} {
			i := i
			t.AddGetSet(n, func(in *Interp, self Object) (Object, error) {
				tup, _ := AsTuple(self)
				return tup.Items[i], nil
			}, nil)
		}
		t.AddMethod("__repr__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
			return NewStr("sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)"), nil
		})
	})
}

func newSysModule(in *Interp) *Module {
	m := NewModule("sys")
	d := m.Dict
	set := func(name string, v Object) { d.SetStr(Intern(name), v) }
	stdout := &StdStream{name: "<stdout>", write: func(s string) { in.Opts.Stdout(s) }}
	stderr := &StdStream{name: "<stderr>", write: func(s string) { in.Opts.Stderr(s) }}
	set("stdout", stdout)
	set("stderr", stderr)
	set("__stdout__", stdout)
	set("__stderr__", stderr)
	set("stdin", None)
	argv := in.Opts.Argv
	if argv == nil {
		argv = []string{in.Opts.Filename}
	}
	items := make([]Object, len(argv))
	for i, a := range argv {
		items[i] = NewStr(a)
	}
	set("argv", NewList(items))
	set("orig_argv", NewList(append([]Object{NewStr("python3")}, items...)))
	set("version", NewStr("3.11.7 (main, Dec  4 2023, 18:10:11) [GCC 12.2.0]"))
	set("version_info", newVersionInfo())
	set("hexversion", Int(0x030b07f0))
	set("api_version", Int(1013))
	set("platform", NewStr("linux"))
	set("byteorder", NewStr("little"))
	set("maxsize", Int(math.MaxInt64))
	set("maxunicode", Int(0x10ffff))
	set("modules", in.sysModules)
	set("path", NewList([]Object{NewStr("")}))
	set("executable", NewStr("/usr/bin/python3"))
	set("prefix", NewStr("/usr"))
	set("dont_write_bytecode", True)
	set("builtin_module_names", NewTuple(NewStr("builtins"), NewStr("sys")))
	impl := NewModule("implementation")
	impl.Dict.SetStr(Intern("name"), NewStr("aioplay"))
	impl.Dict.SetStr(Intern("cache_tag"), None)
	impl.Dict.SetStr(Intern("version"), newVersionInfo())
	set("implementation", impl)
	fi := NewModule("float_info")
	for k, v := range map[string]Object{
		"max": Float(math.MaxFloat64), "min": Float(2.2250738585072014e-308), "epsilon": Float(2.220446049250313e-16),
		"dig": Int(15), "mant_dig": Int(53), "max_exp": Int(1024), "min_exp": Int(-1021),
		"max_10_exp": Int(308), "min_10_exp": Int(-307), "radix": Int(2), "rounds": Int(1),
	} {
		fi.Dict.SetStr(Intern(k), v)
	}
	set("float_info", fi)
	ii := NewModule("int_info")
	ii.Dict.SetStr(Intern("bits_per_digit"), Int(30))
	ii.Dict.SetStr(Intern("sizeof_digit"), Int(4))
	ii.Dict.SetStr(Intern("default_max_str_digits"), Int(4300))
	ii.Dict.SetStr(Intern("str_digits_check_threshold"), Int(640))
	set("int_info", ii)
	fn := func(name string, f Func) {
		set(name, &BuiltinFunction{Name: name, Qualname: name, Module: "sys", Fn: f})
	}
	fn("exit", func(in *Interp, args []Object, kw []string) (Object, error) {
		if err := CheckArgs("exit", args, kw, 0, 1); err != nil {
			return nil, err
		}
		e := NewException(SystemExit, args...)
		if len(args) == 0 {
			e.SetSlot("code", None)
		} else {
			e.SetSlot("code", args[0])
		}
		return nil, e
	})
	fn("getrecursionlimit", func(in *Interp, args []Object, kw []string) (Object, error) {
		return Int(in.recLimit), nil
	})
	fn("setrecursionlimit", func(in *Interp, args []Object, kw []string) (Object, error) {
		if err := CheckArgs("setrecursionlimit", args, kw, 1, 1); err != nil {
			return nil, err
		}
		n, ok := args[0].(Int)
		if !ok {
			return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(args[0]))
		}
		if n < 1 {
			return nil, Errorf(ValueError, "recursion limit must be greater or equal than 1")
		}
		if int(n) <= in.depth {
			return nil, Errorf(RecursionError, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", int(n), in.depth)
		}
		lim := int(n)
		if max := 100000; lim > max {
			lim = max
		}
		in.recLimit = lim
		return None, nil
	})
	fn("exc_info", func(in *Interp, args []Object, kw []string) (Object, error) {
		e := in.CurrentException()
		if e == nil {
			return NewTuple(None, None, None), nil
		}
		var tb Object = None
		if e.Traceback != nil {
			tb = e.Traceback
		}
		return NewTuple(e.Class, e, tb), nil
	})
	fn("exception", func(in *Interp, args []Object, kw []string) (Object, error) {
		if e := in.CurrentException(); e != nil {
			return e, nil
		}
		return None, nil
	})
	fn("intern", func(in *Interp, args []Object, kw []string) (Object, error) {
		if err := CheckArgs("intern", args, kw, 1, 1); err != nil {
			return nil, err
		}
		s, ok := args[0].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "intern() argument must be str, not %s", TypeName(args[0]))
		}
		return Intern(s.S), nil
	})
	fn("getsizeof", func(in *Interp, args []Object, kw []string) (Object, error) {
		if len(args) < 1 {
			return nil, Errorf(TypeError, "getsizeof() missing required argument 'object' (pos 1)")
		}
		return Int(64), nil
	})
	fn("_getframe", func(in *Interp, args []Object, kw []string) (Object, error) {
		f := in.frame
		if len(args) > 0 {
			if n, ok := args[0].(Int); ok {
				for ; n > 0 && f != nil; n-- {
					f = f.back
				}
			}
		}
		if f == nil {
			return nil, Errorf(ValueError, "call stack is not deep enough")
		}
		for g := f; g != nil; g = g.back {
			g.escaped = true
		}
		return f, nil
	})
	fn("getdefaultencoding", func(in *Interp, args []Object, kw []string) (Object, error) { return NewStr("utf-8"), nil })
	return m
}

func newVersionInfo() Object {
	return &Instance{Class: versionInfoType, Base: NewTuple(Int(3), Int(11), Int(7), NewStr("final"), Int(0))}
}

// sysAttr reads an attribute of the sys module (stdout, stderr ...).
func (in *Interp) sysAttr(name string) (Object, error) {
	v, ok := in.sys.Dict.GetStr(Intern(name))
	if !ok || v == Object(None) {
		return nil, Errorf(RuntimeError, "lost sys.%s", name)
	}
	return v, nil
}

// writeTo writes s to a file object (fast path for the standard streams).
func (in *Interp) writeTo(file Object, s string) error {
	if st, ok := file.(*StdStream); ok {
		st.write(s)
		return nil
	}
	_, err := CallMethod(in, file, sWriteMethod, NewStr(s))
	return err
}

// writeStream writes to sys.stdout or sys.stderr (whatever they are now).
func (in *Interp) writeStream(name, s string) error {
	f, err := in.sysAttr(name)
	if err != nil {
		return err
	}
	return in.writeTo(f, s)
}

// Sys is the sys module.
func (in *Interp) Sys() *Module { return in.sys }
