# set methods that mutate, copy and update in place
s = {3, 1, 2}
t = s.copy()
s.update([4, 5], {6})
s.intersection_update({1, 2, 3, 4, 5, 7})
t.difference_update([1]