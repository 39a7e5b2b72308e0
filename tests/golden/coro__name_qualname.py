# __name__ / __qualname__ of coroutine objects follow the function, and can be reassigned
class K:
    async def m(self):
        pass

def outer():
    async def inner():
        pass
    return inner()

c = K().m()
print(c.__name__, c.__qualname__)
c.__name__ = "renamed"
c.__qualname__ = "Other.renamed"
print(c.__name__, c.__qualname__)
print(repr(c).split(" at ")[0])
try:
    c.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
c.close()
d = outer()
print(d.__name__, d.__qualname__)
d.close()
