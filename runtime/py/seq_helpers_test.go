package py

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

// Helpers for testing the containers without a running interpreter: the
// type setups run directly (each protected, since other parts of the
// package may still be stubs), methods are called through the type dicts.

var (
	seqSetupOnce sync.Once
	seqTestIn    *Interp
)

func setupSeqTypes() {
	seqSetupOnce.Do(func() {
		seqTestIn = NewInterp(Options{})
	})
}

// testIn is the interpreter the container tests run in.
func testIn() *Interp {
	setupSeqTypes()
	return seqTestIn
}

// callMeth calls the built-in method name of typ on self.
func callMeth(t *testing.T, typ *Type, name string, self Object, args ...Object) (Object, error) {
	t.Helper()
	setupSeqTypes()
	m, ok := typ.Dict.GetStr(Intern(name))
	require.True(t, ok, "%s.%s exists", typ.Name, name)
	switch d := m.(type) {
	case *MethodDescriptor:
		return d.Meth(testIn(), self, args, nil)
	case *ClassMethodDescriptor:
		return d.Meth(testIn(), typ, args, nil)
	case *StaticMethod:
		return d.Func.(*BuiltinFunction).Fn(testIn(), args, nil)
	}
	t.Fatalf("%s.%s is a %T", typ.Name, name, m)
	return nil, nil
}

// result renders a call's outcome like the python3.11 testdata: the repr
// of the value or "ExcType: message".
func result(t *testing.T, v Object, err error) string {
	t.Helper()
	if err != nil {
		e, ok := err.(*Exception)
		require.True(t, ok, "error is an *Exception: %v", err)
		return e.Error()
	}
	r, err := Repr(testIn(), v)
	require.NoError(t, err)
	return r.S
}

func strs(ss ...string) []Object {
	out := make([]Object, len(ss))
	for i, s := range ss {
		out[i] = NewStr(s)
	}
	return out
}
