# every way of importing collections.abc gives the same module
import collections.abc
import collections.abc as cabc
from collections import abc
import collections
import _collections_abc
from collections.abc import Iterator
print(collections.abc is cabc, abc is cabc, cabc.Iterator is Iterator, _collections_abc.Iterator is Iterator)
print(cabc.__name__, collections.__name__)
try:
    import collections.nope
except ImportError as e:
    print(type(e).__name__, e)
try:
    import math.nope
except ImportError as e:
    print(type(e).__name__, e)
import abc, sys
print(sys.modules["abc"] is abc, "collections.abc" in sys.modules)
