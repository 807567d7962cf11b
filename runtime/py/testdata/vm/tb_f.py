try:
    1/0
except Exception:
    raise KeyError(1)
