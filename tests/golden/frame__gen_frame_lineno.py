# A generator's frame: f_back while it runs, gi_frame line numbers while suspended.
import sys

def g():
    yield sys._getframe().f_back.f_code.co_name
    yield sys._getframe().f_code.co_name
print(list(g()))
gen = g()
print(gen.gi_frame.f_code.co_name, gen.gi_frame.f_lineno)
next(gen)
print(gen.gi_frame.f_lineno)
async def co():
    return sys._getframe().f_code.co_name
c = co()
print(c.cr_frame.f_code.co_name)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
print(c.cr_frame)
