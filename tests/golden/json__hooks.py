# object_hook, object_pairs_hook, parse_float, parse_int, parse_constant.
import json

doc = '{"b": 1, "a": {"x": 2.5, "y": [1, 2]}, "c": NaN}'
print(json.loads(doc, object_pairs_hook=list))
print(json.loads(doc, object_hook=lambda d: sorted(d)))
print(json.loads(doc, object_hook=len, object_pairs_hook=lambda p: [k for k, v in p]))
print(json.loads(doc, parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[1.10, 2, 1e5]', parse_float=lambda s: "F" + s, parse_int=float))
print(json.loads('[NaN, Infinity, -Infinity, 1]', parse_constant=lambda s: "<" + s + ">"))


def hook(d):
    if "__point__" in d:
        return ("point", d["x"], d["y"])
    return d


print(json.loads('[{"__point__": 1, "x": 1, "y": 2}, {"q": {"__point__": 0, "x": 0, "y": 0}}]', object_hook=hook))
seen = []
json.loads('{"a": {"b": {}}, "c": {}}', object_hook=lambda d: seen.append(dict(d)) or d)
print(seen)
try:
    json.loads("[1.5]", parse_float=lambda s: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    json.loads("[1]", foo=1)
except TypeError as e:
    print("TypeError", e)
