def gen():
    yield 1
    raise KeyError("g")
for x in gen():
    pass
