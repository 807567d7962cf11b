# String building: concatenation, join, f-strings, slicing and methods.
def build(n):
    parts = []
    s = ""
    for i in range(n):
        word = f"w{i % 97}-{i}"
        parts.append(word.upper())
        s += word[:3]
        if len(s) > 1000:
            s = s[500:]
    joined = ",".join(parts)
    return len(joined), joined.count("W1"), len(s), joined[-20:]


print(build(300_000))
