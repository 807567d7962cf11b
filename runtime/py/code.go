package py

import (
	"math/big"

	"aioplay/runtime/compile"
)

// CodeObject is a Python code object: a compiled *compile.Code plus what
// the VM derives from it once (constants as Python objects, names as
// interned strings, per-instruction inline caches). compile.Code is
// immutable and shared; a CodeObject belongs to one Interp.
type CodeObject struct {
	Code     *compile.Code
	Consts   []Object
	Names    []*Str
	Varnames []*Str
	kwnames  [][]string // per constant: the names of a kwnames tuple constant
	ncells   int        // len(Cellvars)
	nfree    int        // len(Freevars)
	nlocals  int
	argKinds uint8 // flags copied from Code.Flags

	name     *Str
	qualname *Str
	caches   []attrCache // inline caches, one per instruction (allocated on first use)
	isGen    bool        // generator, coroutine or async generator
	free     []*Frame    // recycled frames (see releaseFrame)
}

func (*CodeObject) Type() *Type { return CodeType }

// attrCache remembers how LOAD_ATTR / LOAD_METHOD resolved on a type.
type attrCache struct {
	t       *Type
	version uint64
	descr   Object // LookupType result (may be nil)
	kind    uint8  // cacheNone, cacheMethod, cacheInstance
}

const (
	cacheNone     = iota
	cacheMethod   // descr is a function / method descriptor not shadowed by a data descriptor
	cacheInstance // no data descriptor: look in the instance dict first
)

// NewCodeObject converts a compiled code object (recursively for nested
// code constants).
func NewCodeObject(c *compile.Code) *CodeObject {
	co := &CodeObject{Code: c}
	co.Consts = make([]Object, len(c.Consts))
	co.kwnames = make([][]string, len(c.Consts))
	for i, k := range c.Consts {
		co.Consts[i] = constObject(k)
		if t, ok := k.(compile.ConstTuple); ok {
			names := make([]string, len(t))
			allStr := true
			for j, x := range t {
				s, ok := x.(string)
				allStr = allStr && ok
				names[j] = s
			}
			if allStr {
				co.kwnames[i] = names
			}
		}
	}
	co.Names = make([]*Str, len(c.Names))
	for i, n := range c.Names {
		co.Names[i] = Intern(n)
	}
	co.Varnames = make([]*Str, len(c.Varnames))
	for i, n := range c.Varnames {
		co.Varnames[i] = Intern(n)
	}
	co.ncells = len(c.Cellvars)
	co.nfree = len(c.Freevars)
	co.nlocals = len(c.Varnames)
	co.name = Intern(c.Name)
	co.qualname = NewStr(c.Qualname)
	co.isGen = c.Flags&(compile.CO_GENERATOR|compile.CO_COROUTINE|compile.CO_ASYNC_GENERATOR) != 0
	return co
}

func constObject(k compile.Const) Object {
	switch v := k.(type) {
	case nil:
		return None
	case bool:
		return Bool(v)
	case int64:
		return Int(v)
	case *big.Int:
		return NewBigInt(v)
	case float64:
		return Float(v)
	case complex128:
		return Complex(v)
	case string:
		if isIdentifierLike(v) {
			return Intern(v)
		}
		return NewStr(v)
	case []byte:
		return &Bytes{B: v}
	case compile.Ellipsis:
		return Ellipsis
	case *compile.Code:
		return NewCodeObject(v)
	case compile.ConstTuple:
		items := make([]Object, len(v))
		for i, x := range v {
			items[i] = constObject(x)
		}
		return NewTuple(items...)
	case compile.ConstFrozenSet:
		s := NewFrozenSet()
		for _, x := range v {
			_ = s.Add(nil, constObject(x))
		}
		return s
	}
	panic("py: unknown constant type")
}

func isIdentifierLike(s string) bool {
	if len(s) == 0 || len(s) > 40 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// cellName returns the name of cell i (cellvars then freevars).
func (co *CodeObject) cellName(i int) string {
	if i < co.ncells {
		return co.Code.Cellvars[i]
	}
	return co.Code.Freevars[i-co.ncells]
}

// lineAt is the line number of instruction pc (the closest earlier
// instruction with a position when pc has none).
func (co *CodeObject) lineAt(pc int) int {
	pos := co.Code.Positions
	if pc >= len(pos) {
		pc = len(pos) - 1
	}
	for i := pc; i >= 0; i-- {
		if pos[i].Line > 0 {
			return int(pos[i].Line)
		}
	}
	return int(co.Code.FirstLine)
}

func (co *CodeObject) positionAt(pc int) compile.Position {
	if pc >= 0 && pc < len(co.Code.Positions) {
		return co.Code.Positions[pc]
	}
	return compile.Position{}
}

func setupCodeType() {
	CodeType.AddGetSet("co_name", func(in *Interp, self Object) (Object, error) { return self.(*CodeObject).name, nil }, nil)
	CodeType.AddGetSet("co_qualname", func(in *Interp, self Object) (Object, error) { return self.(*CodeObject).qualname, nil }, nil)
	CodeType.AddGetSet("co_filename", func(in *Interp, self Object) (Object, error) {
		return NewStr(self.(*CodeObject).Code.Filename), nil
	}, nil)
	CodeType.AddGetSet("co_firstlineno", func(in *Interp, self Object) (Object, error) {
		return Int(self.(*CodeObject).Code.FirstLine), nil
	}, nil)
	CodeType.AddGetSet("co_argcount", func(in *Interp, self Object) (Object, error) {
		return Int(self.(*CodeObject).Code.ArgCount), nil
	}, nil)
	CodeType.AddGetSet("co_kwonlyargcount", func(in *Interp, self Object) (Object, error) {
		return Int(self.(*CodeObject).Code.KwOnlyArgCount), nil
	}, nil)
	CodeType.AddGetSet("co_posonlyargcount", func(in *Interp, self Object) (Object, error) {
		return Int(self.(*CodeObject).Code.PosOnlyArgCount), nil
	}, nil)
	CodeType.AddGetSet("co_flags", func(in *Interp, self Object) (Object, error) {
		return Int(self.(*CodeObject).Code.Flags), nil
	}, nil)
	CodeType.AddGetSet("co_varnames", func(in *Interp, self Object) (Object, error) {
		return strTuple(self.(*CodeObject).Code.Varnames), nil
	}, nil)
	CodeType.AddGetSet("co_names", func(in *Interp, self Object) (Object, error) {
		return strTuple(self.(*CodeObject).Code.Names), nil
	}, nil)
	CodeType.AddGetSet("co_freevars", func(in *Interp, self Object) (Object, error) {
		return strTuple(self.(*CodeObject).Code.Freevars), nil
	}, nil)
	CodeType.AddGetSet("co_cellvars", func(in *Interp, self Object) (Object, error) {
		return strTuple(self.(*CodeObject).Code.Cellvars), nil
	}, nil)
	CodeType.AddGetSet("co_nlocals", func(in *Interp, self Object) (Object, error) {
		return Int(len(self.(*CodeObject).Code.Varnames)), nil
	}, nil)
	CodeType.AddMethod("__repr__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		co := self.(*CodeObject)
		return NewStr("<code object " + co.Code.Name + " at " + in.Addr(co) + ", file \"" + co.Code.Filename + "\", line " + itoa(int(co.Code.FirstLine)) + ">"), nil
	})
}

func strTuple(ss []string) *Tuple {
	items := make([]Object, len(ss))
	for i, s := range ss {
		items[i] = NewStr(s)
	}
	return NewTuple(items...)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-n)
	}
	var b [24]byte
	i := len(b)
	for u > 0 {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
