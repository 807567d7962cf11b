class C:
    x = 1 + None
