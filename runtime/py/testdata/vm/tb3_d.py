vals = (x / 0 for x in (1, 2))
print(sum(vals))
