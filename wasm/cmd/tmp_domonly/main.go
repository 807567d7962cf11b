//go:build js && wasm

package main

import (
	"compress/flate"
	"strconv"
	"strings"

	"honnef.co/go/js/dom/v2"
)

func main() {
	d := dom.GetWindow().Document()
	p := d.CreateElement("p")
	var sb strings.Builder
	w, _ := flate.NewWriter(&sb2{&sb}, 9)
	w.Close()
	p.SetTextContent(strconv.Itoa(sb.Len()) + strings.ToUpper("x"))
	d.QuerySelector("body").AppendChild(p)
	select {}
}

type sb2 struct{ b *strings.Builder }

func (s *sb2) Write(p []byte) (int, error) { return s.b.Write(p) }
