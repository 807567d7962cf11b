import warnings
import sys


def t(f):
    try:
        r = f()
        print("OK", repr(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e)


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(RuntimeWarning("third"))
    warnings.warn("fourth", category=FutureWarning, stacklevel=2)
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], type(w[0].message).__name__)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("dup")
    warnings.warn("other")
    print(len(w), [str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    warnings.warn("o1")
    warnings.warn("o1")
    warnings.warn("o2", UserWarning)
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
    warnings.simplefilter("always", UserWarning)
    warnings.warn("shown")
    warnings.warn("dep", DeprecationWarning)
    print([str(x.message) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    t(lambda: warnings.warn("boom"))
    t(lambda: warnings.warn("boom2", ResourceWarning))
with warnings.catch_warnings():
    warnings.filterwarnings("error", message="bad")
    t(lambda: warnings.warn("BAD thing"))
    with warnings.catch_warnings(record=True) as w:
        warnings.filterwarnings("always")
        warnings.warn("good thing")
        print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.warn("d", DeprecationWarning)
    warnings.warn("p", PendingDeprecationWarning)
    print([x.category.__name__ for x in w])
t(lambda: warnings.warn("x", int))
t(lambda: warnings.simplefilter("bogus"))
t(lambda: warnings.formatwarning("msg", UserWarning, "f.py", 3, "  line here  "))
print(len(warnings.filters) >= 1)
saved = warnings.showwarning


def custom(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__)


warnings.showwarning = custom
warnings.warn("via custom")
warnings.showwarning = saved
warnings.warn("to stderr")
print("done")
