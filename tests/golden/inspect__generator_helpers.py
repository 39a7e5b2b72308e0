# inspect's generator helpers on non-generator objects (they work without creating a generator)
import inspect

def gen():
    yield

def plain():
    return 1

class C:
    def m(self):
        yield
    @classmethod
    def cm(cls):
        yield
    @staticmethod
    def sm():
        return 0

print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(plain))
print(inspect.isgeneratorfunction(C.m), inspect.isgeneratorfunction(C().m), inspect.isgeneratorfunction(C.cm))
print(inspect.isgeneratorfunction(C.sm), inspect.isgeneratorfunction(len), inspect.isgeneratorfunction(C))
print(inspect.isgeneratorfunction(lambda: (yield)), inspect.isgeneratorfunction(None))
print(inspect.isgenerator(gen), inspect.isgenerator(iter([])), inspect.isgenerator(None))
print(inspect.isfunction(gen), inspect.isfunction(len), inspect.isfunction(C().m), inspect.isfunction(C.m))
print(inspect.ismethod(C().m), inspect.ismethod(C.m), inspect.ismethod(C.cm), inspect.ismethod([].append))
print(inspect.isclass(C), inspect.isclass(int), inspect.isclass(C()), inspect.isclass(type))

class FakeGen:
    def __init__(self, running, suspended, frame):
        self.gi_running, self.gi_suspended, self.gi_frame = running, suspended, frame

for args in [(True, False, None), (False, True, 1), (False, False, None), (False, False, "frame"), (1, 1, 1)]:
    print(args, inspect.getgeneratorstate(FakeGen(*args)))
print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED)
try:
    inspect.getgeneratorstate(42)
except AttributeError as e:
    print(type(e).__name__, e)
