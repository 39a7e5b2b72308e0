# an assignment expression inside a genexp binds in the enclosing scope
def f():
    data = [1, 5, 2, 8]
    found = any((big := v) > 4 for v in data)
    return found, big

print(f())
total = 0
print(list((total := total + v) for v in [1, 2, 3]), total)
