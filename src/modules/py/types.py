# coil's `types` module: names for the interpreter's types, and the helpers of the standard
# module that coroutine code relies on (`coroutine`, `SimpleNamespace`, dynamic class creation).
# Written for coil from the documented behaviour of CPython's module; the type objects come
# from the native `_types`.

from _types import (
    GeneratorType, CoroutineType, AsyncGeneratorType, FunctionType, CodeType, CellType,
    MethodType, BuiltinFunctionType, ModuleType, MappingProxyType, TracebackType,
    GetSetDescriptorType, MemberDescriptorType, WrapperDescriptorType, MethodWrapperType, NoneType,
    NotImplementedType, EllipsisType, _mark_iterable_coroutine,
)
from _coil_types import GenericAlias, UnionType

LambdaType = FunctionType
BuiltinMethodType = BuiltinFunctionType
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
FrameType = type(None)


def _frame_type():
    def probe():
        yield
    g = probe()
    return type(g.gi_frame)


FrameType = _frame_type()
del _frame_type


class SimpleNamespace:
    """A plain attribute namespace: SimpleNamespace(**kwargs)."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        for key, value in dict(mapping_or_iterable, **kwargs).items():
            setattr(self, key, value)

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"namespace({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


SimpleNamespace.__module__ = "types"


def resolve_bases(bases):
    """Replace the non-class bases that define __mro_entries__ by what it returns."""
    out = []
    changed = False
    for base in bases:
        if isinstance(base, type):
            out.append(base)
            continue
        entries = getattr(base, "__mro_entries__", None)
        if entries is None:
            out.append(base)
            continue
        new = entries(bases)
        if not isinstance(new, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        out.extend(new)
        changed = True
    return tuple(out) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, the namespace from its __prepare__, and the remaining keywords."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _most_derived_metaclass(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def _most_derived_metaclass(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be "
                        "a (non-strict) subclass of the metaclasses of all its bases")
    return winner


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class the way a class statement would."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


class DynamicClassAttribute(property):
    """A property that looks up the class's __getattr__ when accessed through the class."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if getattr(self, "__isabstractmethod__", False):
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)


class _GeneratorWrapper:
    # Makes a plain generator returned by a `types.coroutine`-wrapped function awaitable.
    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


def coroutine(func):
    """Make a generator function (or a function returning a generator) awaitable."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    if _mark_iterable_coroutine(func):
        return func

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        cls = result.__class__
        if cls is CoroutineType:
            return result
        if cls is GeneratorType:
            if result.gi_code.co_flags & 0x100:
                return result
            return _GeneratorWrapper(result)
        if hasattr(result, "send") and hasattr(result, "throw") and hasattr(result, "__next__") \
                and not hasattr(result, "__await__"):
            return _GeneratorWrapper(result)
        return result

    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    try:
        wrapped.__dict__.update(func.__dict__)
    except AttributeError:
        pass
    wrapped.__wrapped__ = func
    return wrapped


__all__ = [n for n in globals() if not n.startswith("_")]
