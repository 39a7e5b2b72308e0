# close() of a suspended 3-deep chain: finally blocks run innermost first
import types

@types.coroutine
def pause():
    try:
        yield "suspended"
    finally:
        print("pause finally")

async def c3():
    try:
        await pause()
    finally:
        print("c3 finally")

async def c2():
    try:
        await c3()
    finally:
        print("c2 finally")

async def c1():
    try:
        await c2()
    finally:
        print("c1 finally")

c = c1()
print(c.send(None))
print("closing")
c.close()
print("closed", c.cr_frame)
