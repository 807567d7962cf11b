package py

import "sync"

// Method is the Go signature of every built-in method: self is the receiver
// (possibly an *Instance of a subclass: unwrap it with AsList etc.), the
// arguments are in vectorcall shape (see the package comment).
type Method func(in *Interp, self Object, args []Object, kwnames []string) (Object, error)

// Func is the Go signature of a built-in function (no receiver).
type Func func(in *Interp, args []Object, kwnames []string) (Object, error)

// BuiltinFunction is a built-in function or a built-in method bound to Self.
type BuiltinFunction struct {
	Name     string
	Qualname string // "list.append" for methods
	Module   string
	Doc      string
	Fn       Func
	Meth     Method // set instead of Fn for methods
	Self     Object // bound receiver (nil for unbound functions)
}

func (*BuiltinFunction) Type() *Type { return BuiltinFunctionType }

// MethodDescriptor is a built-in method stored in a built-in type's dict
// (e.g. list.append); looking it up on an instance binds it.
type MethodDescriptor struct {
	Name  string
	Owner *Type
	Meth  Method
	Doc   string
}

func (*MethodDescriptor) Type() *Type { return MethodDescriptorType }

// ClassMethodDescriptor is a built-in classmethod (dict.fromkeys,
// int.from_bytes ...): the receiver passed to Meth is the class.
type ClassMethodDescriptor struct {
	Name  string
	Owner *Type
	Meth  Method
}

func (*ClassMethodDescriptor) Type() *Type { return ClassMethodDescriptorType }

// GetSetDescriptor is a built-in data attribute (e.g. Exception.args,
// function.__name__).
type GetSetDescriptor struct {
	Name  string
	Owner *Type
	Get   func(in *Interp, self Object) (Object, error)
	Set   func(in *Interp, self Object, v Object) error // nil: read-only; v == nil means delete

	member bool // a __slots__ member: repr <member 'x' of 'C' objects>
}

func (*GetSetDescriptor) Type() *Type { return GetSetDescriptorType }

// typeSetups are run once, in registration order, before the first Interp
// is created. Each file that defines a built-in type registers one with
// OnSetup from an init function to fill in that type's methods; MROs are
// computed after all of them ran.
var (
	typeSetups []func()
	setupOnce  sync.Once
)

// OnSetup registers f to fill in built-in types. Call it only from init.
func OnSetup(f func()) { typeSetups = append(typeSetups, f) }

// setupBuiltinTypes runs the registered setups once per process.
func setupBuiltinTypes() {
	setupOnce.Do(func() {
		for _, f := range typeSetups {
			f()
		}
		finishBuiltinTypes()
	})
}

// NewBuiltinType declares a built-in type. Its Dict is filled by the setup
// functions (AddMethod ...); MRO is computed by finishBuiltinTypes.
func NewBuiltinType(name string, base *Type) *Type {
	t := &Type{Name: name, Qualname: name, Module: "builtins", Builtin: true}
	if base != nil {
		t.Bases = []*Type{base}
	}
	t.Dict = NewDict()
	t.Solid = t
	builtinTypes = append(builtinTypes, t)
	return t
}

var builtinTypes []*Type

// AddMethod adds a built-in method to a built-in type.
func (t *Type) AddMethod(name string, m Method) {
	t.Dict.SetStr(Intern(name), &MethodDescriptor{Name: name, Owner: t, Meth: m})
}

// AddClassMethod adds a built-in classmethod.
func (t *Type) AddClassMethod(name string, m Method) {
	t.Dict.SetStr(Intern(name), &ClassMethodDescriptor{Name: name, Owner: t, Meth: m})
}

// AddStaticMethod adds a built-in staticmethod (e.g. str.maketrans).
func (t *Type) AddStaticMethod(name string, f Func) {
	t.Dict.SetStr(Intern(name), &StaticMethod{Func: &BuiltinFunction{Name: name, Qualname: t.Name + "." + name, Fn: f}})
}

// AddGetSet adds a built-in data attribute.
func (t *Type) AddGetSet(name string, get func(in *Interp, self Object) (Object, error), set func(in *Interp, self Object, v Object) error) {
	t.Dict.SetStr(Intern(name), &GetSetDescriptor{Name: name, Owner: t, Get: get, Set: set})
}

// AddAttr stores a plain class attribute.
func (t *Type) AddAttr(name string, v Object) { t.Dict.SetStr(Intern(name), v) }
