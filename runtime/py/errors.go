package py

import "fmt"

// Exception is every Python exception instance, of a built-in exception
// class or of a user class derived from one.
type Exception struct {
	Class           *Type
	Args            *Tuple
	Dict            *Dict // user attributes (self.code = ...); nil until set
	Traceback       *Traceback
	Cause           *Exception // __cause__ (raise ... from ...); nil is None
	Context         *Exception // __context__
	SuppressContext bool
	Notes           *List // __notes__, nil if none

	// ExceptionGroup / BaseExceptionGroup.
	Message    Object
	Exceptions []*Exception

	// slots holds the built-in attributes particular classes add
	// (StopIteration.value, SystemExit.code, AttributeError.name/obj,
	// OSError.errno ...); they are not part of __dict__.
	slots map[string]Object
}

// Slot returns the built-in attribute name of e (nil when unset).
func (e *Exception) Slot(name string) Object { return e.slots[name] }

// SetSlot sets a built-in attribute of e.
func (e *Exception) SetSlot(name string, v Object) {
	if e.slots == nil {
		e.slots = make(map[string]Object, 2)
	}
	e.slots[name] = v
}

func (e *Exception) Type() *Type { return e.Class }

// Error makes *Exception a Go error: "TypeError: message".
func (e *Exception) Error() string {
	msg := e.messageString()
	if msg == "" {
		return e.Class.Name
	}
	return e.Class.Name + ": " + msg
}

// messageString is str(e) for the common cases, without calling Python code.
func (e *Exception) messageString() string {
	if e.Args == nil || len(e.Args.Items) == 0 {
		return ""
	}
	if len(e.Args.Items) == 1 {
		if s, ok := e.Args.Items[0].(*Str); ok {
			if e.Class == KeyError {
				return "'" + s.S + "'"
			}
			return s.S
		}
	}
	return "<exception args>"
}

// NewException builds an exception of class t with the given args.
func NewException(t *Type, args ...Object) *Exception {
	return &Exception{Class: t, Args: &Tuple{Items: args}}
}

// Errorf builds an exception of class t whose single argument is the
// formatted message.
func Errorf(t *Type, format string, a ...any) *Exception {
	return NewException(t, NewStr(fmt.Sprintf(format, a...)))
}

// Traceback is one entry of an exception's traceback (tb_next chain).
type Traceback struct {
	Next  *Traceback
	Frame *Frame
	PC    int // instruction index in Frame.Code: gives line and columns
}

func (*Traceback) Type() *Type { return TracebackType }

