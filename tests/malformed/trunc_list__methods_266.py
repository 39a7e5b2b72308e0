# list mutation methods and their return values
a = [3, 1, 2]
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(-1, 9); a.insert(100, 7)
print(a, a.pop(), a.pop(0), a)
a.remove(9)
print(a, a.index(2), a.count(1), len(a))
a.reverse(); print(a)
a.sort(); print(a