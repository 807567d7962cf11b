async def f():
    raise ValueError(1)
try:
    f().send(None)
except ValueError as e:
    raise RuntimeError("wrapped") from e
