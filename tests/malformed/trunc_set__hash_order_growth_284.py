# set iteration order follows CPython's hash table: growth, deletion, large and negative ints
s = set()
for i in range(0, 200, 7):
    s.add(i * 37 % 101)
print(s)
for i in range(0, 101, 3):
    s.discard(i)
print(s)
print({2**40, 3, 2**61 - 1, 2**61, -5, 1 << 33}, {-1, -2, -3, 2**63