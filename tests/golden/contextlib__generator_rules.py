# RuntimeError rules: didn't yield, didn't stop, didn't stop after throw(); StopIteration
from contextlib import contextmanager


@contextmanager
def noyield():
    if False:
        yield


@contextmanager
def twice():
    yield 1
    yield 2


@contextmanager
def yields_again():
    try:
        yield
    except Exception:
        yield


@contextmanager
def plain():
    yield


for label, make, body_raises in [('noyield', noyield, False), ('twice', twice, False),
                                 ('again', yields_again, True)]:
    try:
        with make():
            if body_raises:
                raise KeyError('x')
    except RuntimeError as e:
        print(label, type(e).__name__, e)
try:
    with plain():
        raise StopIteration('stop')
except StopIteration as e:
    print('StopIteration passes through:', e)
cm = plain()
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print('reuse', type(e).__name__)
print(plain.__name__, plain.__wrapped__.__name__)
