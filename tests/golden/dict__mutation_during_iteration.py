# dictiter_iternextkey: a size change is reported (and stays reported); replacing keys
# without changing the size is only noticed when an extra item turns up
d = {1: 1}
it = iter(d)
next(it)
d[2] = 2
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)
    except StopIteration:
        print("StopIteration")
print(it.__length_hint__())

d = {1: 1, 2: 2}
try:
    for k in d:
        print("k", k)
        del d[k]
        d[k + 10] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)

d = {1: 1, 2: 2, 3: 3}
it = iter(d)
print(next(it), it.__length_hint__())
del d[2]
d[4] = 4
print(list(it))

d = {"a": 1, "b": 2}
try:
    for k, v in d.items():
        d[k] = v + 1      # replacing values is fine
        if k == "b":
            d["c"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)

d = {1: 1, 2: 2, 3: 3}
r = reversed(d)
print(next(r))
d.pop(1)
try:
    next(r)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(r)
except RuntimeError as e:
    print("RuntimeError again:", e)

d = {1: 1, 2: 2, 3: 3}
r = reversed(d.values())
print(next(r))
del d[2]
d[5] = 5
print(list(r))

d = dict.fromkeys(range(6))
it = iter(d.items())
next(it)
for k in (2, 3):
    del d[k]
for k in (7, 8):
    d[k] = None
try:
    print(list(it))
except RuntimeError as e:
    print("RuntimeError:", e)

d = {"x": 1}
for k in d:
    d[k] = 2
print(d, list(iter(d)), len(list(iter({}))))
