//go:build js && wasm

package main

import "aioplay/wasm/runner"

func main() { runner.Serve() }
