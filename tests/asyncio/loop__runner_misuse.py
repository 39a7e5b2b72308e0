# asyncio.Runner: lazy loop, debug flag, reuse across runs, errors after close and for non-coroutines.
import asyncio

async def main(x):
    loop = asyncio.get_running_loop()
    return x, loop.get_debug(), asyncio.current_task().get_name()

runner = asyncio.Runner(debug=True)
loop = runner.get_loop()
print(loop.is_running(), loop.is_closed(), loop is runner.get_loop())
print(runner.run(main(1)))
print(runner.run(main(2)))
try:
    runner.run(lambda: 3)
except ValueError as e:
    print("ValueError:", str(e).split(" at ")[0])
runner.close()
runner.close()
print(loop.is_closed())
c = main(3)
try:
    runner.run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
try:
    runner.get_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.Runner(True)
except TypeError as e:
    print("TypeError:", e)
with asyncio.Runner() as r:
    print(r.run(main(4)))
    print(r.get_loop().get_debug())
print(r.get_loop.__name__)
