def outer():
    def inner():
        raise RuntimeError("deep")
    inner()
class K:
    def meth(self):
        outer()
K().meth()
