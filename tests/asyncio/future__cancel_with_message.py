# Future.cancel(msg): cancelled(), exception()/result() raise CancelledError carrying msg.
import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    print(f.cancel("stop it"), f.cancelled(), f.done())
    print(f.cancel())
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.CancelledError as e:
            print("CancelledError", e.args)
    print(repr(f))

asyncio.run(main())
