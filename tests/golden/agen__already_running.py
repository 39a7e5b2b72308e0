# a second __anext__/asend/athrow/aclose while one is suspended in an await: "already running"
import types

@types.coroutine
def pause():
    yield "paused inside the generator"

async def g():
    await pause()
    yield "first"

def step(aw):
    try:
        return ("yield", aw.send(None))
    except StopIteration as e:
        return ("value", e.value)
    except Exception as e:
        return (type(e).__name__, str(e))

a = g()
pending = a.__anext__()
print(step(pending))
print("ag_running", a.ag_running)
print(step(a.__anext__()))
print(step(a.asend(None)))
print(step(a.athrow(ValueError)))
print(step(a.aclose()))
print(step(pending))
print("ag_running", a.ag_running)
