package py

import "math"

// builtins_seq.go: the built-in functions over sequences and iterables
// (len, repr, ascii, iter, next, sorted, min, max, sum, any, all, chr, ord,
// hex, oct, bin, format, hash) and the list of built-in container types the
// builtins module exposes.
//
// They are registered with the VM's RegisterBuiltin / RegisterBuiltinValue
// at init.

// SeqBuiltins are the built-in functions defined here.
var SeqBuiltins = []*BuiltinFunction{
	newBuiltin("len", builtinLen_),
	newBuiltin("repr", builtinRepr_),
	newBuiltin("ascii", builtinAscii),
	newBuiltin("iter", builtinIter),
	newBuiltin("next", builtinNext),
	newBuiltin("sorted", builtinSorted),
	newBuiltin("min", func(in *Interp, args []Object, kwnames []string) (Object, error) {
		return minMax(in, args, kwnames, "min", CmpLT)
	}),
	newBuiltin("max", func(in *Interp, args []Object, kwnames []string) (Object, error) {
		return minMax(in, args, kwnames, "max", CmpGT)
	}),
	newBuiltin("sum", builtinSum),
	newBuiltin("any", func(in *Interp, args []Object, kwnames []string) (Object, error) {
		return anyAll(in, "any", args, kwnames, true)
	}),
	newBuiltin("all", func(in *Interp, args []Object, kwnames []string) (Object, error) {
		return anyAll(in, "all", args, kwnames, false)
	}),
	newBuiltin("chr", builtinChr),
	newBuiltin("ord", builtinOrd),
	newBuiltin("hex", func(in *Interp, args []Object, kwnames []string) (Object, error) {
		return intToBase(in, "hex", 16, args, kwnames)
	}),
	newBuiltin("oct", func(in *Interp, args []Object, kwnames []string) (Object, error) {
		return intToBase(in, "oct", 8, args, kwnames)
	}),
	newBuiltin("bin", func(in *Interp, args []Object, kwnames []string) (Object, error) {
		return intToBase(in, "bin", 2, args, kwnames)
	}),
	newBuiltin("format", builtinFormat),
	newBuiltin("hash", builtinHash),
}

// SeqBuiltinTypes are the built-in types named in the builtins module that
// this part of the package defines.
var SeqBuiltinTypes = []*Type{
	StrType, BytesType, ByteArrayType, TupleType, ListType, DictType, SetType,
	FrozenSetType, RangeType, SliceType, EnumerateType, ZipType, MapType,
	FilterType, ReversedType,
}

func init() {
	for _, b := range SeqBuiltins {
		RegisterBuiltin(b.Name, b.Fn)
	}
	for _, t := range SeqBuiltinTypes {
		RegisterBuiltinValue(t.Name, t)
	}
}

func newBuiltin(name string, fn Func) *BuiltinFunction {
	return &BuiltinFunction{Name: name, Qualname: name, Module: "builtins", Fn: fn}
}

