# AbstractContextManager subclass hook, contextmanager decorators get a fresh generator per call
from contextlib import AbstractContextManager, contextmanager, ContextDecorator, nullcontext
import contextlib


class Manual:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


class NoExit:
    def __enter__(self):
        return self


print(isinstance(Manual(), AbstractContextManager), issubclass(NoExit, AbstractContextManager))
print(isinstance(nullcontext(), AbstractContextManager))


class Default(AbstractContextManager):
    def __exit__(self, *exc):
        print('default exit', exc[0])


with Default() as d:
    print('enter returns self:', type(d).__name__)
try:
    AbstractContextManager()
except TypeError as e:
    print(type(e).__name__, e)
calls = []


@contextmanager
def counted():
    calls.append('enter')
    yield len(calls)
    calls.append('exit')


@counted()
def f(x):
    return x + 1


print(f(1), f(2), calls)


class Mode(ContextDecorator):
    depth = 0

    def __enter__(self):
        Mode.depth += 1
        return self

    def __exit__(self, *exc):
        Mode.depth -= 1
        return False


@Mode()
def inner():
    return Mode.depth


print(inner(), Mode.depth, sorted(contextlib.__all__))
