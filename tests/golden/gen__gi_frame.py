# gi_frame is a frame while the generator can still run and None once it is finished or closed
def g():
    yield 1
    yield 2

it = g()
print(it.gi_frame is not None)
next(it)
print(it.gi_frame is not None)
it.close()
print(it.gi_frame)
it = g()
list(it)
print(it.gi_frame)
it = g()
try:
    it.throw(ValueError)
except ValueError:
    print("after throw into a fresh generator:", it.gi_frame)
