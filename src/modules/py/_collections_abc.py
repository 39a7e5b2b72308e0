"""The abstract base classes of `collections.abc` (coil's own implementation).

Layout: the one-method ABCs whose `__subclasshook__` recognises any class
defining the method ("duck-typed" ABCs), the async and iterator families, then
the container ABCs with their mixin methods (Set, Mapping and its views,
Sequence and their mutable variants), and last the registrations of the
builtin types. The hooks use `_abc._coil_check_methods`, which walks the MRO
natively; a method set to None on a class opts it (and its subclasses) out.
"""

from abc import ABCMeta, abstractmethod
from _abc import _coil_check_methods as _defines, _coil_set_hash
from _coil_types import GenericAlias, native_type as _native_type, _type_repr

# Classes defined here report `collections.abc` as their module, the public
# name this module is re-exported under.
__name__ = 'collections.abc'

__all__ = ["Awaitable", "Coroutine",
           "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString",
           ]

# Type-flag bits `_abc_init` copies to a class so `match` treats its
# instances as sequences / mappings.
_SEQUENCE_FLAG = 1 << 5
_MAPPING_FLAG = 1 << 6


def _hook(abc_cls, *names):
    """A `__subclasshook__` for `abc_cls`: a class defining every one of
    `names` (none of them None) is a subclass. Subclasses of `abc_cls` get no
    answer from it (NotImplemented), so they keep their own rules."""
    def __subclasshook__(cls, C):
        if cls is abc_cls:
            return _defines(C, *names)
        return NotImplemented
    __subclasshook__.__qualname__ = f"{abc_cls.__name__}.__subclasshook__"
    return classmethod(__subclasshook__)


def _raise_from_throw(typ, val, tb):
    """The body of the abstract `throw`/`athrow`: raise what was thrown in,
    in either the one-argument or the (type, value, traceback) form."""
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


def _close_with_throw(obj, kind):
    """The `close` mixin of Generator and Coroutine: throw GeneratorExit in;
    finishing (StopIteration) or letting it propagate are both fine, yielding
    another value is a RuntimeError."""
    try:
        obj.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        return
    raise RuntimeError(f"{kind} ignored GeneratorExit")


### The one-method ABCs ###

class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    __class_getitem__ = classmethod(GenericAlias)


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        # An empty generator.
        return
        yield

    __class_getitem__ = classmethod(GenericAlias)


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    __class_getitem__ = classmethod(GenericAlias)


class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0


class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    __class_getitem__ = classmethod(GenericAlias)


def _is_param_expr(obj):
    """`...`, or a typing ParamSpec / Concatenate[...] (the non-list forms
    allowed as the first argument of Callable[...])."""
    if obj is Ellipsis:
        return True
    kind = type(obj)
    return (kind.__module__ == 'typing'
            and kind.__name__ in ('ParamSpec', '_ConcatenateGenericAlias'))


