"""json.encoder: JSONEncoder and the string escapers (aioplay)."""
from json import (JSONEncoder, encode_basestring, encode_basestring_ascii,  # noqa: F401
                  py_encode_basestring, py_encode_basestring_ascii, INFINITY)

__all__ = ['JSONEncoder']
