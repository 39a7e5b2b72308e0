# @contextmanager: enter/exit order, exceptions thrown in at the yield, suppression
from contextlib import contextmanager


@contextmanager
def cm(tag):
    print('enter', tag)
    try:
        yield tag.upper()
    except KeyError as e:
        print('caught', repr(e))
    finally:
        print('exit', tag)


with cm('a') as v:
    print('body', v)
with cm('b'):
    raise KeyError('k')
print('after b')
try:
    with cm('c'):
        raise ValueError('v')
except ValueError as e:
    print('propagated', e)


@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError('wrapped') from e


try:
    with transform():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


def outer():
    with cm('ret') as v:
        return v + '!'


print(outer())
for i in range(3):
    with cm(str(i)):
        if i == 1:
            continue
        print('loop', i)
