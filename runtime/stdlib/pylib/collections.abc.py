"""collections.abc: the abstract base classes for containers (aioplay)."""
from _collections_abc import *
from _collections_abc import __all__
