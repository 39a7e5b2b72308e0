# cr_code is the function's code object; cr_frame lives until the coroutine finishes
import types

@types.coroutine
def pause():
    yield "paused"

async def work(a, b):
    total = a + b
    await pause()
    return total

c = work(2, 3)
print(c.cr_code is work.__code__, c.cr_code.co_name, c.cr_code.co_argcount)
print(c.cr_code.co_varnames)
print(type(c.cr_frame).__name__, c.cr_frame.f_code is c.cr_code)
print(c.cr_frame.f_locals)
print(c.send(None))
print(c.cr_frame.f_locals)
print(c.cr_frame.f_lineno)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_frame)
