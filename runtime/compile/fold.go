package compile

import (
	"math"
	"math/big"
	"strings"

	"aioplay/runtime/syntax"
)

// Constant folding, a modest version of CPython's AST optimizer: unary
// minus/plus/invert of numbers, integer arithmetic whose result stays
// small (at most 128 bits, like CPython's MAX_INT_SIZE), float and
// complex +, -, * and /, string and bytes concatenation and repetition up
// to 4096 items, and tuples of constants. Anything that could raise
// (division by zero, negative shift) or whose result could differ from the
// VM's computation (float **, str %) is left to run time.

const (
	maxIntBits = 128
	maxStrSize = 4096
)

// constOf returns the constant value of e: a literal or a foldable
// expression.
func constOf(e syntax.Expr) (Const, bool) {
	if k, ok := e.(*syntax.Constant); ok {
		return constValue(k.Value), true
	}
	return foldConst(e)
}

// foldConst folds e when it is a compound expression over constants.
func foldConst(e syntax.Expr) (Const, bool) {
	switch e := e.(type) {
	case *syntax.UnaryOp:
		v, ok := constOf(e.Operand)
		if !ok {
			return nil, false
		}
		return foldUnary(e.Op, v)
	case *syntax.BinOp:
		a, ok := constOf(e.Left)
		if !ok {
			return nil, false
		}
		b, ok := constOf(e.Right)
		if !ok {
			return nil, false
		}
		return foldBinary(e.Op, a, b)
	case *syntax.Tuple:
		if e.Ctx != syntax.Load {
			return nil, false
		}
		vals, ok := allConsts(e.Elts)
		if !ok {
			return nil, false
		}
		return ConstTuple(vals), true
	}
	return nil, false
}

func constTruth(v Const) bool {
	switch v := v.(type) {
	case nil:
		return false
	case bool:
		return v
	case int64:
		return v != 0
	case *big.Int:
		return v.Sign() != 0
	case float64:
		return v != 0
	case complex128:
		return v != 0
	case string:
		return v != ""
	case []byte:
		return len(v) > 0
	case ConstTuple:
		return len(v) > 0
	case ConstFrozenSet:
		return len(v) > 0
	}
	return true
}

// normInt returns a big integer as int64 when it fits.
func normInt(x *big.Int) Const {
	if x.IsInt64() {
		return x.Int64()
	}
	return x
}

