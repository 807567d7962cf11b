"""Make CPython 3.11 import aioplay's pylib modules instead of its own.

Used by check.py; never run by go test. install() puts a finder first on
sys.meta_path that serves every module in pylib (file NAME.py for the
dotted name NAME, as pylib.go's Source does) and drops the real modules of
those names from sys.modules, so the next import gets the pylib version.
"""
import importlib.abc
import importlib.util
import os
import sys

PYLIB = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def names():
    return sorted(f[:-3] for f in os.listdir(PYLIB) if f.endswith('.py'))


class PylibFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def __init__(self, only=None):
        self.names = set(names()) if only is None else set(only)

    def find_spec(self, fullname, path=None, target=None):
        if fullname not in self.names:
            return None
        filename = os.path.join(PYLIB, fullname + '.py')
        is_pkg = any(n.startswith(fullname + '.') for n in self.names)
        spec = importlib.util.spec_from_loader(fullname, self, origin=filename, is_package=is_pkg)
        spec.has_location = True
        return spec

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        filename = module.__spec__.origin
        module.__file__ = filename
        with open(filename, encoding='utf-8') as f:
            src = f.read()
        code = compile(src, filename, 'exec')
        exec(code, module.__dict__)


def install(only=None):
    finder = PylibFinder(only)
    for name in finder.names:
        sys.modules.pop(name, None)
    sys.meta_path.insert(0, finder)
    return finder


def run_shadowed(script, only=None, preload=('asyncio',)):
    """Run script as __main__ with pylib modules shadowing the real ones.

    The modules in preload are imported first with the real standard
    library, so asyncio keeps CPython's own helpers."""
    for mod in preload:
        __import__(mod)
    import runpy  # noqa: F401  (loaded with the real stdlib)
    install(only)
    with open(script, encoding='utf-8') as f:
        src = f.read()
    main = type(sys)('__main__')
    main.__file__ = script
    main.__builtins__ = __builtins__
    sys.modules['__main__'] = main
    sys.argv = [script]
    code = compile(src, script, 'exec')
    exec(code, main.__dict__)


if __name__ == '__main__':
    args = sys.argv[1:]
    if args and args[0] == '--no-frames':
        # Like aioplay's interpreter: no sys._getframe or sys.exc_info, so
        # pylib's fallbacks for them run.
        args = args[1:]
        for mod in ('asyncio', 'runpy'):
            __import__(mod)
        del sys._getframe, sys.exc_info
    run_shadowed(args[0])
