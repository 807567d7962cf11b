class E(Exception): pass
raise E("x")
