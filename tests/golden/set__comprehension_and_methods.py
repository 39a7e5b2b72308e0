# set methods that mutate, copy and update in place
s = {3, 1, 2}
t = s.copy()
s.update([4, 5], {6})
s.intersection_update({1, 2, 3, 4, 5, 7})
t.difference_update([1])
u = {1, 2}
u.symmetric_difference_update({2, 3})
print(s, t, u, s.pop() in {1, 2, 3, 4, 5}, len(s))
print({x for x in range(-5, 5) if x % 2}, set("") == set(), frozenset([1, 2]) < frozenset([1, 2, 3]))
