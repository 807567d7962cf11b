def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def ag():
    yield 1
    yield 2
async def main():
    for f in (lambda: aiter(1), lambda: anext(1)):
        try:
            f()
        except TypeError as e:
            print(e)
    class A:
        def __aiter__(self): return 5
    try:
        aiter(A())
    except TypeError as e:
        print(e)
    g = ag()
    print(aiter(g) is g, await anext(g), await anext(g, 'dflt'), await anext(g, 'dflt'))
    try:
        await anext(g)
    except StopAsyncIteration:
        print('SAI')
    print(type(anext(g, 1)).__name__, type(anext(g)).__name__)
    print([x async for x in ag()])
run(main())
