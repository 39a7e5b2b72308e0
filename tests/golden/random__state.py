# getstate/setstate round trips, independent Random instances, state errors.
import random

random.seed(99)
st = random.getstate()
print(st[0], len(st[1]), st[1][-1], st[2])
a = [random.random() for _ in range(5)]
random.setstate(st)
print(a == [random.random() for _ in range(5)])
g = random.gauss()
st = random.getstate()
print(type(st[2]).__name__, st[1][-1])
print(random.gauss() == (random.setstate(st) or random.gauss()))
r1 = random.Random(5)
r2 = random.Random(5)
print(r1.random() == r2.random(), r1.randint(1, 100), r2.randint(1, 100))
r3 = random.Random("five")
print(r3.random(), r3.choice("xyz"))
r1.setstate(r3.getstate())
print(r1.random() == r3.random())
random.seed(1)
x = random.random()
r = random.Random(1)
print(x == r.random())
for bad in [(4, (), None), (3, (1, 2), None), (3, tuple(range(625)) + (0,), None)]:
    try:
        random.setstate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    random.setstate((3, tuple([0] * 624 + [625]), None))
except ValueError as e:
    print("ValueError", e)
