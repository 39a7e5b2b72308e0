"""coil's `collections` package: the native `deque` (from `_collections`) plus the
containers written in Python over it."""

__path__ = []
__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

from _collections import deque

import _collections_abc
_collections_abc.MutableSequence.register(deque)
