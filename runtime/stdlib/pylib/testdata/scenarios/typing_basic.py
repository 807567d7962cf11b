import typing, sys
from typing import *
def t(f):
    try: r = f(); print("OK", repr(r))
    except BaseException as e: print(type(e).__name__ + ":", e)
T = TypeVar('T'); K = TypeVar('K', bound=int); S = TypeVar('S', str, bytes); Co = TypeVar('Co', covariant=True)
t(lambda: (T, K, S, Co, T.__name__, K.__bound__, S.__constraints__))
t(lambda: (Optional[int], Union[int, str], Union[int, None, str], Union[int], Union[int, int], Optional[Union[int, str]], List[int], Dict[str, int], Set[int], FrozenSet[int], Tuple[int, ...], Tuple[()], Tuple, List, Dict))
t(lambda: (Callable[[int], str], Callable[..., int], Callable, Iterable[int], Iterator[str], AsyncIterator[int], Awaitable[int], Coroutine[Any, Any, int], Generator[int, None, None], Sequence[T], Mapping[str, List[int]], Type[int], Type, Any, NoReturn, ClassVar[int], Final[int], Final, Literal['a', 1], Annotated[int, 'meta'], List[T][int]))
t(lambda: (typing.Deque[int], typing.DefaultDict[str, int], typing.Counter[str], typing.OrderedDict[str, int], typing.ChainMap, typing.Pattern, typing.Hashable, typing.Sized, typing.AsyncGenerator[int, None], typing.ContextManager[int], typing.AsyncContextManager[int]))
t(lambda: (Optional[int] == Union[int, None], List[int] == List[int], hash(List[int]) == hash(List[int]), List[int].__origin__, List[int].__args__, get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_args(Callable[[int], str])))
t(lambda: isinstance([], List)); t(lambda: isinstance([], List[int])); t(lambda: List()); t(lambda: List[int]())
t(lambda: isinstance(1, Union[int, str])); t(lambda: cast(int, 'x')); t(lambda: Optional[int, str]); t(lambda: Union[()])
class Stack(Generic[T]):
    def __init__(self): self.items = []
    def push(self, x: T) -> None: self.items.append(x)
