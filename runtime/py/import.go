package py

import (
	"strings"

	"aioplay/runtime/compile"
	"aioplay/runtime/syntax"
)

// Imports: Go-built modules (Options.Modules), embedded Python sources
// (Options.ModuleSource), sys.modules caching and CPython's errors.

// ImportModule imports a module by its full dotted name and returns it
// (the leaf module).
func (in *Interp) ImportModule(name string) (*Module, error) {
	parts := strings.Split(name, ".")
	var m *Module
	for i := range parts {
		full := strings.Join(parts[:i+1], ".")
		sub, err := in.loadModule(full, m)
		if err != nil {
			return nil, err
		}
		if m != nil {
			m.Dict.SetStr(Intern(parts[i]), sub)
		}
		m = sub
	}
	return m, nil
}

// loadModule finds one module (parent is its package, nil at top level).
func (in *Interp) loadModule(full string, parent *Module) (*Module, error) {
	if v, ok := in.sysModules.GetStr(NewStr(full)); ok {
		if m, ok := v.(*Module); ok {
			return m, nil
		}
		if v == Object(None) {
			return nil, moduleNotFound(full, "import of "+full+" halted; None in sys.modules")
		}
	}
	if build, ok := in.Opts.Modules[full]; ok {
		m, err := build(in)
		if err != nil {
			return nil, err
		}
		if m.Name == "" {
			m.Name = full
		}
		if _, ok := m.Dict.GetStr(sName); !ok {
			m.Dict.SetStr(sName, NewStr(full))
		}
		in.addModule(m)
		return m, nil
	}
	if in.Opts.ModuleSource != nil {
		if src, ok := in.Opts.ModuleSource(full); ok {
			return in.execModuleSource(full, src)
		}
	}
	if parent != nil {
		if _, isPkg := parent.Dict.GetStr(sPath); !isPkg {
			return nil, moduleNotFound(full, "No module named '"+full+"'; '"+parent.Name+"' is not a package")
		}
	}
	return nil, moduleNotFound(full, "No module named '"+full+"'")
}

func moduleNotFound(name, msg string) *Exception {
	e := NewException(ModuleNotFoundError, NewStr(msg))
	e.SetSlot("msg", NewStr(msg))
	e.SetSlot("name", NewStr(name))
	e.SetSlot("path", None)
	return e
}

// execModuleSource compiles and runs an embedded Python module.
func (in *Interp) execModuleSource(name string, src []byte) (*Module, error) {
	filename := "<" + name + ">"
	code, err := compile.CompileSource(filename, src)
	if err != nil {
		return nil, in.syntaxErrorFrom(err)
	}
	in.SetSource(filename, src)
	m := NewModule(name)
	m.Dict.SetStr(sBuiltins, in.Builtins)
	m.Dict.SetStr(sFile, NewStr(filename))
	in.addModule(m)
	if _, err := in.ExecCode(code, m.Dict); err != nil {
		delete(in.Modules, name)
		in.sysModules.DelStr(NewStr(name))
		return nil, err
	}
	// The module may have replaced itself in sys.modules.
	if v, ok := in.sysModules.GetStr(NewStr(name)); ok {
		if mm, ok := v.(*Module); ok {
			return mm, nil
		}
	}
	return m, nil
}

// ExecCode runs a module-level code object in the namespace globals.
func (in *Interp) ExecCode(code *compile.Code, globals *Dict) (Object, error) {
	co := NewCodeObject(code)
	if _, ok := globals.GetStr(sBuiltins); !ok {
		globals.SetStr(sBuiltins, in.Builtins)
	}
	fr := newFrame(co, globals, in.builtins, globals)
	return in.runFrame(fr)
}

// syntaxErrorFrom converts a compiler error to a SyntaxError exception.
func (in *Interp) syntaxErrorFrom(err error) error {
	se, ok := err.(*syntax.Error)
	if !ok {
		if e, ok := err.(*Exception); ok {
			return e
		}
		return Errorf(SystemError, "%s", err.Error())
	}
	t := SyntaxError
	switch se.Kind {
	case syntax.KindIndentationError:
		t = IndentationError
	case syntax.KindTabError:
		t = TabError
	}
	endLine, endOff := int(se.End.Line), se.EndOffset()
	if se.End.Line == 0 {
		endLine, endOff = int(se.Pos.Line), se.Offset()
	}
	text := se.Text
	if text != "" && !strings.HasSuffix(text, "\n") {
		text += "\n"
	}
	return NewSyntaxError(t, se.Msg, se.Filename, int(se.Pos.Line), se.Offset(), text, endLine, endOff)
}

