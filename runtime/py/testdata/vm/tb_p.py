def f():
    raise ValueError(1)
def g():
        f()
g()
