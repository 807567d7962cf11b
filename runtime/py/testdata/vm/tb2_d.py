try:
    raise ValueError(1)
except ValueError:
    raise TypeError(2) from None
