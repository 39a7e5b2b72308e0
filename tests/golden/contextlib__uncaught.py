# an exception escaping a @contextmanager keeps the with body's traceback
from contextlib import contextmanager


@contextmanager
def guard():
    print('guard on')
    try:
        yield
    finally:
        print('guard off')


def work():
    with guard():
        raise ValueError('bad value')


work()
