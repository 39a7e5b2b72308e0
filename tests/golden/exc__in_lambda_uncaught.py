# uncaught exception inside a lambda called by a builtin
data = ["3", "1", "x"]
print(sorted(data, key=lambda s: int(s)))
