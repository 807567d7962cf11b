// Package py is aioplay's object model and virtual machine: the Python values
// (int, float, str, bytes, tuple, list, dict, set, functions, classes,
// instances, exceptions, generators and coroutines), the protocols that
// combine them (attribute lookup, calls, operators, comparison, hashing,
// iteration), the built-in functions, and the bytecode interpreter that runs
// the code objects produced by package compile.
//
// It may import: the Go standard library (no reflect, regexp, encoding/json
// or text/template: the package is compiled to WebAssembly and size decides
// cold start), aioplay/runtime/syntax and aioplay/runtime/compile.
// It must not import aioplay/runtime/asyncio, stdlib or interp, and never
// touches I/O, clocks or goroutines directly: the host hands it an Options
// value (output sinks, clock, limits).
//
// # Conventions (every file of the package follows them)
//
//   - Every value implements Object. Built-in values have their own Go type
//     (Int, *BigInt, Float, Bool, *Str, *Bytes, *Tuple, *List, *Dict, *Set,
//     ...). An instance of a user class is an *Instance; when the class
//     derives from a built-in value type (int, str, float, tuple, list, dict,
//     set, bytes), the *Instance holds the built-in part in Instance.Base.
//     Code that accepts "a list or a subclass of list" therefore never
//     type-asserts directly: it calls AsList / AsDict / AsStr / AsTuple /
//     AsInt ... (object.go), which look through Instance.Base.
//     Exceptions are the one exception: every exception instance, of a
//     built-in or a user class, is an *Exception that carries its own type
//     and attribute dict.
//   - Python exceptions travel as Go errors of type *Exception. A function
//     that can raise returns (Object, error); a non-*Exception error is an
//     internal bug and is reported as such. Build exceptions with
//     NewException / Errorf (errors.go), e.g.
//     Errorf(TypeError, "'%s' object is not iterable", TypeName(o)).
//   - Calls use the "vectorcall" shape: positional arguments followed by
//     keyword values in one slice, and the keyword names separately:
//     Call(in, fn, args, kwnames). len(kwnames) trailing entries of args are
//     the keyword values.
//   - Attribute names, global names and dict keys that are identifiers are
//     interned *Str values (Intern), whose hash is computed once.
//   - Iteration: Next returns (nil, nil) when the iterator is exhausted; a
//     StopIteration exception is raised only at the Python level.
//   - Python-to-Python calls never recurse on the Go stack: the VM pushes a
//     heap Frame and continues its loop. Go code calling back into Python (a
//     sort key, __repr__, __eq__, generator.send) does recurse, and the depth
//     counter (Interp.depth) bounds both with RecursionError.
package py
