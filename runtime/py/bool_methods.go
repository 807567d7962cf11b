package py

// bool_methods.go: bool (a final subclass of int whose & | ^ stay bool).

func init() { OnSetup(setupBoolType) }

func boolBitMethod(name string, op BinOp) Method {
	return func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		if err := numWrapperArgs(name, args, kwnames, 1); err != nil {
			return nil, err
		}
		a, ok := self.(Bool)
		if !ok {
			return nil, Errorf(TypeError, "descriptor '%s' requires a 'bool' object but received a '%s'", name, TypeName(self))
		}
		if b, ok := args[0].(Bool); ok {
			return numBinary(op, a, b)
		}
		y, ok := AsInt(args[0])
		if !ok {
			return NotImplemented, nil
		}
		x, _ := intOf(a)
		return intBinary(op, x, y)
	}
}

func setupBoolType() {
	t := BoolType
	t.Final = true
	for _, op := range []BinOp{OpAnd, OpOr, OpXor} {
		info := binOps[op]
		t.AddMethod(info.name.S, boolBitMethod(info.name.S, op))
		t.AddMethod(info.rname.S, boolBitMethod(info.rname.S, op))
	}
	t.AddMethod("__repr__", func(in *Interp, self Object, args []Object, kwnames []string) (Object, error) {
		if err := numWrapperArgs("__repr__", args, kwnames, 0); err != nil {
			return nil, err
		}
		if b, ok := self.(Bool); ok && bool(b) {
			return NewStr("True"), nil
		}
		return NewStr("False"), nil
	})
	t.New = func(in *Interp, t *Type, args []Object, kwnames []string) (Object, error) {
		if len(kwnames) > 0 {
			return nil, Errorf(TypeError, "bool() takes no keyword arguments")
		}
		if len(args) > 1 {
			return nil, Errorf(TypeError, "bool expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 0 {
			return False, nil
		}
		v, err := Truth(in, args[0])
		if err != nil {
			return nil, err
		}
		return Bool(v), nil
	}
}
