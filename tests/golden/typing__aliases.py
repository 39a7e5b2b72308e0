# typing's reprs: aliases, unions/optionals, callables, TypeVar, Generic subclasses, NamedTuple,
# TypedDict, NewType, get_origin/get_args/get_type_hints, overload
import typing as t
from typing import *
T = TypeVar('T'); K = TypeVar('K', bound=int); C = TypeVar('C', covariant=True)
print(t.List, t.List[int], t.Dict[str, int], t.Optional[int], t.Union[int, str], t.Union[int], t.Union[int, None, str])
print(t.Tuple[int, ...], t.Tuple[()], t.Callable[[int, str], bool], t.Callable[..., int], t.Any, t.ClassVar[int], t.Literal['a', 1], t.Final[int])
print(T, K, C, t.Type[int], t.Iterable[T], t.Annotated[int, 'meta'], t.Optional[t.List[int]], t.Union[int, t.Union[str, int]])
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
print(Stack[int], type(Stack[int]()).__name__, Stack.__mro__, Stack.__parameters__)
class P(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x + self.y
print(P(1), P._fields, P.__annotations__, P(2, 3).norm())
class TD(TypedDict):
    a: int
print(TD(a=1), type(TD(a=1)))
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]), cast(int, 'x'))
print(t.get_type_hints(P), t.TYPE_CHECKING, t.Text, t.AnyStr, t.NoReturn, t.Sequence[int], t.Mapping[str, int])
print(t.List[int] == t.List[int], hash(t.List[int]) == hash(t.List[int]))
print(t.Deque[int], t.DefaultDict[str, int], t.Set[int], t.FrozenSet[int], t.Generator[int, None, None], t.Iterator[int], t.Counter[str])
class Proto(Protocol):
    def meth(self) -> int: ...
print(Proto, t.Optional[int] == t.Union[int, None])
def f(a: List[int], b: Optional[str] = None) -> Dict[str, Any]:
    return {}
print(f.__annotations__)
print(get_type_hints(f))
UserId = NewType('UserId', int)
print(UserId(5), UserId)
Pt = NamedTuple('Pt', [('x', int), ('y', float)])
print(Pt(1, 2.0), Pt.__annotations__)
TD2 = TypedDict('TD2', {'k': str})
print(TD2(k='v'))
@overload
def g(x: int) -> int: ...
def g(x): return x
print(g(3))
try:
    List()
except TypeError as e:
    print(e)
print(Dict[str, T][int], Callable[[T], T][int])
