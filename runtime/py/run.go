package py

import "aioplay/runtime/compile"

// Running the main program.

// RunMain executes a module code object as __main__. The error, if any,
// is the uncaught *Exception (SystemExit included: see ExitStatus) or a
// *HaltError.
func RunMain(in *Interp, code *compile.Code) error {
	m := NewModule("__main__")
	m.Dict.SetStr(sBuiltins, in.Builtins)
	m.Dict.SetStr(sFile, NewStr(code.Filename))
	in.addModule(m)
	_, err := in.ExecCode(code, m.Dict)
	return err
}

// RunSource compiles src (Options.Filename) and runs it as __main__; a
// syntax error is returned as a SyntaxError exception.
func RunSource(in *Interp, src []byte) error {
	in.SetSource(in.Opts.Filename, src)
	code, err := compile.CompileSource(in.Opts.Filename, src)
	if err != nil {
		return in.syntaxErrorFrom(err)
	}
	return RunMain(in, code)
}

// ExitStatus interprets an error returned by RunMain as CPython's exit:
// nil is 0; SystemExit(None) 0, SystemExit(n) n, SystemExit(other) prints
// str(other) to stderr and is 1; any other exception prints its traceback
// and is 1. A *HaltError is returned as is (the host reports it).
func (in *Interp) ExitStatus(err error) (int, error) {
	if err == nil {
		return 0, nil
	}
	exc, ok := err.(*Exception)
	if !ok {
		return 1, err
	}
	if IsSubtype(exc.Class, SystemExit) {
		code := exc.Slot("code")
		if code == nil {
			if len(exc.Args.Items) > 0 {
				code = exc.Args.Items[0]
			} else {
				code = None
			}
		}
		switch c := code.(type) {
		case *NoneType:
			return 0, nil
		case Int:
			return int(c), nil
		case Bool:
			if c {
				return 1, nil
			}
			return 0, nil
		}
		if s, e := ToStr(in, code); e == nil {
			in.WriteStderr(s.S + "\n")
		}
		return 1, nil
	}
	in.PrintException(exc)
	if IsSubtype(exc.Class, KeyboardInterrupt) {
		return 130, nil
	}
	return 1, nil
}
