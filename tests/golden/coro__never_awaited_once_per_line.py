# the warnings registry shows the same warning from the same line only once
async def f():
    pass

for i in range(3):
    f()
    print("iteration", i)
f()
print("end")
