# inspect's descriptor predicates on __slots__ members, properties, native attributes and user
# descriptors
import inspect, types
class B:
    __slots__ = ("x",)
    @property
    def p(self): return 1
    def m(self): pass
class Desc:
    def __get__(self, o, t): return 1
    def __set__(self, o, v): pass
class NonData:
    def __get__(self, o, t): return 1
for label, obj in [("member", B.x), ("property", B.__dict__["p"]), ("getset", type.__dict__["__name__"]),
                   ("function", B.m), ("class", B), ("user data", Desc()), ("user nondata", NonData()),
                   ("int", 3), ("bound", B().m), ("dict getset", types.SimpleNamespace)]:
    print(label, inspect.ismemberdescriptor(obj), inspect.isgetsetdescriptor(obj), inspect.isdatadescriptor(obj))
try:
    inspect.ismemberdescriptor()
except TypeError as e:
    print(e)