class _CallableGenericAlias(GenericAlias):
    """`Callable[[A, B], R]`: the argument list is flattened into
    `__args__ == (A, B, R)` and shown bracketed again by repr()."""

    def __new__(cls, origin, args):
        if not isinstance(args, tuple) or len(args) != 2:
            raise TypeError(
                "Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, (tuple, list)):
            args = (*params, result)
        elif not _is_param_expr(params):
            raise TypeError("Expected a list of types, an ellipsis, "
                            f"ParamSpec, or Concatenate. Got {params}")
        return super().__new__(cls, origin, args)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        shown = ', '.join(_type_repr(a) for a in args[:-1])
        return f'collections.abc.Callable[[{shown}], {_type_repr(args[-1])}]'


class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    __class_getitem__ = classmethod(_CallableGenericAlias)


### Coroutines and asynchronous iteration ###

class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Resume with `value`: the next value awaited on, or StopIteration
        carrying the result."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception at the suspension point."""
        _raise_from_throw(typ, val, tb)

    def close(self):
        """Finish the coroutine early (see `_close_with_throw`)."""
        _close_with_throw(self, "coroutine")


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        """The next item, or StopAsyncIteration at the end."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Send `value` in; returns the next yielded value or raises
        StopAsyncIteration."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Raise an exception inside the generator; returns its next
        yielded value or raises StopAsyncIteration."""
        _raise_from_throw(typ, val, tb)

    async def aclose(self):
        """Throw GeneratorExit into the generator; it must not swallow it."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")


### Iterators and generators ###

class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """The next item, or StopIteration at the end."""
        raise StopIteration

    def __iter__(self):
        return self


class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return
        yield


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        """The next item, or StopIteration at the end."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Resume the generator with `value` as the result of its `yield`;
        returns what it yields next, or raises StopIteration."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception where the generator is suspended; returns
        what it yields next, or raises StopIteration."""
        _raise_from_throw(typ, val, tb)

    def close(self):
        """Finish the generator early (see `_close_with_throw`)."""
        _close_with_throw(self, "generator")


class Collection(Sized, Iterable, Container):
    __slots__ = ()


Hashable.__subclasshook__ = _hook(Hashable, "__hash__")
Awaitable.__subclasshook__ = _hook(Awaitable, "__await__")
Coroutine.__subclasshook__ = _hook(Coroutine, "__await__", "send", "throw", "close")
AsyncIterable.__subclasshook__ = _hook(AsyncIterable, "__aiter__")
AsyncIterator.__subclasshook__ = _hook(AsyncIterator, "__anext__", "__aiter__")
AsyncGenerator.__subclasshook__ = _hook(
    AsyncGenerator, "__aiter__", "__anext__", "asend", "athrow", "aclose")
Iterable.__subclasshook__ = _hook(Iterable, "__iter__")
Iterator.__subclasshook__ = _hook(Iterator, "__iter__", "__next__")
Reversible.__subclasshook__ = _hook(Reversible, "__reversed__", "__iter__")
Generator.__subclasshook__ = _hook(
    Generator, "__iter__", "__next__", "send", "throw", "close")
Sized.__subclasshook__ = _hook(Sized, "__len__")
Container.__subclasshook__ = _hook(Container, "__contains__")
Collection.__subclasshook__ = _hook(Collection, "__len__", "__iter__", "__contains__")
Callable.__subclasshook__ = _hook(Callable, "__call__")


### Sets ###

class Set(Collection):
    """A finite, iterable container of distinct elements.

    Subclasses define __contains__, __iter__ and __len__; comparisons and the
    &, |, -, ^ operators come from here. Results are built with the class
    method `_from_iterable` (which calls `cls(iterable)`): override it when
    the constructor takes other arguments. The operators accept any iterable
    on either side; comparisons only other Sets."""

    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        return all(x in other for x in self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        return all(x in self for x in other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        """Build a set of this kind from `it` (the hook the operators use)."""
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(x for x in other if x in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        """True if `self` and the iterable `other` share no element."""
        for x in other:
            if x in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(x for part in (self, other) for x in part)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(x for x in self if x not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(x for x in other if x not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """The hash a frozenset of the same elements has; Sets are not
        hashable by default, but an immutable subclass can define
        `__hash__ = Set._hash`."""
        return _coil_set_hash(self)


class MutableSet(Set):
    """A Set that can change: subclasses add `add` and `discard`."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Add `value` to the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Remove `value` if present."""
        raise NotImplementedError

    def remove(self, value):
        """Remove `value`; KeyError if it is not present."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Remove and return some element; KeyError if the set is empty."""
        for value in self:
            break
        else:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        """Remove every element (by popping until KeyError)."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for value in it:
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


### Mappings and their views ###

class Mapping(Collection):
    """A read-only key -> value container.

    Subclasses define __getitem__, __iter__ and __len__; get, __contains__,
    keys, items, values, __eq__ and __ne__ come from here."""

    __slots__ = ()

    __abc_tpflags__ = _MAPPING_FLAG

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """self[key] if key is present, else default."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'

    __class_getitem__ = classmethod(GenericAlias)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return found is value or found == value

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield (key, mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        mapping = self._mapping
        for key in mapping:
            found = mapping[key]
            if found is value or found == value:
                return True
        return False

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


# The default of MutableMapping.pop: tells "no default given" from None.
_NO_DEFAULT = object()


class MutableMapping(Mapping):
    """A Mapping that can change: subclasses add __setitem__ and
    __delitem__; pop, popitem, clear, update and setdefault come from
    here."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_NO_DEFAULT):
        """Remove `key` and return its value; without it, return `default`
        if given, else raise the KeyError of the lookup."""
        try:
            value = self[key]
        except KeyError:
            if default is _NO_DEFAULT:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return some (key, value) pair; KeyError if empty."""
        for key in self:
            break
        else:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every item (by popitem until KeyError)."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """Copy in the items of `other` (a Mapping, an object with keys(),
        or an iterable of pairs), then the keyword arguments."""
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """self[key], first setting it to `default` when missing."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


### Sequences ###

def _same(a, b):
    """The identity-then-equality test containers use to find an element."""
    return a is b or a == b


class Sequence(Reversible, Collection):
    """A read-only indexable container: subclasses define __getitem__ (with
    IndexError past the end) and __len__; iteration, `in`, reversed(), index
    and count come from here."""

    __slots__ = ()

    __abc_tpflags__ = _SEQUENCE_FLAG

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                item = self[i]
                yield item
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for item in self:
            if _same(item, value):
                return True
        return False

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """The first index of `value` in self[start:stop]; ValueError if it
        is absent. Negative bounds count from the end."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                item = self[i]
            except IndexError:
                break
            if _same(item, value):
                return i
            i += 1
        raise ValueError

    def count(self, value):
        """How many items equal `value`."""
        n = 0
        for item in self:
            if _same(item, value):
                n += 1
        return n


class ByteString(Sequence):
    """bytes and bytearray: sequences of small integers."""

    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence that can change: subclasses add __setitem__, __delitem__
    and insert; append, clear, reverse, extend, pop, remove and += come from
    here."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Insert `value` before position `index`."""
        raise IndexError

    def append(self, value):
        """Add `value` at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Remove every item (by popping until IndexError)."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """Reverse the items in place."""
        last = len(self) - 1
        for i in range((last + 1) // 2):
            self[i], self[last - i] = self[last - i], self[i]

    def extend(self, values):
        """Append every item of the iterable `values`."""
        if values is self:
            values = list(values)
        for value in values:
            self.append(value)

    def pop(self, index=-1):
        """Remove and return the item at `index` (default: the last one);
        IndexError when empty or out of range."""
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        """Remove the first occurrence of `value`; ValueError if absent."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


### Registrations of the builtin types ###

def _register_builtins():
    """Declare the builtin types virtual subclasses, in the order CPython
    does (it decides the cache token values). A type coil does not have yet
    (`_native_type` gives None) is skipped."""
    coroutine = _native_type("coroutine")
    async_generator = _native_type("async_generator")
    bytearray = _native_type("bytearray")
    memoryview = _native_type("memoryview")
    bytearray_iterator = None if bytearray is None else type(iter(bytearray()))

    def gen():
        yield
    iterators = [type(iter(b'')), bytearray_iterator,
                 type(iter({})), type(iter({}.values())), type(iter({}.items())),
                 type(iter([])), type(reversed([])),
                 type(iter(range(1))), type(iter(range(1 << 1000))),
                 type(iter(set())), type(iter('')), type(iter(())), type(zip())]
    table = [
        (Coroutine, [coroutine]),
        (AsyncGenerator, [async_generator]),
        (Iterator, iterators),
        (Generator, [type(gen())]),
        (Set, [frozenset]),
        (MutableSet, [set]),
        (Mapping, [type(type.__dict__)]),
        (KeysView, [type({}.keys())]),
        (ItemsView, [type({}.items())]),
        (ValuesView, [type({}.values())]),
        (MutableMapping, [dict]),
        (Sequence, [tuple, str, range, memoryview]),
        (ByteString, [bytes, bytearray]),
        (MutableSequence, [list, bytearray]),
    ]
    for abc_cls, types in table:
        for t in types:
            if t is not None:
                abc_cls.register(t)


_register_builtins()
del _register_builtins
