# suppress inside loops and functions, nested managers, exception hierarchies, reuse
from contextlib import suppress, contextmanager, ExitStack

results = []
for value in ['1', 'x', '3', None]:
    with suppress(ValueError, TypeError):
        results.append(int(value))
print(results)
with suppress(LookupError):
    {}['missing']
print('KeyError is a LookupError')
s = suppress(ZeroDivisionError)
for i in range(2):
    with s:
        1 / 0
print('reused', type(s).__name__)


def first_even(items):
    for x in items:
        with suppress(StopIteration):
            if x % 2 == 0:
                return x
    return None


print(first_even([1, 3, 4, 6]), first_even([1]))
log = []


@contextmanager
def level(n):
    log.append('in%d' % n)
    yield n
    log.append('out%d' % n)


with level(1) as a, level(2) as b, suppress(KeyError):
    log.append('body%d%d' % (a, b))
    raise KeyError
print(log)
with ExitStack() as st:
    st.enter_context(suppress(IndexError))
    [][0]
print('stack suppressed')
try:
    with suppress(Exception):
        raise KeyboardInterrupt
except KeyboardInterrupt:
    print('BaseException not suppressed')
