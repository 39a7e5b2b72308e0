# StopIteration / StopAsyncIteration raised in the body become RuntimeError
async def si():
    yield 1
    raise StopIteration("x")

async def sai():
    yield 1
    raise StopAsyncIteration

def run(a):
    try:
        a.__anext__().send(None)
    except StopIteration:
        pass
    try:
        a.__anext__().send(None)
    except RuntimeError as e:
        print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__)

run(si())
run(sai())
