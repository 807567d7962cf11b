"""Generic (shallow and deep) copying operations (aioplay).

copy(x) and deepcopy(x, memo) use __copy__/__deepcopy__ when a class
defines them, then a __reduce_ex__/__reduce__ defined in Python, and
otherwise rebuild the object as object.__reduce_ex__(4) would: cls.__new__
with __getnewargs__, then the instance __dict__ (and __slots__), list items
and dict items.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _atomic_types():
    import types
    t = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex,
         bytes, str, range, property, types.BuiltinFunctionType, types.FunctionType, type}
    if types.CodeType is not None:
        t.add(types.CodeType)
    return frozenset(t)


_ATOMIC = None


def _atomic():
    global _ATOMIC
    if _ATOMIC is None:
        _ATOMIC = _atomic_types()
    return _ATOMIC


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic() or cls in (tuple, frozenset, slice):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic() or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
        else:
            y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            rv = _reduce(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _defining_class(cls, name):
    for c in cls.__mro__:
        if name in c.__dict__:
            return c
    return None


def _python_defined(cls, name):
    owner = _defining_class(cls, name)
    return owner is not None and owner is not object and owner.__module__ != 'builtins'


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


_IMMUTABLE_BASES = (bool, int, float, complex, str, bytes, tuple, frozenset)


def _reduce(x):
    cls = type(x)
    if _python_defined(cls, '__reduce_ex__'):
        return x.__reduce_ex__(4)
    if _python_defined(cls, '__reduce__'):
        return x.__reduce__()
    if cls.__module__ == 'builtins' or not hasattr(x, '__class__'):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    # What object.__reduce_ex__(4) does for instances of Python classes.
    kwargs = None
    if _python_defined(cls, '__getnewargs_ex__'):
        args, kwargs = x.__getnewargs_ex__()
    elif _python_defined(cls, '__getnewargs__'):
        args = x.__getnewargs__()
    else:
        args = ()
        for base in cls.__mro__:
            if base in _IMMUTABLE_BASES:
                args = (base(x),)
                break
            if base in (set, frozenset):
                break
    if isinstance(x, (set, frozenset)):
        func, args = cls, (list(x),)
    elif kwargs:
        func, args = _newobj_ex, (cls, args, kwargs)
    else:
        func, args = _newobj, (cls,) + tuple(args)
    if _python_defined(cls, '__getstate__'):
        state = x.__getstate__()
    else:
        state = getattr(x, '__dict__', None) or None
        slots = _slot_state(x, cls)
        if slots:
            state = (state, slots)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return func, args, state, listitems, dictitems


def _slot_state(x, cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (c.__name__.lstrip('_'), name)
            names.append(name)
    state = {}
    for name in names:
        try:
            state[name] = getattr(x, name)
        except AttributeError:
            pass
    return state


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
