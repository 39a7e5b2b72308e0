# indent (int, str, 0), with nested and empty containers.
import json

data = {"name": "x", "list": [1, [2, 3], [], {}], "obj": {"a": {"b": [True]}}, "empty": {}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps([1, {"a": 2}], indent="--"))
print(json.dumps({"a": 1}, indent=4, separators=(", ", " = ")))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps(5, indent=2), json.dumps("s", indent=2))
print(json.dumps([[]], indent=1))
print(repr(json.dumps({"b": [1, 2], "a": None}, indent=3, sort_keys=True)))
print(repr(json.dumps([1, 2], indent=None)), repr(json.dumps([1, 2], indent="")))
