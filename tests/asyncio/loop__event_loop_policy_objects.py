# get_event_loop_policy / set_event_loop_policy: a custom policy is consulted by asyncio.run,
# new_event_loop and get_event_loop; None restores a fresh default policy.
import asyncio

p = asyncio.get_event_loop_policy()
print(type(p).__name__, p is asyncio.get_event_loop_policy())
print(isinstance(p, asyncio.AbstractEventLoopPolicy), asyncio.DefaultEventLoopPolicy.__name__)
l1 = p.get_event_loop()
print(l1 is asyncio.get_event_loop())

class Verbose(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        print("policy: new_event_loop")
        return super().new_event_loop()

    def get_event_loop(self):
        print("policy: get_event_loop")
        return super().get_event_loop()

asyncio.set_event_loop_policy(Verbose())

async def main():
    return asyncio.get_event_loop() is asyncio.get_running_loop()

print(asyncio.run(main()))
l2 = asyncio.new_event_loop()
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.set_event_loop_policy(3)
except TypeError as e:
    print("TypeError:", e)
asyncio.set_event_loop_policy(None)
print(type(asyncio.get_event_loop_policy()).__name__)
l3 = asyncio.get_event_loop()
print(l3 is l1, l3 is l2)
for l in (l1, l2, l3):
    l.close()
try:
    asyncio.AbstractEventLoopPolicy().get_event_loop()
except NotImplementedError:
    print("NotImplementedError")
