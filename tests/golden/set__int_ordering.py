# sets of small ints print in hash order like CPython
s = {5, 3, 1, 4, 2}
print(s, {10, 1, 100, 1000}, set(range(20, 0, -3)), {-1, -2, 0})
s.add(0); s.discard(5); s.discard(99); s.remove(3)
print(s, len(s), 4 in s, sorted(s))
print(set(), frozenset(), frozenset({3, 1}), set([1, 1, 2]))
print({33, 1, 65, 97}, {8, 16, 32, 64, 128}, set(range(40, 0, -5)))
