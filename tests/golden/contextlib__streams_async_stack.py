# ExitStack over StringIO streams, nested redirect_stdout, AsyncExitStack ordering and errors
import io
import asyncio
from contextlib import ExitStack, AsyncExitStack, closing, contextmanager, redirect_stdout

with ExitStack() as stack:
    files = [stack.enter_context(io.StringIO('file %d' % i)) for i in range(3)]
    print([f.read() for f in files])
print([f.closed for f in files])
with closing(io.StringIO('x')) as f:
    print(f.read())
print(f.closed)


@contextmanager
def indent(out, level):
    out.write('  ' * level + '{\n')
    yield level + 1
    out.write('  ' * level + '}\n')


out = io.StringIO()
with indent(out, 0) as l1:
    with indent(out, l1) as l2:
        out.write('  ' * l2 + 'body\n')
print(out.getvalue(), end='')
with redirect_stdout(io.StringIO()) as captured:
    with redirect_stdout(io.StringIO()) as inner:
        print('deep')
    print('shallow', repr(inner.getvalue()))
print(repr(captured.getvalue()))


async def main():
    order = []

    async def acb(tag):
        order.append(tag)

    async with AsyncExitStack() as stack:
        stack.push_async_callback(acb, 'first-registered')
        stack.callback(order.append, 'sync')
        stack.push_async_callback(acb, 'last-registered')
    print(order)
    try:
        async with AsyncExitStack() as stack:
            async def boom(*exc):
                raise RuntimeError('in exit')
            stack.push_async_exit(boom)
            raise KeyError('body')
    except RuntimeError as e:
        print(type(e).__name__, e, repr(e.__context__))
    stack = AsyncExitStack()
    await stack.__aenter__()
    stack.callback(print, 'aclose ran')
    await stack.aclose()


asyncio.run(main())
