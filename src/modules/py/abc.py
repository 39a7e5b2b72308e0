"""Abstract base classes (coil's own implementation of the `abc` module).

The bookkeeping (abstract-method sets, registries, the positive and negative
isinstance/issubclass caches) lives in coil's native `_abc` module; this file
only dresses it up as the public `ABCMeta`, `ABC` and decorators.
"""

from _abc import (get_cache_token, _abc_init, _abc_register,
                  _abc_instancecheck, _abc_subclasscheck, _get_dump,
                  _reset_registry, _reset_caches)


def abstractmethod(funcobj):
    """Mark `funcobj` abstract: a class whose metaclass is (derived from)
    ABCMeta cannot be instantiated while any abstract method is left
    unoverridden. Apply it innermost when combined with other descriptors,
    e.g. under @classmethod or @property."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# Deprecated spellings kept for compatibility: each wraps its callable in the
# descriptor and flags both as abstract.

class abstractclassmethod(classmethod):
    """Deprecated: use @classmethod stacked on @abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use @staticmethod stacked on @abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use @property stacked on @abstractmethod."""

    __isabstractmethod__ = True


class ABCMeta(type):
    """Metaclass for abstract base classes.

    Classes made with it track their abstract methods (instantiation fails
    while any remain) and accept "virtual subclasses": unrelated classes, or
    builtins, declared with `register()`. issubclass()/isinstance() consult
    the registry and the class's `__subclasshook__`."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        return cls

    def register(cls, subclass):
        """Declare `subclass` a virtual subclass of this ABC and return it
        (so `register` also works as a class decorator)."""
        return _abc_register(cls, subclass)

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls)"""
        return _abc_instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls)"""
        return _abc_subclasscheck(cls, subclass)

    def _dump_registry(cls, file=None):
        """Print the registry and caches of this ABC (a debugging aid)."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        registry, cache, negative, version = _get_dump(cls)
        for label, value in (("_abc_registry", registry),
                             ("_abc_cache", cache),
                             ("_abc_negative_cache", negative),
                             ("_abc_negative_cache_version", version)):
            print(f"{label}: {value!r}", file=file)

    def _abc_registry_clear(cls):
        """Forget every registered virtual subclass (for tests)."""
        _reset_registry(cls)

    def _abc_caches_clear(cls):
        """Empty the isinstance/issubclass caches (for tests)."""
        _reset_caches(cls)


def update_abstractmethods(cls):
    """Recompute `cls.__abstractmethods__` after abstract methods were added
    or overridden once the class already exists; returns `cls`.

    Classes that are not ABCs (no `__abstractmethods__`) are returned as they
    are. Only the class itself is updated, not its subclasses."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    names = set()
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(cls, name, None), '__isabstractmethod__', False):
                names.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            names.add(name)
    cls.__abstractmethods__ = frozenset(names)
    return cls


class ABC(metaclass=ABCMeta):
    """Base class for abstract base classes: subclassing it is shorthand for
    `metaclass=ABCMeta`."""

    __slots__ = ()
