# nested dicts, dict comprehensions with conditions, merging and unpacking
grid = {(x, y): x * y for x in range(3) for y in range(3) if x != y}
print(grid)
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = [1, {"e": 2}]
print(nested, nested["a"]["b"]["d"][1]["e"])
merged = {**{"x": 1, "y": 2}, **{"y": 3, "z": 4}}
merged |= {"w": 0}
print(merged, {k: v for k, v in merged.items(