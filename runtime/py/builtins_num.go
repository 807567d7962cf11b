package py

// builtins_num.go: the numeric built-in functions abs, divmod, pow and
// round (int, float, complex and bool are the types themselves; hex, oct,
// bin and format are with the sequence built-ins).

func init() {
	RegisterBuiltin("abs", builtinAbs)
	RegisterBuiltin("divmod", builtinDivMod)
	RegisterBuiltin("pow", builtinPow)
	RegisterBuiltin("round", builtinRound)
}

func builtinAbs(in *Interp, args []Object, kwnames []string) (Object, error) {
	if len(kwnames) > 0 {
		return nil, Errorf(TypeError, "abs() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, Errorf(TypeError, "abs() takes exactly one argument (%d given)", len(args))
	}
	return Abs(in, args[0])
}

func builtinDivMod(in *Interp, args []Object, kwnames []string) (Object, error) {
	if len(kwnames) > 0 {
		return nil, Errorf(TypeError, "divmod() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, Errorf(TypeError, "divmod expected 2 arguments, got %d", len(args))
	}
	return DivMod(in, args[0], args[1])
}

func builtinPow(in *Interp, args []Object, kwnames []string) (Object, error) {
	var out [3]Object
	if err := numBindArgs("pow", args, kwnames, []string{"base", "exp", "mod"}, 0, 2, out[:]); err != nil {
		return nil, err
	}
	if out[2] == nil || out[2] == None {
		return BinaryOp(in, OpPow, out[0], out[1])
	}
	return Pow3(in, out[0], out[1], out[2])
}

func builtinRound(in *Interp, args []Object, kwnames []string) (Object, error) {
	var out [2]Object
	if err := numBindArgs("round", args, kwnames, []string{"number", "ndigits"}, 0, 1, out[:]); err != nil {
		return nil, err
	}
	return Round(in, out[0], out[1])
}
