def t(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__ + ":", e)
class C: pass
class D:
    def __init__(self, *a): object.__init__(self, *a)
class E:
    def __new__(cls, *a): return object.__new__(cls)
t(lambda: object.__init__(object(), 1))
t(lambda: object.__init__(C(), 1))
t(lambda: D(1))
t(lambda: object.__init__(E(), 1))
t(lambda: object(1))
t(lambda: C(1))
t(lambda: object.__new__(C, 1))
t(lambda: object.__new__(E, 1))
t(lambda: print(**{'sep': 1}, sep=2))
t(lambda: print(*1))
