# Generates bytes_methods.jsonl: bytes/bytearray method calls and results as
# python3.11 computes them. Byte strings are written as latin-1 text.
import json

recvs = [b"", b"a", b"abc", b"Hello World", b"  spaced  out  ", b"a,b,,c", b"l1\nl2\r\nl3\rx", b"\x00\xff\x80", b"MiXeD", b"12", b"Title Case"]
cases = []
def add(m, *args): cases.append((m, list(args)))
for m in ["upper", "lower", "swapcase", "capitalize", "title", "isalpha", "isdigit", "isalnum", "isspace", "isupper", "islower", "istitle", "isascii",
          "split", "rsplit", "splitlines", "strip", "lstrip", "rstrip", "hex", "decode", "expandtabs"]:
    add(m)
add("split", b","); add("split", b",", 1); add("rsplit", b",", 1); add("split", None, 1); add("split", "x"); add("split", b"")
add("find", b"b"); add("find", 98); add("rfind", b"l"); add("index", b"zz"); add("count", b"a"); add("count", b""); add("find", "a"); add("find", 300)
add("startswith", b"a"); add("startswith", (b"x", b"H")); add("endswith", b"ld"); add("startswith", "a")
add("replace", b"a", b"X"); add("replace", b"l", b"", 1); add("partition", b","); add("rpartition", b","); add("partition", b"zz")
add("center", 11, b"*"); add("ljust", 5); add("rjust", 5); add("zfill", 5); add("strip", b"a"); add("removeprefix", b"He"); add("removesuffix", b"c")
add("hex", ":"); add("hex", ":", 2); add("hex", "-", -2); add("decode", "latin-1"); add("decode", "ascii", "replace"); add("splitlines", True)
add("join", [b"x", b"y"]); add("join", [b"x", "y"])

def enc(v):
    if isinstance(v, (bytes, bytearray)): return {"b": v.decode("latin-1")}
    if isinstance(v, tuple): return {"t": [enc(x) for x in v]}
    if isinstance(v, list): return {"l": [enc(x) for x in v]}
    return v

with open("bytes_methods.jsonl", "w") as f:
    for r in recvs:
        for kind in (bytes, bytearray):
            for m, args in cases:
                recv = kind(r)
                try:
                    out = repr(getattr(recv, m)(*args))
                except Exception as e:
                    out = type(e).__name__ + ": " + str(e)
                f.write(json.dumps([kind.__name__, r.decode("latin-1"), m, [enc(a) for a in args], out]) + "\n")
