class Fut:
    def __await__(self):
        yield self
        raise ValueError("fut")
async def a():
    await Fut()
async def b():
    await a()
c = b()
c.send(None)
c.send(None)
