# sets of small ints print in hash order like CPython
s = {5, 3, 1, 4, 2}
print(s, {10, 1, 100, 1000}, set(range(20, 0, -3)), {-1, -2, 0})
s.add(0); s.discard(5); s.discard(99); s.remove(3)
print(s, len(s), 4 in s, sorted(s))
print(set(