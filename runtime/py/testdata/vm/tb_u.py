a = None
b = a.x.y
