// Package sha512mod is the _sha512 module of aioplay (sha512 and sha384
// objects with update/digest/hexdigest/copy), which random.py uses to seed
// from str and bytes exactly as CPython does.
//
// It may import aioplay/runtime/py and the Go standard library only.
package sha512mod

import (
	"crypto/sha512"
	"encoding/hex"
	"hash"

	"aioplay/runtime/py"
)

// HashType is the type of sha512()/sha384() objects.
var HashType = py.NewBuiltinType("sha512", py.ObjectType)

// Hash is a running SHA-512 (or SHA-384) computation.
type Hash struct {
	h    hash.Hash
	name string
	size int
}

func (*Hash) Type() *py.Type { return HashType }

func init() {
	HashType.Module = "_sha512"
	HashType.Final = true
	py.OnSetup(setup)
}

func selfHash(o py.Object) (*Hash, error) {
	if h, ok := o.(*Hash); ok {
		return h, nil
	}
	return nil, py.Errorf(py.TypeError, "descriptor requires a 'sha512' object but received a '%s'", py.TypeName(o))
}

// bytesOf accepts bytes and bytearray; str raises CPython's TypeError.
func bytesOf(o py.Object) ([]byte, error) {
	switch v := o.(type) {
	case *py.Bytes:
		return v.B, nil
	case *py.ByteArray:
		return v.B, nil
	}
	if _, ok := py.AsStr(o); ok {
		return nil, py.Errorf(py.TypeError, "Strings must be encoded before hashing")
	}
	return nil, py.Errorf(py.TypeError, "object supporting the buffer API required")
}

func setup() {
	t := HashType
	t.AddMethod("update", func(in *py.Interp, self py.Object, args []py.Object, kwnames []string) (py.Object, error) {
		h, err := selfHash(self)
		if err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, py.Errorf(py.TypeError, "update() takes exactly one argument (%d given)", len(args))
		}
		b, err := bytesOf(args[0])
		if err != nil {
			return nil, err
		}
		h.h.Write(b)
		return py.None, nil
	})
	t.AddMethod("digest", func(in *py.Interp, self py.Object, args []py.Object, kwnames []string) (py.Object, error) {
		h, err := selfHash(self)
		if err != nil {
			return nil, err
		}
		return &py.Bytes{B: h.h.Sum(nil)}, nil
	})
	t.AddMethod("hexdigest", func(in *py.Interp, self py.Object, args []py.Object, kwnames []string) (py.Object, error) {
		h, err := selfHash(self)
		if err != nil {
			return nil, err
		}
		return py.NewStr(hex.EncodeToString(h.h.Sum(nil))), nil
	})
	t.AddGetSet("name", func(in *py.Interp, self py.Object) (py.Object, error) {
		h, err := selfHash(self)
		if err != nil {
			return nil, err
		}
		return py.NewStr(h.name), nil
	}, nil)
	t.AddGetSet("digest_size", func(in *py.Interp, self py.Object) (py.Object, error) {
		h, err := selfHash(self)
		if err != nil {
			return nil, err
		}
		return py.Int(h.size), nil
	}, nil)
	t.AddGetSet("block_size", func(in *py.Interp, self py.Object) (py.Object, error) { return py.Int(128), nil }, nil)
}

func constructor(name string, newHash func() hash.Hash, size int) py.Func {
	return func(in *py.Interp, args []py.Object, kwnames []string) (py.Object, error) {
		h := &Hash{h: newHash(), name: name, size: size}
		npos := len(args) - len(kwnames)
		var data py.Object
		if npos > 1 {
			return nil, py.Errorf(py.TypeError, "%s() takes at most 1 positional argument (%d given)", name, npos)
		}
		if npos == 1 {
			data = args[0]
		}
		for i, kw := range kwnames {
			switch kw {
			case "string", "data":
				data = args[npos+i]
			case "usedforsecurity":
			default:
				return nil, py.Errorf(py.TypeError, "%s() got an unexpected keyword argument '%s'", name, kw)
			}
		}
		if data != nil {
			b, err := bytesOf(data)
			if err != nil {
				return nil, err
			}
			h.h.Write(b)
		}
		return h, nil
	}
}

// New builds the _sha512 module.
func New(in *py.Interp) (*py.Module, error) {
	m := &py.Module{Name: "_sha512", Dict: py.NewDict()}
	m.Dict.SetStr(py.Intern("__name__"), py.NewStr("_sha512"))
	m.Dict.SetStr(py.Intern("sha512"), &py.BuiltinFunction{Name: "sha512", Qualname: "sha512", Module: "_sha512", Fn: constructor("sha512", sha512.New, 64)})
	m.Dict.SetStr(py.Intern("sha384"), &py.BuiltinFunction{Name: "sha384", Qualname: "sha384", Module: "_sha512", Fn: constructor("sha384", sha512.New384, 48)})
	return m, nil
}
