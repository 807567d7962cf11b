class Foo:
    name = 1
Foo().nmae
