for key in ["str", 1, (1, 2), None, 1.5, "", ("single",), frozenset([1]), b"b", "quote'd", ()]:
    try:
        {}[key]
    except KeyError as e:
        print(str(e), repr(e), e.args)
try:
    {}.pop("p")
except KeyError as e:
    print(e)
try:
    set().remove(3)
except KeyError as e:
    print(e)
try:
    set().pop()
except KeyError as e:
    print(e, repr(e))
try:
    {}.popitem()
except KeyError as e:
    print(e, repr(e))
import collections
try:
    collections.OrderedDict().popitem()
except KeyError as e:
    print(e)
class K:
    def __repr__(self): return "K-repr"
    def __str__(self): return "K-str"
try:
    {}[K()]
except KeyError as e:
    print(e)
try:
    del {}["d"]
except KeyError as e:
    print(e)
class D(dict): pass
try:
    D()["sub"]
except KeyError as e:
    print(e)
