# list error messages
a = [1, 2, 3]
for f in [lambda: a[3], lambda: a.pop(10), lambda: [].pop(), lambda: a.remove(7), lambda: a.index(7),
          lambda: a["x"], lambda: a + (1,), lambda: a * 