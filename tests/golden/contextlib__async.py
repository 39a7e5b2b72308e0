# asynccontextmanager, AsyncExitStack, nullcontext under async with, aclosing
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack, nullcontext, aclosing


@asynccontextmanager
async def session(name):
    print('connect', name)
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except KeyError as e:
        print('handled', repr(e))
    finally:
        print('disconnect', name)


async def ticker():
    try:
        for i in range(10):
            yield i
    finally:
        print('ticker closed')


async def main():
    async with session('db') as s:
        print('using', s)
    async with session('kv'):
        raise KeyError('k')
    try:
        async with session('x'):
            raise ValueError('v')
    except ValueError as e:
        print('propagated', e)
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(session('one'))
        b = stack.enter_context(nullcontext('sync'))

        async def cleanup(tag):
            print('async cleanup', tag)
        stack.push_async_callback(cleanup, 'z')
        print('stack holds', a, b)
    async with nullcontext(7) as n:
        print('null', n)
    async with aclosing(ticker()) as t:
        async for i in t:
            if i == 2:
                break
            print('tick', i)

    @asynccontextmanager
    async def empty():
        if False:
            yield
    try:
        async with empty():
            pass
    except RuntimeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
