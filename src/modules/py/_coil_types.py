# coil: support for coil's own Python-level modules (abc, _collections_abc) and for
# parameterised generics: GenericAlias is types.GenericAlias (`list[int]`, `Iterable[int]`:
# reprs, equality, hashing, calling the origin, attribute forwarding) and UnionType is
# types.UnionType (`int | None`); the native side (object/genericalias.rs) builds them for
# the builtin types' `__class_getitem__` and `type.__or__`.
# native_type(name) returns a builtin type the VM may lack (bytearray, coroutine,
# async_generator), or None.

from _abc import _coil_native_type as native_type


def _type_repr(obj):
    if obj is ...:
        return '...'
    if hasattr(obj, '__origin__') and hasattr(obj, '__args__'):
        return repr(obj)
    if obj is type(None):
        return 'None'
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)



def _union_or(self, other):
    """`alias | other` for GenericAlias and UnionType (CPython's `_Py_union_type_or`)."""
    if not _unionable(other):
        return NotImplemented
    return _union(self, other)


def _union_ror(self, other):
    """`other | alias`."""
    if not _unionable(other):
        return NotImplemented
    return _union(other, self)

class GenericAlias:
    def __new__(cls, origin, args, /):
        self = object.__new__(cls)
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()
        return self

    def __repr__(self):
        args = ', '.join(_type_repr(a) for a in self.__args__) if self.__args__ else '()'
        return f'{_type_repr(self.__origin__)}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __getattr__(self, name):
        # CPython's ga_getattro: everything but the alias's own attributes is the origin's.
        if name in ('__origin__', '__args__', '__parameters__', '__mro_entries__',
                    '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    __or__ = _union_or
    __ror__ = _union_ror

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")


GenericAlias.__module__ = 'types'


def _unionable(obj):
    # What may stand on either side of `|` to make a types.UnionType.
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType))


def _union(a, b):
    # `a | b` (CPython's _Py_union_type_or): flattened, None as NoneType, duplicates
    # dropped (by equality, first kept); a single remaining member is returned itself.
    args = []
    for x in (a, b):
        members = x.__args__ if isinstance(x, UnionType) else (x,)
        for m in members:
            if m is None:
                m = type(None)
            if not any(m == y for y in args):
                args.append(m)
    if len(args) == 1:
        return args[0]
    u = object.__new__(UnionType)
    u.__args__ = tuple(args)
    u.__parameters__ = ()
    return u


class UnionType:
    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    def __repr__(self):
        return ' | '.join(_type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    __or__ = _union_or
    __ror__ = _union_ror

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
        return issubclass(cls, self.__args__)


UnionType.__module__ = 'types'
