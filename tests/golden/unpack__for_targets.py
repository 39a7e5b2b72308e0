# unpacking in for targets, including nested, starred and attribute/subscript targets
pairs = [(1, "one"), (2, "two")]
for n, name in pairs:
    print(n, name)
for i, (a, *rest) in enumerate([[1, 2, 3], [4]]):
    print(i, a, rest)
d = {}
for d["k"] in range(3):
    pass
print(d)
class O: pass
o = O()
for o.v in "xy":
    pass
print(o.v)
lst = [0, 0]
for lst[0], lst[1] in [(1, 2), (3, 4)]:
    pass
print(lst)
