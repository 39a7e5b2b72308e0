# Driving asyncio.sleep(0.1) by hand fails: its future needs a running loop.
import asyncio

c = asyncio.sleep(0.1)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c0 = asyncio.sleep(0)
try:
    print(c0.send(None))
except StopIteration as e:
    print("StopIteration", e.value)
