def f(n):
    if n == 0:
        raise ValueError("bottom")
    return g(n - 1)
def g(n):
    return f(n)
f(3)
