# asyncio.timeout() outside a running loop raises RuntimeError at once (3.11.7 looks the loop up eagerly).
import asyncio

try:
    asyncio.timeout(1)
except RuntimeError as e:
    print("RuntimeError:", e)
