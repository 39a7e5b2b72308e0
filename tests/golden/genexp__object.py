# a genexp is a generator: name, qualname, send/throw/close, gi_ attributes
g = (x * 2 for x in range(3))
print(type(g).__name__, g.__name__, g.__qualname__)
print(g)
print(g.send(None), next(g))
try:
    g.send(5)
    print("send accepted")
except TypeError as e:
    print(type(e).__name__, e)
g.close()
print(list(g), g.gi_frame)
def f():
    return (i for i in [])
print(f().__qualname__)
class K:
    gen = (i for i in [1])
print(K.gen.__qualname__)
g = (x for x in [1])
try:
    g.throw(ValueError("into genexp"))
except ValueError as e:
    print(type(e).__name__, e)
