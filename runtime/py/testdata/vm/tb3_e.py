import sys
sys.setrecursionlimit(50)
def r(n):
    return r(n + 1) + 1
r(0)
