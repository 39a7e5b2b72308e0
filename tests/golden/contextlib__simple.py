# suppress, closing, nullcontext, ContextDecorator, redirect_stdout/stderr
import io
import sys
from contextlib import suppress, closing, nullcontext, ContextDecorator, contextmanager
from contextlib import redirect_stdout, redirect_stderr

with suppress(KeyError, IndexError):
    [][1]
print('after suppress')
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print('not suppressed:', e)
with suppress():
    pass


class Resource:
    def close(self):
        print('closed', type(self).__name__)


with closing(Resource()) as r:
    print('using', type(r).__name__)
with nullcontext(5) as n:
    print('null', n)
with nullcontext() as n:
    print('null', n)
buf = io.StringIO()
with redirect_stdout(buf) as target:
    print('hidden', 1)
    sys.stdout.write('raw\n')
print(repr(buf.getvalue()), target is buf)
err = io.StringIO()
with redirect_stderr(err):
    print('to stderr', file=sys.stderr)
print(repr(err.getvalue()))


class traced(ContextDecorator):
    def __enter__(self):
        print('start')
        return self

    def __exit__(self, *exc):
        print('finish', exc[0])
        return False


@traced()
def work(x):
    print('work', x)
    return x * 2


print(work(21))


@contextmanager
def tag(name):
    print('<%s>' % name)
    yield
    print('</%s>' % name)


@tag('p')
def para():
    print('text')


para()
para()
