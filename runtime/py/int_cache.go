package py

// int_cache.go: preboxed small ints. Converting an Int to an Object
// allocates unless the value is in 0..255 (the Go runtime's own cache);
// results of arithmetic in this range come from here instead.

const (
	smallIntMin = -512
	smallIntMax = 8191
)

var smallInts = func() *[smallIntMax - smallIntMin + 1]Object {
	var t [smallIntMax - smallIntMin + 1]Object
	for i := range t {
		t[i] = Int(i + smallIntMin)
	}
	return &t
}()

// IntObject boxes v as an Object without allocating for small values.
func IntObject(v int64) Object {
	if v >= smallIntMin && v <= smallIntMax {
		return smallInts[v-smallIntMin]
	}
	return Int(v)
}

// intFast computes x <op> y for two small ints without boxing the
// operands; ok is false when the general path is needed (overflow,
// division by zero, negative shift, pow).
func intFast(op BinOp, x, y int64) (Object, bool) {
	switch op {
	case OpAdd:
		if s := x + y; (x^s)&(y^s) >= 0 {
			return IntObject(s), true
		}
	case OpSub:
		if d := x - y; (x^y)&(x^d) >= 0 {
			return IntObject(d), true
		}
	case OpMul:
		if p, ok := mulInt64(x, y); ok {
			return IntObject(p), true
		}
	case OpFloorDiv:
		if y != 0 && !(y == -1 && x == -1<<63) {
			return IntObject(floorDivInt64(x, y)), true
		}
	case OpMod:
		if y != 0 {
			return IntObject(modInt64(x, y)), true
		}
	case OpAnd:
		return IntObject(x & y), true
	case OpOr:
		return IntObject(x | y), true
	case OpXor:
		return IntObject(x ^ y), true
	case OpRShift:
		if y >= 0 {
			if y > 63 {
				y = 63
			}
			return IntObject(x >> uint(y)), true
		}
	case OpLShift:
		if y >= 0 && y < 63 {
			if r := x << uint(y); r>>uint(y) == x {
				return IntObject(r), true
			}
		}
	case OpTrueDiv:
		const lim = 1 << 53
		if y != 0 && x >= -lim && x <= lim && y >= -lim && y <= lim {
			return Float(float64(x) / float64(y)), true
		}
	}
	return nil, false
}
