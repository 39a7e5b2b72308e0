# a generator given to zip stays alive (and is advanced again on a second request) until
# the zip object goes away; zip(strict=True) errors do not release it either
def g(name):
    try:
        for i in range(4):
            print("produce", name, i)
            yield i
    finally:
        print("fin", name)

z = zip(g("a"), [10])
print(list(z))
print("zip exhausted, asking again:")
print(list(z))
print(next(z, "default"))
del z
print("--")
z = zip([1, 2], g("b"), strict=True)
try:
    print(list(z))
except ValueError as e:
    print(type(e).__name__, e)
print("strict error raised; generator still alive")
del z
print("end")
