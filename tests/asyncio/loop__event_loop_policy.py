# get_event_loop / set_event_loop outside a running loop (3.11.7: the first call creates one).
import asyncio

l1 = asyncio.get_event_loop()
print(l1 is asyncio.get_event_loop(), l1.is_running())
l2 = asyncio.new_event_loop()
print(l2 is asyncio.get_event_loop())
asyncio.set_event_loop(l2)
print(l2 is asyncio.get_event_loop())
try:
    asyncio.set_event_loop(3)
except TypeError as e:
    print("TypeError:", e)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio._get_running_loop())

async def main():
    return asyncio.get_event_loop() is asyncio.get_running_loop()

print(asyncio.run(main()))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
l1.close()
l2.close()
