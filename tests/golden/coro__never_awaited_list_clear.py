# coroutines held in a list warn when the list is cleared, once per source line
async def job(n):
    return n

jobs = [job(i) for i in range(3)]
print(len(jobs), "jobs")
jobs.clear()
print("cleared")