// asBig returns an int constant (int64, *big.Int or bool) as a new big.Int.
func asBig(v Const) (*big.Int, bool) {
	switch v := v.(type) {
	case int64:
		return big.NewInt(v), true
	case *big.Int:
		return new(big.Int).Set(v), true
	case bool:
		if v {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	}
	return nil, false
}

func asFloat(v Const) (float64, bool) {
	switch v := v.(type) {
	case float64:
		return v, true
	case int64:
		return float64(v), true // rounds to nearest even, as float(int)
	case bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func asComplex(v Const) (complex128, bool) {
	if c, ok := v.(complex128); ok {
		return c, true
	}
	f, ok := asFloat(v)
	return complex(f, 0), ok
}

func isIntConst(v Const) bool {
	switch v.(type) {
	case int64, *big.Int, bool:
		return true
	}
	return false
}

const maxCollectionSize = 256

func foldUnary(op syntax.UnaryOperator, v Const) (Const, bool) {
	if b, ok := v.(bool); ok && op != syntax.Not {
		v = int64(0)
		if b {
			v = int64(1)
		}
	}
	switch op {
	case syntax.Not:
		return !constTruth(v), true
	case syntax.USub:
		switch x := v.(type) {
		case int64:
			if x == math.MinInt64 {
				return new(big.Int).Neg(big.NewInt(x)), true
			}
			return -x, true
		case *big.Int:
			return normInt(new(big.Int).Neg(x)), true
		case float64:
			return -x, true
		case complex128:
			return -x, true
		}
	case syntax.UAdd:
		switch v.(type) {
		case int64, *big.Int, float64, complex128:
			return v, true
		}
	case syntax.Invert:
		switch x := v.(type) {
		case int64:
			return ^x, true
		case *big.Int:
			return normInt(new(big.Int).Not(x)), true
		}
	}
	return nil, false
}

func foldBinary(op syntax.Operator, a, b Const) (Const, bool) {
	if isIntConst(a) && isIntConst(b) {
		x, xb := a.(bool)
		y, yb := b.(bool)
		if xb && yb {
			switch op {
			case syntax.BitAnd:
				return x && y, true
			case syntax.BitOr:
				return x || y, true
			case syntax.BitXor:
				return x != y, true
			}
		}
		return foldInt(op, a, b)
	}
	switch x := a.(type) {
	case ConstTuple:
		switch y := b.(type) {
		case ConstTuple:
			if op == syntax.Add && len(x)+len(y) <= maxCollectionSize {
				return append(append(ConstTuple{}, x...), y...), true
			}
		case int64:
			if op == syntax.Mult && y >= 0 && int64(len(x))*y <= maxCollectionSize {
				out := ConstTuple{}
				for i := int64(0); i < y; i++ {
					out = append(out, x...)
				}
				return out, true
			}
		}
		return nil, false
	case string:
		switch y := b.(type) {
		case string:
			if op == syntax.Add && len(x)+len(y) <= maxStrSize {
				return x + y, true
			}
		case int64:
			if op == syntax.Mult && y >= 0 && int64(len(x))*y <= maxStrSize {
				return strings.Repeat(x, int(y)), true
			}
		}
		return nil, false
	case []byte:
		switch y := b.(type) {
		case []byte:
			if op == syntax.Add && len(x)+len(y) <= maxStrSize {
				return append(append([]byte{}, x...), y...), true
			}
		case int64:
			if op == syntax.Mult && y >= 0 && int64(len(x))*y <= maxStrSize {
				return []byte(strings.Repeat(string(x), int(y))), true
			}
		}
		return nil, false
	}
	_, ac := a.(complex128)
	_, bc := b.(complex128)
	if ac || bc {
		x, ok1 := asComplex(a)
		y, ok2 := asComplex(b)
		if !ok1 || !ok2 {
			return nil, false
		}
		switch op {
		case syntax.Add:
			return x + y, true
		case syntax.Sub:
			return x - y, true
		}
		return nil, false
	}
	_, af := a.(float64)
	_, bf := b.(float64)
	if af || bf {
		x, ok1 := asFloat(a)
		y, ok2 := asFloat(b)
		if !ok1 || !ok2 {
			return nil, false
		}
		switch op {
		case syntax.Add:
			return x + y, true
		case syntax.Sub:
			return x - y, true
		case syntax.Mult:
			return x * y, true
		case syntax.Div:
			if y != 0 {
				return x / y, true
			}
		}
	}
	return nil, false
}

func foldInt(op syntax.Operator, a, b Const) (Const, bool) {
	x, _ := asBig(a)
	y, _ := asBig(b)
	r := new(big.Int)
	switch op {
	case syntax.Add:
		r.Add(x, y)
	case syntax.Sub:
		r.Sub(x, y)
	case syntax.Mult:
		if x.BitLen()+y.BitLen() > maxIntBits {
			return nil, false
		}
		r.Mul(x, y)
	case syntax.FloorDiv, syntax.Mod:
		if y.Sign() == 0 {
			return nil, false
		}
		q, m := new(big.Int).DivMod(x, y, new(big.Int))
		// big.DivMod is Euclidean; Python floors toward -inf.
		if m.Sign() != 0 && y.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
			m.Add(m, y)
		}
		if op == syntax.FloorDiv {
			r = q
		} else {
			r = m
		}
	case syntax.Pow:
		if y.Sign() < 0 || !y.IsInt64() {
			return nil, false
		}
		if x.BitLen() > 0 && int64(x.BitLen())*y.Int64() > maxIntBits {
			return nil, false
		}
		r.Exp(x, y, nil)
	case syntax.LShift:
		if y.Sign() < 0 || !y.IsInt64() || int64(x.BitLen())+y.Int64() > maxIntBits {
			return nil, false
		}
		r.Lsh(x, uint(y.Int64()))
	case syntax.RShift:
		if y.Sign() < 0 || !y.IsInt64() {
			return nil, false
		}
		r.Rsh(x, uint(min(y.Int64(), 1<<20)))
	case syntax.BitAnd:
		r.And(x, y)
	case syntax.BitOr:
		r.Or(x, y)
	case syntax.BitXor:
		r.Xor(x, y)
	case syntax.Div:
		if y.Sign() == 0 || !x.IsInt64() || !y.IsInt64() {
			return nil, false
		}
		xi, yi := x.Int64(), y.Int64()
		if xi <= -(1<<53) || xi >= 1<<53 || yi <= -(1<<53) || yi >= 1<<53 {
			return nil, false
		}
		return float64(xi) / float64(yi), true
	default:
		return nil, false
	}
	if r.BitLen() > maxIntBits {
		return nil, false
	}
	return normInt(r), true
}