// oneArg checks "len() takes exactly one argument (0 given)".
func oneArg(name string, args []Object, kwnames []string) (Object, error) {
	if len(kwnames) > 0 {
		return nil, Errorf(TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return nil, Errorf(TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	return args[0], nil
}

func builtinLen_(in *Interp, args []Object, kwnames []string) (Object, error) {
	a, err := oneArg("len", args, kwnames)
	if err != nil {
		return nil, err
	}
	n, err := Len(in, a)
	if err != nil {
		return nil, err
	}
	return IntObject(int64(n)), nil
}

func builtinRepr_(in *Interp, args []Object, kwnames []string) (Object, error) {
	a, err := oneArg("repr", args, kwnames)
	if err != nil {
		return nil, err
	}
	return Repr(in, a)
}

func builtinAscii(in *Interp, args []Object, kwnames []string) (Object, error) {
	a, err := oneArg("ascii", args, kwnames)
	if err != nil {
		return nil, err
	}
	return Ascii(in, a)
}

func builtinIter(in *Interp, args []Object, kwnames []string) (Object, error) {
	if err := argsRange("iter", "iter", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return Iter(in, args[0])
	}
	if !isCallable(in, args[0]) {
		return nil, Errorf(TypeError, "iter(v, w): v must be callable")
	}
	return &callableIterator{fn: args[0], sentinel: args[1]}, nil
}

// isCallable is callable(o).
func isCallable(in *Interp, o Object) bool { return Callable(o) }

func builtinNext(in *Interp, args []Object, kwnames []string) (Object, error) {
	if err := argsRange("next", "next", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	it := args[0]
	if g, ok := it.(*Generator); ok && g.Kind == KindGenerator {
		// A generator's return value travels in StopIteration.value.
		v, status, err := g.Send(in, None)
		if err != nil {
			return nil, err
		}
		if status == GenYielded {
			return v, nil
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, stopIteration(v)
	}
	if !isIterator(in, it) {
		return nil, Errorf(TypeError, "'%s' object is not an iterator", TypeName(it))
	}
	x, err := Next(in, it)
	if err != nil {
		return nil, err
	}
	if x == nil {
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, NewException(StopIteration)
	}
	return x, nil
}

func builtinSorted(in *Interp, args []Object, kwnames []string) (Object, error) {
	npos := len(args) - len(kwnames)
	if npos != 1 {
		return nil, Errorf(TypeError, "sorted expected 1 argument, got %d", npos)
	}
	var a [2]Object
	if err := kwOnly("sort", args[1:], kwnames, []string{"key", "reverse"}, a[:]); err != nil {
		return nil, err
	}
	items, err := Collect(in, args[0])
	if err != nil {
		return nil, err
	}
	l := &List{Items: items}
	return l, sortListArgs(in, l, a[0], a[1])
}

// minMax is min() / max(): op is CmpLT for min, CmpGT for max.
func minMax(in *Interp, args []Object, kwnames []string, name string, op CompareOp) (Object, error) {
	npos := len(args) - len(kwnames)
	var key, def Object
	for i, kw := range kwnames {
		switch kw {
		case "key":
			key = args[npos+i]
		case "default":
			def = args[npos+i]
		default:
			return nil, Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", kw, name)
		}
	}
	if key == None {
		key = nil
	}
	if npos == 0 {
		return nil, Errorf(TypeError, "%s expected at least 1 argument, got 0", name)
	}
	var items []Object
	var it Object
	if npos == 1 {
		switch v := args[0].(type) {
		case *List:
			items = v.Items
		case *Tuple:
			items = v.Items
		default:
			var err error
			if it, err = Iter(in, args[0]); err != nil {
				return nil, err
			}
		}
	} else {
		if def != nil {
			return nil, Errorf(TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		items = args[:npos]
	}
	var best, bestKey Object
	i := 0
	for {
		var x Object
		if it != nil {
			var err error
			if x, err = Next(in, it); err != nil {
				return nil, err
			}
			if x == nil {
				break
			}
		} else {
			if i >= len(items) {
				break
			}
			x = items[i]
			i++
		}
		k := x
		if key != nil {
			var err error
			if k, err = Call(in, key, []Object{x}, nil); err != nil {
				return nil, err
			}
		}
		if best == nil {
			best, bestKey = x, k
			continue
		}
		better, err := compareFast(in, k, bestKey, op)
		if err != nil {
			return nil, err
		}
		if better {
			best, bestKey = x, k
		}
	}
	if best == nil {
		if def != nil {
			return def, nil
		}
		return nil, Errorf(ValueError, "%s() arg is an empty sequence", name)
	}
	return best, nil
}

// compareFast is a <op> b as a Go bool with int/float/str fast paths.
func compareFast(in *Interp, a, b Object, op CompareOp) (bool, error) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return cmpResult(cmpInts(int64(x), int64(y)), op), nil
		}
	case Float:
		if y, ok := b.(Float); ok {
			switch op {
			case CmpLT:
				return x < y, nil
			case CmpGT:
				return x > y, nil
			}
		}
	case *Str:
		if y, ok := b.(*Str); ok {
			c := 0
			if x.S < y.S {
				c = -1
			} else if x.S > y.S {
				c = 1
			}
			return cmpResult(c, op), nil
		}
	}
	r, err := RichCompare(in, a, b, op)
	if err != nil {
		return false, err
	}
	if v, ok := r.(Bool); ok {
		return bool(v), nil
	}
	return Truth(in, r)
}

func cmpInts(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func builtinSum(in *Interp, args []Object, kwnames []string) (Object, error) {
	npos := len(args) - len(kwnames)
	if npos == 0 {
		return nil, Errorf(TypeError, "sum() takes at least 1 positional argument (0 given)")
	}
	var a [2]Object
	if err := bindArgs("sum", args, kwnames, 1, []string{"iterable", "start"}, a[:]); err != nil {
		return nil, err
	}
	var result Object = Int(0)
	if a[1] != nil {
		result = a[1]
		switch result.(type) {
		case *Str:
			return nil, Errorf(TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
		case *Bytes:
			return nil, Errorf(TypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
		case *ByteArray:
			return nil, Errorf(TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]")
		}
	}
	var items []Object
	var it Object
	switch v := a[0].(type) {
	case *List:
		items = v.Items
	case *Tuple:
		items = v.Items
	default:
		var err error
		if it, err = Iter(in, a[0]); err != nil {
			return nil, err
		}
	}
	i := 0
	next := func() (Object, error) {
		if it != nil {
			return Next(in, it)
		}
		if i < len(items) {
			i++
			return items[i-1], nil
		}
		return nil, nil
	}
	// Int fast path: accumulate in an int64 until it would overflow or a
	// non-int appears.
	if acc, ok := result.(Int); ok {
		for {
			x, err := next()
			if err != nil {
				return nil, err
			}
			if x == nil {
				return acc, nil
			}
			var v int64
			switch y := x.(type) {
			case Int:
				v = int64(y)
			case Bool:
				if y {
					v = 1
				}
			default:
				result = acc
				return sumSlow(in, result, x, next)
			}
			s := int64(acc) + v
			if (s > int64(acc)) != (v > 0) {
				// Overflow: continue with the generic path.
				r, err := BinaryOp(in, OpAdd, acc, Int(v))
				if err != nil {
					return nil, err
				}
				return sumSlow(in, r, nil, next)
			}
			acc = Int(s)
		}
	}
	return sumSlow(in, result, nil, next)
}

// sumSlow continues a sum from result, first adding pending (if not nil),
// with a float fast path.
func sumSlow(in *Interp, result, pending Object, next func() (Object, error)) (Object, error) {
	for {
		x := pending
		pending = nil
		if x == nil {
			var err error
			if x, err = next(); err != nil {
				return nil, err
			}
			if x == nil {
				return result, nil
			}
		}
		if f, ok := result.(Float); ok {
			switch y := x.(type) {
			case Float:
				result = f + y
				continue
			case Int:
				if y > -(1<<53) && y < 1<<53 {
					result = f + Float(y)
					continue
				}
			}
		}
		r, err := BinaryOp(in, OpAdd, result, x)
		if err != nil {
			return nil, err
		}
		result = r
	}
}

func anyAll(in *Interp, name string, args []Object, kwnames []string, want bool) (Object, error) {
	a, err := oneArg(name, args, kwnames)
	if err != nil {
		return nil, err
	}
	it, err := Iter(in, a)
	if err != nil {
		return nil, err
	}
	for {
		x, err := Next(in, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			return Bool(!want), nil
		}
		b, err := Truth(in, x)
		if err != nil {
			return nil, err
		}
		if b == want {
			return Bool(want), nil
		}
	}
}

func builtinChr(in *Interp, args []Object, kwnames []string) (Object, error) {
	a, err := oneArg("chr", args, kwnames)
	if err != nil {
		return nil, err
	}
	if !isIndexable(in, a) {
		return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(a))
	}
	io, err := IndexObject(in, a)
	if err != nil {
		return nil, err
	}
	v, ok := io.(Int)
	if !ok {
		return nil, Errorf(OverflowError, "Python int too large to convert to C int")
	}
	if v < math.MinInt32 || v > math.MaxInt32 {
		return nil, Errorf(OverflowError, "Python int too large to convert to C int")
	}
	if v < 0 || v > 0x10ffff {
		return nil, Errorf(ValueError, "chr() arg not in range(0x110000)")
	}
	return charStr(rune(v)), nil
}

func builtinOrd(in *Interp, args []Object, kwnames []string) (Object, error) {
	a, err := oneArg("ord", args, kwnames)
	if err != nil {
		return nil, err
	}
	if s, ok := AsStr(a); ok {
		n := s.Len()
		if n != 1 {
			return nil, Errorf(TypeError, "ord() expected a character, but string of length %d found", n)
		}
		return Int(s.At(0)), nil
	}
	if b, ok := bytesData(a); ok {
		if len(b) != 1 {
			return nil, Errorf(TypeError, "ord() expected a character, but string of length %d found", len(b))
		}
		return Int(b[0]), nil
	}
	return nil, Errorf(TypeError, "ord() expected string of length 1, but %s found", TypeName(a))
}

func intToBase(in *Interp, name string, base int, args []Object, kwnames []string) (Object, error) {
	a, err := oneArg(name, args, kwnames)
	if err != nil {
		return nil, err
	}
	if !isIndexable(in, a) {
		return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(a))
	}
	io, err := IndexObject(in, a)
	if err != nil {
		return nil, err
	}
	return newASCIIStr(IntToBase(io, base)), nil
}

func builtinFormat(in *Interp, args []Object, kwnames []string) (Object, error) {
	if err := argsRange("format", "format", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	spec := ""
	if len(args) == 2 {
		s, ok := AsStr(args[1])
		if !ok {
			return nil, Errorf(TypeError, "format() argument 2 must be str, not %s", TypeName(args[1]))
		}
		spec = s.S
	}
	return Format(in, args[0], spec)
}

func builtinHash(in *Interp, args []Object, kwnames []string) (Object, error) {
	a, err := oneArg("hash", args, kwnames)
	if err != nil {
		return nil, err
	}
	h, err := hashKey(in, a)
	if err != nil {
		return nil, err
	}
	return Int(h), nil
}
