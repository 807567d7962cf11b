def f():
    raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [KeyError(2)])])
f()
