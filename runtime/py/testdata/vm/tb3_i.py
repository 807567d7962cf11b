x = 5
def f():
    print(y_val)
y_vol = 1
f()
