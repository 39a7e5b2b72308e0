# collections.abc Sequence/Mapping subclasses and registrations match sequence/mapping patterns
import collections.abc as cabc
class S(cabc.Sequence):
    def __getitem__(self, i): return [1, 2][i]
    def __len__(self): return 2
match S():
    case [a, b]:
        print("seq", a, b)
    case _:
        print("no")
class M(cabc.Mapping):
    def __getitem__(self, k): return {'k': 1}[k]
    def __iter__(self): return iter(['k'])
    def __len__(self): return 1
match M():
    case {'k': v}:
        print("map", v)
    case _:
        print("no")
class Plain:
    def __getitem__(self, i): return [1, 2][i]
    def __len__(self): return 2
match Plain():
    case [a, b]:
        print("seq before register")
    case _:
        print("not a sequence yet")
cabc.Sequence.register(Plain)
match Plain():
    case [a, b]:
        print("seq", a, b)
    case _:
        print("no")
