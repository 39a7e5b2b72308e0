import functools
import collections.abc

@functools.singledispatch
def show(x):
    return f'object {x!r}'

@show.register(int)
def _(x):
    return f'int {x}'

@show.register
def _(x: str):
    return f'str {x}'

@show.register(collections.abc.Sequence)
def _(x):
    return f'sequence of {len(x)}'

def for_float(x):
    return f'float {x}'
show.register(float, for_float)

class MyInt(int):
    pass

print(show(1), show(True), show(MyInt(5)), show('s'), show(2.5), show([1, 2]), show((1,)), show(None), show({}))
print(show.dispatch(bool).__name__, show.dispatch(list).__name__, show.dispatch(dict).__name__, show.__name__)
print(sorted(t.__name__ for t in show.registry))
try:
    show()
except TypeError as e:
    print('TypeError', e)
try:
    show.register(lambda x: x)
except TypeError as e:
    print('TypeError', str(e).split(':')[0])
