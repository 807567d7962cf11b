package asyncio

import "aioplay/runtime/py"

// Context is a contextvars.Context: an immutable mapping from ContextVar to
// value, replaced (copy on write) by ContextVar.set. copy_context() and the
// copy every new Task takes are O(1).
type Context struct {
	vars    *ctxVars
	entered bool
}

// ctxVars is one immutable version of a context's mapping.
type ctxVars struct {
	keys []*ContextVar
	vals []py.Object
}

func newContext() *Context { return &Context{vars: &ctxVars{}} }

// Type makes Context a Python object.
func (c *Context) Type() *py.Type { return ContextType }

func (c *Context) copy() *Context { return &Context{vars: c.vars} }

func (c *Context) get(v *ContextVar) (py.Object, bool) {
	for i, k := range c.vars.keys {
		if k == v {
			return c.vars.vals[i], true
		}
	}
	return nil, false
}

// set stores v = val in a new version of the mapping.
func (c *Context) set(v *ContextVar, val py.Object) {
	old := c.vars
	n := &ctxVars{keys: make([]*ContextVar, 0, len(old.keys)+1), vals: make([]py.Object, 0, len(old.keys)+1)}
	found := false
	for i, k := range old.keys {
		n.keys = append(n.keys, k)
		if k == v {
			n.vals = append(n.vals, val)
			found = true
		} else {
			n.vals = append(n.vals, old.vals[i])
		}
	}
	if !found {
		n.keys = append(n.keys, v)
		n.vals = append(n.vals, val)
	}
	c.vars = n
}

// del removes v from the mapping.
func (c *Context) del(v *ContextVar) {
	old := c.vars
	n := &ctxVars{}
	for i, k := range old.keys {
		if k != v {
			n.keys = append(n.keys, k)
			n.vals = append(n.vals, old.vals[i])
		}
	}
	c.vars = n
}

// runInContext runs fn with ctx as the current context (Context.run).
func (rt *Runtime) runInContext(ctx *Context, fn func() error) error {
	if ctx.entered {
		return py.Errorf(py.RuntimeError, "cannot enter context: %s is already entered", "<_contextvars.Context object>")
	}
	prev := rt.ctx
	ctx.entered = true
	rt.ctx = ctx
	err := fn()
	rt.ctx = prev
	ctx.entered = false
	return err
}

// ContextVar is contextvars.ContextVar.
type ContextVar struct {
	name string
	def  py.Object // nil: no default
}

// Type makes ContextVar a Python object.
func (v *ContextVar) Type() *py.Type { return ContextVarType }

// Token is contextvars.Token: what set() returned, for reset().
type Token struct {
	ctx  *Context
	v    *ContextVar
	old  py.Object // nil: Token.MISSING
	used bool
}

// Type makes Token a Python object.
func (t *Token) Type() *py.Type { return TokenType }
