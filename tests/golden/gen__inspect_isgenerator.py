# inspect.isgenerator / isgeneratorfunction
import inspect

def gen():
    yield

def plain():
    return 1

class C:
    def m(self):
        yield

print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(plain))
print(inspect.isgeneratorfunction(C.m), inspect.isgeneratorfunction(C().m))
print(inspect.isgeneratorfunction(lambda: (yield)), inspect.isgeneratorfunction(len))
print(inspect.isgenerator(gen()), inspect.isgenerator(gen), inspect.isgenerator(iter([])))
print(inspect.isgenerator(x for x in []), inspect.isgenerator([x for x in []]))
