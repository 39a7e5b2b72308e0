# sets of small ints print in hash order like CPython
s = {5, 3, 1, 4, 2}
print(s, {10, 1, 100, 1000}, set(range(20, 0, -3