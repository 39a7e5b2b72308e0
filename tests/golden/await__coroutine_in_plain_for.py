# a types.coroutine generator is still a generator: iterating it by hand works
import types

@types.coroutine
def steps():
    yield "a"
    yield "b"

print(list(steps()))
for s in steps():
    print(s)
