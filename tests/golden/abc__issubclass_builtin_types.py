# issubclass on builtin types: registrations, hooks, and subclasses of subclasses
from collections.abc import *
print(issubclass(list, Sequence), issubclass(list, MutableSequence), issubclass(tuple, MutableSequence))
print(issubclass(dict, MutableMapping), issubclass(dict, Mapping), issubclass(dict, Sequence))
print(issubclass(set, MutableSet), issubclass(frozenset, MutableSet), issubclass(frozenset, Set))
print(issubclass(str, Reversible), issubclass(str, Collection), issubclass(str, Sequence))
print(issubclass(range, Sequence), issubclass(bytes, ByteString), issubclass(str, ByteString))
print(issubclass(bool, Hashable), issubclass(list, Hashable), issubclass(type({}.keys()), Set))
print(issubclass(type({}.items()), Set), issubclass(type({}.values()), Set), issubclass(type({}.values()), ValuesView))
print(issubclass(type(iter([])), Iterator), issubclass(list, Iterator), issubclass(list, (Iterator, Sized)))
