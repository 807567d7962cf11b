// Command serve serves the playground (the repository root, or a dist/
// folder) on 127.0.0.1 with the precompressed files the build wrote
// (package aioplay/site/static).
//
//	go run ./site/cmd/serve [-addr 127.0.0.1:8080] [-dir .]
package main

import (
	"flag"
	"log"
	"net/http"
	"os"

	"aioplay/site/static"
)

func main() {
	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	addr := flag.String("addr", "127.0.0.1:"+port, "address to listen on")
	dir := flag.String("dir", ".", "directory to serve (the repository root or dist/)")
	flag.Parse()
	log.Printf("serving %s on http://%s/", *dir, *addr)
	log.Fatal(http.ListenAndServe(*addr, static.Handler(*dir)))
}
