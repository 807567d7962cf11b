// Package compile turns a syntax tree into bytecode: Python 3.11 source
// semantics compiled to a CPython 3.10-style instruction set (opcodes.go)
// that the VM in package py executes.
//
// The phases are:
//
//   - symtable.go: scope analysis, like CPython's symtable. Every module,
//     class, function, lambda and comprehension gets a scope; every name in
//     a scope is resolved to local, cell, free, or global (explicit or
//     implicit). Generators and coroutines are detected here, and the
//     SyntaxErrors that CPython raises during scope analysis are raised here
//     with CPython's exact texts.
//   - compiler.go and compile_*.go: a single pass over the tree emitting
//     instructions into a growing []Instr, each with the source Position
//     CPython 3.11 would attribute it to (tracebacks draw ^^^ markers from
//     them). Jumps are patched to absolute instruction indexes. The
//     compile-time SyntaxErrors of CPython's compiler ('break' outside loop,
//     'await' outside async function, pattern errors ...) are raised here.
//   - stackdepth.go: the maximum value stack depth of each code object,
//     computed over the control-flow graph with StackEffect, so the VM
//     allocates a frame's stack once.
//   - disasm.go: a stable text form of a code object used by golden tests.
//
// Code objects (code.go) hold their constants as plain Go values; the VM
// converts them to Python objects once per code object.
//
// Entry points: Compile (a parsed module, mode Exec/Eval/Single),
// CompileSource (parse + compile a file), CompileWarnings and
// CompileSourceWarnings (the same, also returning CPython's compile-time
// SyntaxWarnings), Disassemble, StackEffect and the Opcode predicates.
//
// Tests: the whole corpus compiles (or fails with CPython's message);
// SyntaxError texts and positions, scopes, folded constants and
// instruction positions are compared with values recorded from CPython
// 3.11; golden disassemblies live in testdata/*.txtar (go test -args
// -update rewrites them).
//
// This package may import only the Go standard library and
// aioplay/runtime/syntax. Errors are *syntax.Error values (Kind
// SyntaxError), like the parser's.
package compile
