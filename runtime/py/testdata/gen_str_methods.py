# Generates str_methods.jsonl: str method calls and their results (repr, or
# "ExcType: message") as python3.11 computes them. Run with python3.11.
import json

recvs = ["", "a", "abc", "Hello World", "  spaced  out  ", "a,b,,c", "line1\nline2\r\nline3\rx\x0bq\x1cz\u2028w",
         "straße", "ǆungla", "ΣΑΣ ΟΔΟΣ", "İstanbul", "ﬁne", "ŉ", "x\ty\tzz\t", "12345", "½²٣", "三百", "\u00e9t\u00e9",
         "MiXeD cAsE", "hello_world1", "1abc", "_", "tab\tsep", "a\x00b", "🎉party🎉", "ab" * 5, "TITLE Case", "they're bill's friends",
         "\xa0\u2003x\u3000", "-42", "+7", "a b\tc\nd  e"]
cases = []
def add(m, *args):
    cases.append((m, list(args)))

for m in ["upper", "lower", "casefold", "capitalize", "title", "swapcase", "isalpha", "isdigit", "isdecimal", "isnumeric",
          "isalnum", "isspace", "isupper", "islower", "istitle", "isidentifier", "isprintable", "isascii", "split", "rsplit",
          "splitlines", "strip", "lstrip", "rstrip", "expandtabs"]:
    add(m)
add("split", None, 1); add("rsplit", None, 1); add("split", ","); add("split", ",", 1); add("rsplit", ",", 1); add("split", "ab")
add("split", ""); add("split", 1); add("splitlines", True); add("strip", "a"); add("strip", " ab"); add("rstrip", "z"); add("strip", 1)
add("find", "b"); add("find", "b", 2); add("find", "", 10); add("find", "", 3); add("rfind", "b"); add("index", "z"); add("rindex", "a")
add("find", "l", -3, -1); add("count", "a"); add("count", ""); add("count", "", 2, 1); add("count", "ab", 1); add("find", 1)
add("startswith", "a"); add("startswith", ("x", "H")); add("endswith", "ld"); add("startswith", "b", 1); add("endswith", ("c",), 0, 3)
add("startswith", 1); add("endswith", (1,)); add("startswith", "", 50)
add("center", 11); add("center", 12, "*"); add("ljust", 10, "-"); add("rjust", 10); add("center", 3, "ab"); add("zfill", 6)
add("partition", ","); add("rpartition", ","); add("partition", "zz"); add("partition", "")
add("replace", "a", "X"); add("replace", "a", "X", 1); add("replace", "", "-"); add("replace", "", "-", 2); add("replace", 1, "x")
add("removeprefix", "a"); add("removesuffix", "c"); add("removeprefix", 1)
add("expandtabs", 4); add("expandtabs", 0)
add("join", ["x", "y", "z"]); add("join", []); add("join", ["a", 1])
add("encode"); add("encode", "ascii"); add("encode", "latin-1"); add("encode", "ascii", "replace"); add("encode", "ascii", "backslashreplace")
add("encode", "ascii", "xmlcharrefreplace"); add("encode", "ascii", "ignore"); add("encode", "bogus")
add("upper", 1); add("center"); add("count")

with open("str_methods.jsonl", "w") as f:
    for r in recvs:
        for m, args in cases:
            try:
                res = getattr(r, m)(*args)
                out = repr(res)
            except Exception as e:
                out = type(e).__name__ + ": " + str(e)
            f.write(json.dumps([r, m, args, out], ensure_ascii=False) + "\n")
