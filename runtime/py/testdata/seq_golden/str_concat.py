# s += t in a loop (amortised in-place appends) must never change a str
# that is still referenced.
s = ""
for i in range(200000):
    s += "ab"
t = s
s += "x"
u = t + "y"
print(len(s), s[-3:], t[-3:], u[-3:], len(t), s == t + "x")
parts = ""
for i in range(1000):
    parts += str(i) + ","
print(len(parts), parts[:20], hash(parts) == hash(parts[:] + ""))
a = "q" * 200
b = a + "1"
c = a + "2"
d = b + "3"
print(b[-2:], c[-2:], d[-3:], b == a + "1")