// importName is IMPORT_NAME.
func importName(in *Interp, f *Frame, name *Str, fromlist, levelObj Object) (Object, error) {
	level := 0
	if l, ok := levelObj.(Int); ok {
		level = int(l)
	}
	full := name.S
	if level > 0 {
		pkg := ""
		if p, ok := f.Globals.GetStr(sPackage); ok {
			if ps, ok := p.(*Str); ok {
				pkg = ps.S
			}
		}
		if pkg == "" {
			if n, ok := f.Globals.GetStr(sName); ok {
				if ns, ok := n.(*Str); ok {
					pkg = ns.S
					if _, isPkg := f.Globals.GetStr(sPath); !isPkg {
						if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
							pkg = pkg[:i]
						} else {
							pkg = ""
						}
					}
				}
			}
		}
		if pkg == "" || pkg == "__main__" {
			return nil, Errorf(ImportError, "attempted relative import with no known parent package")
		}
		parts := strings.Split(pkg, ".")
		if level-1 > len(parts)-1 {
			return nil, Errorf(ImportError, "attempted relative import beyond top-level package")
		}
		base := strings.Join(parts[:len(parts)-(level-1)], ".")
		if full == "" {
			full = base
		} else {
			full = base + "." + full
		}
	}
	m, err := in.ImportModule(full)
	if err != nil {
		return nil, err
	}
	hasFrom := false
	if fromlist != nil && fromlist != Object(None) {
		if t, ok := fromlist.(*Tuple); ok {
			hasFrom = len(t.Items) > 0
		} else {
			hasFrom = true
		}
	}
	if hasFrom || level > 0 && name.S == "" {
		return m, nil
	}
	if level > 0 {
		return m, nil
	}
	top := full
	if i := strings.IndexByte(full, '.'); i >= 0 {
		top = full[:i]
	}
	return in.Modules[top], nil
}

// importFrom is IMPORT_FROM.
func importFrom(in *Interp, mod Object, name *Str) (Object, error) {
	v, err := GetAttrOpt(in, mod, name)
	if err != nil || v != nil {
		return v, err
	}
	mname := "<unknown module name>"
	if m, ok := mod.(*Module); ok {
		mname = moduleName(m)
		full := mname + "." + name.S
		if _, ok := in.Opts.Modules[full]; ok {
			return in.ImportModule(full)
		}
		if in.Opts.ModuleSource != nil {
			if _, ok := in.Opts.ModuleSource(full); ok {
				return in.ImportModule(full)
			}
		}
	}
	e := Errorf(ImportError, "cannot import name '%s' from '%s' (unknown location)", name.S, mname)
	e.SetSlot("msg", e.Args.Items[0])
	e.SetSlot("name", NewStr(mname))
	e.SetSlot("path", None)
	return nil, e
}

// importStar is IMPORT_STAR.
func importStar(in *Interp, f *Frame, mod Object) error {
	var names []Object
	all, err := GetAttrOpt(in, mod, sAll)
	if err != nil {
		return err
	}
	if all != nil {
		if names, err = Collect(in, all); err != nil {
			return err
		}
	} else {
		d := instanceDict(mod, false)
		if d == nil {
			return Errorf(ImportError, "from-import-* object has no __dict__ and no __all__")
		}
		for _, k := range d.Keys() {
			if s, ok := k.(*Str); ok && !strings.HasPrefix(s.S, "_") {
				names = append(names, s)
			}
		}
	}
	for _, n := range names {
		s, ok := n.(*Str)
		if !ok {
			return Errorf(TypeError, "Item in %s.__all__ must be str, not %s", "module", TypeName(n))
		}
		v, err := GetAttr(in, mod, s)
		if err != nil {
			return err
		}
		if f.locals != nil {
			f.locals.SetStr(s, v)
		} else if f.Locals != nil {
			if err := SetItem(in, f.Locals, s, v); err != nil {
				return err
			}
		} else {
			f.Globals.SetStr(s, v)
		}
	}
	return nil
}

// builtinImport is __import__(name, globals=None, locals=None, fromlist=(), level=0).
func builtinImport(in *Interp, args []Object, kw []string) (Object, error) {
	vals, err := ParseArgs("__import__", args, kw, []string{"name", "globals", "locals", "fromlist", "level"}, 1)
	if err != nil {
		return nil, err
	}
	name, ok := vals[0].(*Str)
	if !ok {
		return nil, Errorf(TypeError, "__import__() argument 1 must be str, not %s", TypeName(vals[0]))
	}
	level := Object(Int(0))
	if vals[4] != nil {
		level = vals[4]
	}
	f := in.frame
	if g, ok := vals[1].(*Dict); ok {
		f = &Frame{Globals: g}
	}
	if f == nil {
		f = &Frame{Globals: NewDict()}
	}
	return importName(in, f, name, vals[3], level)
}
