def h():
    return   f(1)  
def f(x):
    return x / 0
h()
