"""Python part of the warnings subsystem (aioplay).

warn() decides what to do with a warning from the filters (simplefilter,
filterwarnings, catch_warnings). A warning that is shown goes to
sys._aioplay_warn(message, category) when the interpreter provides that
hook (it knows the user's file and line and prints CPython's
"FILE:LINE: Category: message" form); otherwise it is written to
sys.stderr, with the location when sys._getframe can find it.
"""
import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


class WarningMessage(object):
    """A recorded warning, as catch_warnings(record=True) lists them."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def _source_line(filename, lineno):
    try:
        import linecache
    except ImportError:
        return None
    try:
        return linecache.getline(filename, lineno)
    except Exception:
        return None


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        line = line.strip()
        s += "  %s\n" % line
    return s


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    if msg.filename is None:
        text = "%s: %s\n" % (msg.category.__name__, msg.message)
    else:
        text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


_default_showwarnmsg_impl = _showwarnmsg_impl


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarning_orig(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, message or None, category, module or None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


def _filters_mutated():
    _onceregistry.clear()
    _registry.clear()


def _matches(pattern, text):
    # Filters hold regular expressions matched at the start of the text;
    # without re, the pattern's literal prefix is compared, ignoring case
    # for messages.
    if pattern is None:
        return True
    literal = []
    for c in pattern:
        if c in '.^$*+?{}[]\\|()':
            if c == '$' and len(literal) == len(pattern) - 1:
                return text == ''.join(literal)
            break
        literal.append(c)
    return text.startswith(''.join(literal))


def _location(stacklevel):
    """(filename, lineno, module) of the frame stacklevel levels above the
    caller of warn(), or (None, None, '__main__') when unknown."""
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        return None, None, '__main__'
    try:
        frame = getframe(stacklevel + 1)
    except ValueError:
        return 'sys', 1, 'sys'
    return frame.f_code.co_filename, frame.f_lineno, frame.f_globals.get('__name__', '__main__')


def _find_action(text, category, module, lineno):
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or _matches(msg.lower(), text.lower()))
                and issubclass(category, cat)
                and (mod is None or _matches(mod, module))
                and (ln == 0 or lineno == ln)):
            return action, item
    return defaultaction, None


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % (type(category).__name__,))
    filename, lineno, module = _location(stacklevel)
    _warn(message, category, filename, lineno, module, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Low-level interface to warnings functionality."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        category = message.__class__
    _warn(message, category, filename, lineno, module, source)


def _warn(message, category, filename, lineno, module, source):
    if isinstance(message, Warning):
        text = str(message)
    else:
        text = str(message)
        message = category(message)
    action, item = _find_action(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    key = (text, category, lineno)
    if action == "once":
        oncekey = (text, category)
        if oncekey in _onceregistry:
            return
        _onceregistry[oncekey] = 1
    elif action == "module":
        modkey = (text, category, module)
        if modkey in _registry:
            return
        _registry[modkey] = 1
    elif action == "default":
        if key in _registry:
            return
        _registry[key] = 1
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    hook = getattr(sys, '_aioplay_warn', None)
    if (hook is not None and showwarning is _showwarning_orig
            and _showwarnmsg_impl is _default_showwarnmsg_impl):
        hook(text, category)
        return
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon
    exiting the context.

    With record=True, warnings are collected in the list returned by
    __enter__ instead of being shown."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        module._filters_mutated()
        self._showwarning = module.showwarning
        self._showwarnmsg_impl = module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            module._showwarnmsg_impl = log.append
            module.showwarning = module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        module = self._module
        module.filters = self._filters
        module._filters_mutated()
        module.showwarning = self._showwarning
        module._showwarnmsg_impl = self._showwarnmsg_impl


defaultaction = "default"
_onceregistry = {}
_registry = {}
onceregistry = _onceregistry

filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
