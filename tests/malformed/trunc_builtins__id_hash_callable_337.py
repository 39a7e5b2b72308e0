# id, hash and callable
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(id(a)).__name__)
print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, "x")) == hash((1, "x")), hash(-1), hash(0), hash(2**61))
print(callable(len), callable(lambda: 0), callable(int), callable("x"), callable(a.append), callable(None