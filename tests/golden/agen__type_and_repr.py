# yield inside async def makes an async generator function; its objects are async_generator
async def ticker():
    yield 1

class C:
    async def agen_method(self):
        yield "m"

print(type(ticker))
a = ticker()
print(type(a), type(a).__name__)
print(repr(a).startswith("<async_generator object ticker at 0x"))
print(repr(C().agen_method()).split(" at ")[0])
print(a.__name__, a.__qualname__, a.ag_code.co_name)
print(hasattr(a, "__next__"), hasattr(a, "__anext__"), hasattr(a, "send"), hasattr(a, "asend"))
print(a.__aiter__() is a)
