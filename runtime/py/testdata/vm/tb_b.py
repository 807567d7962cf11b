x = 1
d = {}
print(d["k"])
