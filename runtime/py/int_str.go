package py

import (
	"strconv"
)

// int_str.go: int to text (str/repr, bin/oct/hex) with CPython 3.11's
// limit on decimal conversions of huge ints.

// IntMaxStrDigits is CPython's default sys.int_info.default_max_str_digits.
const IntMaxStrDigits = 4300

// intStrLimitBits: ints below 10**4300 have at most this many bits; above
// it a conversion may exceed the limit and is checked precisely.
const intStrLimitBits = 14284 // floor(4300 * log2(10)) - 1

// IntDecimalString is str(i) of an Int or *BigInt (ValueError beyond
// 4300 digits, as CPython 3.11).
func IntDecimalString(i Object) (string, error) {
	switch v := i.(type) {
	case Int:
		return strconv.FormatInt(int64(v), 10), nil
	case Bool:
		if v {
			return "1", nil
		}
		return "0", nil
	case *BigInt:
		if v.v.BitLen() > intStrLimitBits {
			s := v.v.String()
			n := len(s)
			if s[0] == '-' {
				n--
			}
			if n > IntMaxStrDigits {
				return "", Errorf(ValueError, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", IntMaxStrDigits)
			}
			return s, nil
		}
		return v.v.String(), nil
	}
	return "", Errorf(TypeError, "an integer is required")
}

// IntToBase is bin()/oct()/hex() of an int: "-0x1f".
func IntToBase(i Object, base int) string {
	prefix := map[int]string{2: "0b", 8: "0o", 16: "0x"}[base]
	neg := IntSign(i) < 0
	var digits string
	if v, ok := i.(Int); ok {
		u := uint64(v)
		if neg {
			u = -u
		}
		digits = strconv.FormatUint(u, base)
	} else {
		b := toBig(i)
		digits = b.Text(base)
		if neg {
			digits = digits[1:]
		}
	}
	if neg {
		return "-" + prefix + digits
	}
	return prefix + digits
}
