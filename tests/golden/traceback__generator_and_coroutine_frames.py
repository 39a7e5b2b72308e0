# Tracebacks through generators and coroutines list their frames.
import traceback, sys

def gen():
    yield 1
    raise RuntimeError("in gen")

try:
    for x in gen():
        pass
except RuntimeError:
    traceback.print_exc()

def delegating():
    yield from gen()
try:
    list(delegating())
except RuntimeError as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])

async def co():
    await co2()
async def co2():
    raise KeyError("x")
c = co()
try:
    c.send(None)
except KeyError:
    traceback.print_exc(file=sys.stdout)
