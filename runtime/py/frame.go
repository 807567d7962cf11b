package py

// Frame is a heap frame of the VM: one activation of a code object. Frames
// of generators and coroutines outlive the call that created them: they
// are suspended at a yield and resumed by Generator.Send.
type Frame struct {
	Code     *CodeObject
	Globals  *Dict
	Builtins *Dict
	Locals   Object // the namespace of module and class bodies; nil for functions
	locals   *Dict  // Locals when it is an exact dict (fast path)

	fast   []Object // LOAD_FAST slots (parameters first)
	cells  []*Cell  // cellvars then freevars
	stack  []Object // the value stack, StackSize slots
	sp     int
	blocks []block

	pc       int // next instruction when suspended or calling
	back     *Frame
	gen      *Generator
	fn       *Function
	escaped  bool   // referenced from Python (traceback, sys._getframe): never recycled
	initSelf Object // an inlined C(...) call: the instance __init__ initialises
}

func (*Frame) Type() *Type { return FrameType }

// block is an entry of the block stack.
type block struct {
	kind    uint8
	handler int32
	level   int32
}

const (
	blockFinally       = 1 // SETUP_FINALLY / SETUP_WITH / SETUP_ASYNC_WITH
	blockExceptHandler = 2 // inside an except/finally handler
)

// newFrame makes a frame for co. locals is the namespace of module and
// class bodies (nil for function frames).
func newFrame(co *CodeObject, globals, builtins *Dict, locals Object) *Frame {
	if n := len(co.free); n > 0 && locals == nil {
		f := co.free[n-1]
		co.free = co.free[:n-1]
		f.Globals, f.Builtins = globals, builtins
		return f
	}
	nl := co.nlocals
	buf := make([]Object, nl+int(co.Code.StackSize)+1)
	f := &Frame{Code: co, Globals: globals, Builtins: builtins, Locals: locals}
	f.fast = buf[:nl:nl]
	f.stack = buf[nl:]
	if n := co.ncells + co.nfree; n > 0 {
		f.cells = make([]*Cell, n)
	}
	if d, ok := locals.(*Dict); ok {
		f.locals = d
	}
	return f
}

// Line is the current line of the frame (f_lineno).
func (f *Frame) Line() int {
	pc := f.pc - 1
	if pc < 0 {
		pc = 0
	}
	return f.Code.lineAt(pc)
}

// Back is the calling frame (f_back), nil at the bottom.
func (f *Frame) Back() *Frame { return f.back }

// Function is the function whose call created this frame (nil for module
// and class bodies).
func (f *Frame) Function() *Function { return f.fn }

// Generator is the generator/coroutine owning this frame, or nil.
func (f *Frame) Generator() *Generator { return f.gen }

func setupFrameType() {
	FrameType.AddGetSet("f_lineno", func(in *Interp, self Object) (Object, error) { return Int(self.(*Frame).Line()), nil }, nil)
	FrameType.AddGetSet("f_code", func(in *Interp, self Object) (Object, error) { return self.(*Frame).Code, nil }, nil)
	FrameType.AddGetSet("f_globals", func(in *Interp, self Object) (Object, error) { return self.(*Frame).Globals, nil }, nil)
	FrameType.AddGetSet("f_builtins", func(in *Interp, self Object) (Object, error) { return self.(*Frame).Builtins, nil }, nil)
	FrameType.AddGetSet("f_back", func(in *Interp, self Object) (Object, error) {
		if b := self.(*Frame).back; b != nil {
			return b, nil
		}
		return None, nil
	}, nil)
	FrameType.AddGetSet("f_locals", func(in *Interp, self Object) (Object, error) { return frameLocals(self.(*Frame)), nil }, nil)
	FrameType.AddGetSet("f_lasti", func(in *Interp, self Object) (Object, error) { return Int(2 * (self.(*Frame).pc - 1)), nil }, nil)
	FrameType.AddMethod("__repr__", func(in *Interp, self Object, args []Object, kw []string) (Object, error) {
		f := self.(*Frame)
		return NewStr("<frame at " + in.Addr(f) + ", file '" + f.Code.Code.Filename + "', line " + itoa(f.Line()) + ", code " + f.Code.Code.Name + ">"), nil
	})
}

// frameLocals is locals() for a frame: the namespace for module and class
// bodies, a fresh dict of bound fast locals and cells for functions.
func frameLocals(f *Frame) Object {
	if f.Locals != nil {
		return f.Locals
	}
	d := NewDict()
	c := f.Code.Code
	for i, v := range f.fast {
		if v != nil {
			d.SetStr(f.Code.Varnames[i], v)
		}
	}
	for i, cell := range f.cells {
		if cell != nil && cell.V != nil {
			name := f.Code.cellName(i)
			if i >= f.Code.ncells || !contains(c.Varnames, name) {
				d.SetStr(Intern(name), cell.V)
			} else {
				d.SetStr(Intern(name), cell.V)
			}
		}
	}
	return d
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// releaseFrame recycles a finished function frame for the next call of
// the same code (no allocation per call in the common case).
func releaseFrame(f *Frame) {
	co := f.Code
	if f.escaped || f.gen != nil || f.Locals != nil || len(co.free) >= 8 {
		return
	}
	clear(f.fast)
	clear(f.stack)
	for i := range f.cells {
		f.cells[i] = nil
	}
	f.sp, f.pc = 0, 0
	f.blocks = f.blocks[:0]
	f.back, f.fn, f.initSelf = nil, nil, nil
	co.free = append(co.free, f)
}