// The built-in exception hierarchy (CPython 3.11).
var (
	BaseException             = newExceptionType("BaseException", nil)
	BaseExceptionGroup        = newExceptionType("BaseExceptionGroup", BaseException)
	GeneratorExit             = newExceptionType("GeneratorExit", BaseException)
	KeyboardInterrupt         = newExceptionType("KeyboardInterrupt", BaseException)
	SystemExit                = newExceptionType("SystemExit", BaseException)
	ExceptionType             = newExceptionType("Exception", BaseException)
	ArithmeticError           = newExceptionType("ArithmeticError", ExceptionType)
	FloatingPointError        = newExceptionType("FloatingPointError", ArithmeticError)
	OverflowError             = newExceptionType("OverflowError", ArithmeticError)
	ZeroDivisionError         = newExceptionType("ZeroDivisionError", ArithmeticError)
	AssertionError            = newExceptionType("AssertionError", ExceptionType)
	AttributeError            = newExceptionType("AttributeError", ExceptionType)
	BufferError               = newExceptionType("BufferError", ExceptionType)
	EOFError                  = newExceptionType("EOFError", ExceptionType)
	ExceptionGroup            = newExceptionType("ExceptionGroup", BaseExceptionGroup, ExceptionType)
	ImportError               = newExceptionType("ImportError", ExceptionType)
	ModuleNotFoundError       = newExceptionType("ModuleNotFoundError", ImportError)
	LookupError               = newExceptionType("LookupError", ExceptionType)
	IndexError                = newExceptionType("IndexError", LookupError)
	KeyError                  = newExceptionType("KeyError", LookupError)
	MemoryError               = newExceptionType("MemoryError", ExceptionType)
	NameError                 = newExceptionType("NameError", ExceptionType)
	UnboundLocalError         = newExceptionType("UnboundLocalError", NameError)
	OSError                   = newExceptionType("OSError", ExceptionType)
	BlockingIOError           = newExceptionType("BlockingIOError", OSError)
	ChildProcessError         = newExceptionType("ChildProcessError", OSError)
	ConnectionError           = newExceptionType("ConnectionError", OSError)
	BrokenPipeError           = newExceptionType("BrokenPipeError", ConnectionError)
	ConnectionAbortedError    = newExceptionType("ConnectionAbortedError", ConnectionError)
	ConnectionRefusedError    = newExceptionType("ConnectionRefusedError", ConnectionError)
	ConnectionResetError      = newExceptionType("ConnectionResetError", ConnectionError)
	FileExistsError           = newExceptionType("FileExistsError", OSError)
	FileNotFoundError         = newExceptionType("FileNotFoundError", OSError)
	InterruptedError          = newExceptionType("InterruptedError", OSError)
	IsADirectoryError         = newExceptionType("IsADirectoryError", OSError)
	NotADirectoryError        = newExceptionType("NotADirectoryError", OSError)
	PermissionError           = newExceptionType("PermissionError", OSError)
	ProcessLookupError        = newExceptionType("ProcessLookupError", OSError)
	TimeoutError              = newExceptionType("TimeoutError", OSError)
	ReferenceError            = newExceptionType("ReferenceError", ExceptionType)
	RuntimeError              = newExceptionType("RuntimeError", ExceptionType)
	NotImplementedError       = newExceptionType("NotImplementedError", RuntimeError)
	RecursionError            = newExceptionType("RecursionError", RuntimeError)
	StopAsyncIteration        = newExceptionType("StopAsyncIteration", ExceptionType)
	StopIteration             = newExceptionType("StopIteration", ExceptionType)
	SyntaxError               = newExceptionType("SyntaxError", ExceptionType)
	IndentationError          = newExceptionType("IndentationError", SyntaxError)
	TabError                  = newExceptionType("TabError", IndentationError)
	SystemError               = newExceptionType("SystemError", ExceptionType)
	TypeError                 = newExceptionType("TypeError", ExceptionType)
	ValueError                = newExceptionType("ValueError", ExceptionType)
	UnicodeError              = newExceptionType("UnicodeError", ValueError)
	UnicodeDecodeError        = newExceptionType("UnicodeDecodeError", UnicodeError)
	UnicodeEncodeError        = newExceptionType("UnicodeEncodeError", UnicodeError)
	UnicodeTranslateError     = newExceptionType("UnicodeTranslateError", UnicodeError)
	Warning                   = newExceptionType("Warning", ExceptionType)
	BytesWarning              = newExceptionType("BytesWarning", Warning)
	DeprecationWarning        = newExceptionType("DeprecationWarning", Warning)
	EncodingWarning           = newExceptionType("EncodingWarning", Warning)
	FutureWarning             = newExceptionType("FutureWarning", Warning)
	ImportWarning             = newExceptionType("ImportWarning", Warning)
	PendingDeprecationWarning = newExceptionType("PendingDeprecationWarning", Warning)
	ResourceWarning           = newExceptionType("ResourceWarning", Warning)
	RuntimeWarning            = newExceptionType("RuntimeWarning", Warning)
	SyntaxWarning             = newExceptionType("SyntaxWarning", Warning)
	UnicodeWarning            = newExceptionType("UnicodeWarning", Warning)
	UserWarning               = newExceptionType("UserWarning", Warning)
)

// ExceptionTypes lists the built-in exception classes, for the builtins
// module.
var ExceptionTypes []*Type

func newExceptionType(name string, bases ...*Type) *Type {
	t := NewBuiltinType(name, nil)
	for _, b := range bases {
		if b != nil {
			t.Bases = append(t.Bases, b)
		}
	}
	t.IsException = true
	t.HasDict = true
	ExceptionTypes = append(ExceptionTypes, t)
	return t
}
