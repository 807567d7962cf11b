class A:
    def method(self):
        return self.mehtod()
    def mehtod2(self): pass
A().method()
