# deeply nested class tuples hit the recursion limit, not the native stack
t = (int,)
for i in range(100000):
    t = (t,)
try:
    isinstance(1, t)
except RecursionError as e:
    print(e)
try:
    issubclass(int, t)
except RecursionError as e:
    print(e)
print(isinstance(1, ((str, (float, (int,))),)), issubclass(bool, ((str,), int)))
