# map and filter are lazy iterators
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(lambda x: x % 2, range(8))))
m = map(print, ["lazy"])
print("before consuming")
list(m)
print(list(filter(None, [0, "", None, 3, "a", []])