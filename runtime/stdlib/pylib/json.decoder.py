"""json.decoder: JSONDecoder, JSONDecodeError and scanstring (aioplay)."""
from json import JSONDecoder, JSONDecodeError, scanstring, py_scanstring  # noqa: F401

__all__ = ['JSONDecoder', 'JSONDecodeError']
