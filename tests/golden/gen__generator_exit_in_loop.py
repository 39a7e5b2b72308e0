# closing a generator that loops over another generator closes only itself
def inner():
    try:
        for i in range(10):
            yield i
    finally:
        print("inner finally")

def outer(src):
    try:
        for v in src:
            yield v * 2
    finally:
        print("outer finally")

src = inner()
it = outer(src)
print(next(it), next(it))
it.close()
print("outer closed; inner still suspended:", src.gi_suspended, next(src))
src.close()
