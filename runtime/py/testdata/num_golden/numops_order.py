class A:
    def __add__(self, o):
        print("A.add", type(self).__name__, type(o).__name__); return NotImplemented
    def __radd__(self, o):
        print("A.radd", type(self).__name__, type(o).__name__); return "ra"
    def __lt__(self, o):
        print("A.lt", type(self).__name__, type(o).__name__); return NotImplemented
    def __gt__(self, o):
        print("A.gt", type(self).__name__, type(o).__name__); return NotImplemented
    def __eq__(self, o):
        print("A.eq"); return NotImplemented
class B(A): pass
class C(A):
    def __radd__(self, o):
        print("C.radd"); return "rc"
print(A() + B())
print(B() + A())
print(A() + C())
print(A() + A())
try: print(A() < B())
except TypeError as e: print(e)
try: print(A() < A())
except TypeError as e: print(e)
print(A() == A(), A() != B())
x = A(); print(x == x)
class N:
    def __ne__(self, o): return "custom-ne"
print(N() != 1, N() == 1)
class E:
    def __eq__(self, o): return True
print(E() != 5, 5 != E(), 5 == E())
