# coil's own `copy`, written from the documented behaviour of CPython 3.11's module:
# copy(x), deepcopy(x, memo=None), Error (alias error).
#
# Lookup order, as documented: a per-type copier for the builtin types; classes are atomic;
# then the class's __copy__ / __deepcopy__(memo); then a Python-level __reduce_ex__(4) or
# __reduce__; otherwise coil's default reduction of an instance (what object.__reduce_ex__(4)
# gives in CPython): cls.__new__(cls, *__getnewargs__()), the state from __getstate__ or
# __dict__ plus the set __slots__, and the items of list and dict subclasses.
# deepcopy's memo maps id(original) -> copy, so shared and cyclic structures are copied once.

import types as _types

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error


def _user_attr(cls, name):
    """True when a class in cls's MRO other than the builtin ones defines `name`."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__module__ != 'builtins'
    return False


def _reduce(x, cls):
    for klass in cls.__mro__:
        d = klass.__dict__
        if klass.__module__ == 'builtins':
            break
        if '__reduce_ex__' in d:
            return x.__reduce_ex__(4)
        if '__reduce__' in d:
            return x.__reduce__()
    return _default_reduce(x, cls)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


_newobj.__name__ = '__newobj__'

_builtin_values = (tuple, int, float, str, bytes, frozenset)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = klass.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _default_reduce(x, cls):
    if cls.__module__ == 'builtins':
        raise TypeError('cannot pickle %r object' % (cls.__name__,))
    if _user_attr(cls, '__getnewargs_ex__'):
        args, kwargs = x.__getnewargs_ex__()
        if kwargs:
            return (_new_with_kwargs, (cls, tuple(args), kwargs), _getstate(x, cls), None, None)
    elif _user_attr(cls, '__getnewargs__'):
        args = tuple(x.__getnewargs__())
    else:
        args = ()
        for base in _builtin_values:
            if isinstance(x, base):
                args = (base(x),)
                break
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_newobj, (cls,) + tuple(args), _getstate(x, cls), listitems, dictitems)


def _new_with_kwargs(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _getstate(x, cls):
    if _user_attr(cls, '__getstate__'):
        return x.__getstate__()
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    if not state:
        state = None
    names = _slot_names(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _copy_immutable(x):
    return x


_copy_dispatch = d = {}
_atomic = [type(None), int, float, bool, str, bytes, type, range, slice, property,
           type(Ellipsis), type(NotImplemented), _types.FunctionType,
           _types.BuiltinFunctionType]


try:
    _bytearray = bytearray
except NameError:
    _bytearray = None
try:
    _atomic.append(complex)
except NameError:
    pass
if getattr(_types, 'CodeType', None) is not None:
    _atomic.append(_types.CodeType)
for t in _atomic + [tuple, frozenset]:
    d[t] = _copy_immutable
d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
if _bytearray is not None:
    d[_bytearray] = _bytearray.copy
del d, t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    return type(x)(deepcopy(list(x), memo))


def _deepcopy_bytearray(x, memo):
    return _bytearray(x)


def _deepcopy_method(x, memo):
    new_self = deepcopy(x.__self__, memo)
    try:
        return type(x)(x.__func__, new_self)
    except TypeError:
        return getattr(new_self, x.__func__.__name__)


_deepcopy_dispatch = d = {}
for t in _atomic:
    d[t] = _deepcopy_atomic
d[list] = _deepcopy_list
d[tuple] = _deepcopy_tuple
d[dict] = _deepcopy_dict
d[set] = _deepcopy_set
d[frozenset] = _deepcopy_set
if _bytearray is not None:
    d[_bytearray] = _deepcopy_bytearray
d[_types.MethodType] = _deepcopy_method
del d, t


def _keep_alive(x, memo):
    """Keep a reference to x in the memo so its id is not reused while copying."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *,
                 deepcopy=deepcopy):
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
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