t(lambda: (Stack, Stack[int], Stack[int]().items, Stack.__parameters__, Stack.__orig_bases__, Stack.__mro__, Stack[int]().__orig_class__))
class P(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x + self.y
t(lambda: (P(1), P(1, 2).norm(), P._fields, P._field_defaults, P.__annotations__, P(x=3)))
t(lambda: P())
Q = NamedTuple('Q', [('a', int), ('b', str)])
t(lambda: (Q(1, 'x'), Q.__annotations__))
class TD(TypedDict):
    name: str
    age: int
class TD2(TD, total=False):
    extra: str
t(lambda: (TD(name='a', age=1), type(TD(name='a', age=1)), TD.__annotations__, sorted(TD.__required_keys__), TD2.__optional_keys__, TD2.__total__, TD))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
class NP(Protocol):
    def x(self): ...
t(lambda: (isinstance(F(), Closable), isinstance(1, Closable), Closable))
t(lambda: isinstance(F(), NP)); t(lambda: NP())
@overload
def f(x: int) -> int: ...
t(lambda: f(1))
UserId = NewType('UserId', int)
t(lambda: (UserId(5), UserId, UserId.__supertype__))
t(lambda: get_type_hints(P))
def g(a: int, b: 'str' = 'x') -> List[int]: pass
t(lambda: get_type_hints(g))
t(lambda: (Self, Never, LiteralString, TypeAlias, ParamSpec('P'), Concatenate, TypeGuard[int], Required[int], NotRequired[int], Unpack, TypeVarTuple('Ts')))
t(lambda: (int | None, list[int], Optional[list[int]], Union[int, list[str]]))
t(lambda: (Union[int, str] | None, Optional[int] | str))
t(lambda: Generic[T])
t(lambda: Generic())
t(lambda: Protocol[T])
t(lambda: str(List[int]))
t(lambda: Dict[str, Callable[[int], List[str]]])
t(lambda: typing.ForwardRef('X'))
t(lambda: List['X'])
t(lambda: (TYPE_CHECKING, Text, AnyStr))
t(lambda: (List[int] | None, None | List[int], Callable[[], None], Callable[[int, str], Dict[str, int]], Tuple[int, str], Type[Stack]))
t(lambda: get_type_hints(TD2))


class Node:
    next: 'Optional[Node]'
    val: 'int | None'
    items: 'List[Dict[str, Tuple[int, ...]]]'
    cb: 'Callable[[int], None]'
    lit: "Literal['a', 'b']"


t(lambda: get_type_hints(Node))
t(lambda: get_type_hints(Node, include_extras=True))


def h(x: Annotated[int, 'm'], y: 'Sequence[T]') -> None: ...


t(lambda: get_type_hints(h))
t(lambda: get_type_hints(h, include_extras=True))
t(lambda: (get_origin(Annotated[int, 'x']), get_args(Annotated[int, 'x']), get_origin(int | str), get_args(int | str), get_origin(Generic), get_origin(int)))
t(lambda: List[int, str])
t(lambda: Dict[int])
t(lambda: Generic[int])
t(lambda: Generic[T, T])
t(lambda: Stack[int, str])
t(lambda: Union[int, 'str'])
t(lambda: Literal[1, True, 1])
t(lambda: Literal[True] == Literal[1])
t(lambda: isinstance(3, Any))
t(lambda: Any())
t(lambda: Optional())
t(lambda: NoReturn[int])


class Sub(Stack[int]):
    pass


t(lambda: (Sub.__parameters__, Sub.__orig_bases__, Sub.__mro__))
K2 = TypeVar('K2')
V2 = TypeVar('V2')


class Pair(Generic[K2, V2]):
    def __init__(self, k: K2, v: V2):
        self.k, self.v = k, v


t(lambda: (Pair[str, int], Pair[str, int]('a', 1).v, Pair.__parameters__, Pair[str, int].__args__))
PT = Pair[str, T]
t(lambda: (PT, PT[int], PT.__parameters__))
t(lambda: Dict[str, T][int])
t(lambda: Sequence)
t(lambda: (isinstance([1], Sequence), isinstance({}, Mapping), isinstance(1, Iterable), issubclass(list, MutableSequence), isinstance((x for x in ()), Generator)))


class Impl:
    def __int__(self):
        return 1


t(lambda: (isinstance(Impl(), SupportsInt), isinstance(1.5, SupportsInt), isinstance('x', SupportsIndex)))


@runtime_checkable
class HasName(Protocol):
    name: str


class Named:
    name = 'n'


t(lambda: (isinstance(Named(), HasName), isinstance(1, HasName)))
t(lambda: issubclass(Named, HasName))
t(lambda: issubclass(F, Closable))
t(lambda: issubclass(int, Closable))
t(lambda: issubclass(F, NP))


class Concrete(Closable):
    def __init__(self, x):
        self.x = x


t(lambda: (Concrete(5).x, isinstance(Concrete(1), Closable)))


class Base(Closable):
    pass


t(lambda: (Base(), Closable.__init__ is not object.__init__) and 'created')
t(lambda: runtime_checkable(int))
t(lambda: typing.ClassVar)
t(lambda: Union)
t(lambda: [typing.Optional, typing.Literal, typing.Final, typing.Annotated])
t(lambda: reveal_type(5))
t(lambda: assert_never(5))
t(lambda: UserId.__name__)


class NT2(NamedTuple):
    a: int
    b: List[int] = []

    def __repr__(self):
        return 'custom'


t(lambda: (NT2(1), NT2._field_defaults, NT2.__annotations__, NT2.__doc__))


def bad():
    class X(NamedTuple):
        a: int = 1
        b: int
t(bad)


def bad():
    class X(NamedTuple):
        a: int

        def _replace(self):
            pass
t(bad)
TD3 = TypedDict('TD3', {'a': int, 'b': str}, total=False)
t(lambda: (TD3(a=1), sorted(TD3.__optional_keys__), TD3.__total__, TD3.__name__))


class TD4(TypedDict):
    r: Required[int]
    n: NotRequired[str]


t(lambda: (TD4.__required_keys__, TD4.__optional_keys__))
t(lambda: isinstance({}, TD4))
t(lambda: typing.get_overloads(f))
t(lambda: no_type_check(h) is h)
t(lambda: cast('List[int]', [1]))
