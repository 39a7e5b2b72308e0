# walrus in comprehensions binds in the enclosing scope; in while loops it reads input-like data
values = [3, 8, 1, 9, 4]
total = 0
running = [(total := total + v) for v in values]
print(running, total)
print([w for v in values if (w := v * 2) > 10], w)
chunks = [