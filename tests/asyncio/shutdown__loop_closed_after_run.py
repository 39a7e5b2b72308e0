# After asyncio.run the loop is closed; running again creates a fresh loop and restarts task names.
import asyncio

async def main():
    return asyncio.get_running_loop(), asyncio.current_task().get_name()

loop1, n1 = asyncio.run(main())
loop2, n2 = asyncio.run(main())
print(loop1.is_closed(), loop2.is_closed(), loop1 is loop2)
print(n1, n2)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
