# all_tasks() with no running loop raises RuntimeError "no running event loop".
import asyncio

try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("RuntimeError:", e)
