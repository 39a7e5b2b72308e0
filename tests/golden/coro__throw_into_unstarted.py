# throw() into a coroutine that never started raises immediately and closes it; no warning
async def f():
    try:
        print("never runs")
    finally:
        print("no finally either")

c = f()
try:
    c.throw(ValueError("early"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
