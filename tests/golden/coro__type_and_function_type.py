# async def makes a plain function; calling it returns a coroutine without running the body
async def f():
    print("body ran")
    return 1

print(type(f))
print(type(f).__name__)
c = f()
print(type(c))
print(type(c).__name__, type(c).__qualname__, type(c).__module__)
print(callable(f), callable(c))
c.close()
print("no body output above")
