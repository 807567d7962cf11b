x = {"a": 1}
def f(d):
    return d["a"]["b"]
f(x)
