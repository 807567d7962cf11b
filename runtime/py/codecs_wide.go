package py

import "encoding/binary"

// codecs_wide.go: the UTF-16 and UTF-32 codecs (plain names write a BOM and
// read one; -le/-be variants do not) and utf-8-sig. Only the "strict",
// "ignore" and "replace" error handlers are supported for them.

// wideCodec describes utf-16/utf-32 in one byte order.
type wideCodec struct {
	name  string // as shown in errors: "utf-16-le"
	width int    // 2 or 4
	big   bool
	bom   bool // write/read a byte order mark (the plain names)
}

func lookupWideCodec(name string) (wideCodec, bool) {
	switch normalizeCodecName(name) {
	case "utf-16", "utf16":
		return wideCodec{"utf-16", 2, false, true}, true
	case "utf-16-le", "utf-16le":
		return wideCodec{"utf-16-le", 2, false, false}, true
	case "utf-16-be", "utf-16be":
		return wideCodec{"utf-16-be", 2, true, false}, true
	case "utf-32", "utf32":
		return wideCodec{"utf-32", 4, false, true}, true
	case "utf-32-le", "utf-32le":
		return wideCodec{"utf-32-le", 4, false, false}, true
	case "utf-32-be", "utf-32be":
		return wideCodec{"utf-32-be", 4, true, false}, true
	}
	return wideCodec{}, false
}

type byteOrder interface {
	binary.ByteOrder
	binary.AppendByteOrder
}

func (c wideCodec) order() byteOrder {
	if c.big {
		return binary.BigEndian
	}
	return binary.LittleEndian
}

func (c wideCodec) encode(s *Str, errors string) ([]byte, error) {
	rs := decodeRunes(s.S)
	var out []byte
	put := func(v uint32) {
		if c.width == 2 {
			out = c.order().AppendUint16(out, uint16(v))
		} else {
			out = c.order().AppendUint32(out, v)
		}
	}
	if c.bom {
		put(0xFEFF)
	}
	for i, r := range rs {
		if r >= 0xD800 && r <= 0xDFFF {
			switch errors {
			case "ignore":
				continue
			case "replace":
				put('?')
				continue
			case "surrogatepass":
				put(uint32(r))
				continue
			}
			return nil, encodeError(c.name, s, rs, i, i+1, "surrogates not allowed")
		}
		if c.width == 2 && r >= 0x10000 {
			r -= 0x10000
			put(uint32(0xD800 + (r >> 10)))
			put(uint32(0xDC00 + (r & 0x3FF)))
			continue
		}
		put(uint32(r))
	}
	return out, nil
}

func (c wideCodec) decode(data []byte, errors string) (*Str, error) {
	name := c.name
	if c.bom {
		name += "-le"
		if len(data) >= c.width {
			if c.width == 2 && data[0] == 0xFE && data[1] == 0xFF || c.width == 4 && data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF {
				c.big, name = true, c.name+"-be"
				data = data[c.width:]
			} else if c.width == 2 && data[0] == 0xFF && data[1] == 0xFE || c.width == 4 && data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0 {
				data = data[c.width:]
			}
		}
	}
	var out []byte
	bad := func(start, end int, reason string) error {
		switch errors {
		case "ignore":
			return nil
		case "replace":
			out = appendRune(out, 0xFFFD)
			return nil
		}
		return decodeError(name, data, start, end, reason)
	}
	ord := c.order()
	for i := 0; i < len(data); {
		if len(data)-i < c.width {
			if err := bad(i, len(data), "truncated data"); err != nil {
				return nil, err
			}
			break
		}
		if c.width == 4 {
			v := ord.Uint32(data[i:])
			if v > 0x10FFFF || v >= 0xD800 && v <= 0xDFFF {
				if err := bad(i, i+4, "code point not in range(0x110000)"); err != nil {
					return nil, err
				}
			} else {
				out = appendRune(out, rune(v))
			}
			i += 4
			continue
		}
		u := rune(ord.Uint16(data[i:]))
		switch {
		case u < 0xD800 || u > 0xDFFF:
			out = appendRune(out, u)
			i += 2
		case u >= 0xDC00:
			if err := bad(i, i+2, "illegal encoding"); err != nil {
				return nil, err
			}
			i += 2
		case len(data)-i < 4:
			if err := bad(i, len(data), "unexpected end of data"); err != nil {
				return nil, err
			}
			i = len(data)
		default:
			lo := rune(ord.Uint16(data[i+2:]))
			if lo < 0xDC00 || lo > 0xDFFF {
				if err := bad(i, i+2, "illegal UTF-16 surrogate"); err != nil {
					return nil, err
				}
				i += 2
				continue
			}
			out = appendRune(out, 0x10000+(u-0xD800)<<10+(lo-0xDC00))
			i += 4
		}
	}
	return NewStr(string(out)), nil
}
