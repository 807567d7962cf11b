"""Argument binding for functions that pylib builds without exec (aioplay).

dataclasses' __init__ and namedtuple's __new__ take (*args, **kwargs) and
call bind() to match them to their parameters, raising the TypeError that
CPython raises for a real function with that signature.
"""

_NO_DEFAULT = object()


def _names_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _missing(qualname, kind, names):
    n = len(names)
    return TypeError('%s() missing %d required %s argument%s: %s'
                     % (qualname, n, kind, '' if n == 1 else 's', _names_list(names)))


def bind(qualname, names, defaults, args, kwargs, kwonly=(), kwdefaults=None, extra=1):
    """Return the values of the parameters names + kwonly, in that order.

    names are the positional-or-keyword parameters after the implicit first
    one (self or cls), which extra counts in error messages; defaults and
    kwdefaults map parameter names to default values."""
    npos = len(names)
    nargs = len(args)
    if not kwargs and nargs == npos and not kwonly:
        return list(args)
    values = list(args[:npos]) + [_NO_DEFAULT] * (npos - min(nargs, npos))
    kwvalues = [_NO_DEFAULT] * len(kwonly)
    if kwargs:
        for key, value in kwargs.items():
            try:
                i = names.index(key)
            except ValueError:
                try:
                    j = kwonly.index(key)
                except ValueError:
                    raise TypeError("%s() got an unexpected keyword argument '%s'"
                                    % (qualname, key)) from None
                kwvalues[j] = value
                continue
            if values[i] is not _NO_DEFAULT:
                raise TypeError("%s() got multiple values for argument '%s'" % (qualname, key))
            values[i] = value
    if nargs > npos:
        ndef = sum(1 for n in names if n in defaults)
        kwgiven = sum(1 for v in kwvalues if v is not _NO_DEFAULT)
        argcount = npos + extra
        given = nargs + extra
        if ndef:
            sig = 'from %d to %d' % (argcount - ndef, argcount)
            plural = 's'
        else:
            sig = '%d' % argcount
            plural = '' if argcount == 1 else 's'
        if kwgiven:
            kwsig = ' positional argument%s (and %d keyword-only argument%s)' % (
                '' if given == 1 else 's', kwgiven, '' if kwgiven == 1 else 's')
        else:
            kwsig = ''
        raise TypeError('%s() takes %s positional argument%s but %d%s %s given'
                        % (qualname, sig, plural, given, kwsig,
                           'was' if given == 1 and not kwgiven else 'were'))
    missing = None
    for i in range(npos):
        if values[i] is _NO_DEFAULT:
            d = defaults.get(names[i], _NO_DEFAULT)
            if d is _NO_DEFAULT:
                if missing is None:
                    missing = []
                missing.append(names[i])
            else:
                values[i] = d
    if missing:
        raise _missing(qualname, 'positional', missing)
    if kwonly:
        for j in range(len(kwonly)):
            if kwvalues[j] is _NO_DEFAULT:
                d = kwdefaults.get(kwonly[j], _NO_DEFAULT) if kwdefaults else _NO_DEFAULT
                if d is _NO_DEFAULT:
                    if missing is None:
                        missing = []
                    missing.append(kwonly[j])
                else:
                    kwvalues[j] = d
        if missing:
            raise _missing(qualname, 'keyword-only', missing)
        values.extend(kwvalues)
    return values
