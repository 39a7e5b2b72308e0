# ExitStack: LIFO callbacks, enter_context, push, pop_all, suppression, exception chaining
from contextlib import ExitStack, contextmanager


@contextmanager
def res(name):
    print('open', name)
    yield name
    print('close', name)


with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in 'abc']
    stack.callback(print, 'callback', 1, sep='-')
    print('inside', names)


def swallow(exc_type, exc, tb):
    print('swallow sees', exc_type.__name__ if exc_type else None)
    return True


with ExitStack() as stack:
    stack.push(swallow)
    raise KeyError('gone')
print('suppressed')
with ExitStack() as stack:
    stack.callback(print, 'kept')
    moved = stack.pop_all()
print('stack exited; moved still pending')
moved.close()


def raiser(exc):
    def cb(*a):
        raise exc
    return cb


try:
    with ExitStack() as stack:
        stack.push(raiser(ValueError('first')))
        stack.push(raiser(TypeError('second')))
        raise KeyError('body')
except ValueError as e:
    print(type(e).__name__, e)
    print('context:', type(e.__context__).__name__, e.__context__)
    print('context of context:', repr(e.__context__.__context__))
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print(type(e).__name__, e)


class CM:
    def __enter__(self):
        print('CM enter')
        return self

    def __exit__(self, *exc):
        print('CM exit', exc[0])


stack = ExitStack()
stack.push(CM())
stack.close()
