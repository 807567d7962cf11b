def f():
	x = None
	x.y
f()
