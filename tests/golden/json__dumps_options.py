# separators, sort_keys, ensure_ascii, skipkeys, allow_nan, default, check_circular.
import json

d = {"b": 1, "a": [1, 2], "c": {"z": 0, "y": 1}}
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, separators=(",", ":")))
print(json.dumps(d, separators=(";", "=")), json.dumps([1, 2], separators=(" , ", ":")))
print(json.dumps("\u00e9\U0001f600\n", ensure_ascii=False), json.dumps({"\u00e9": "\u00e8"}, ensure_ascii=False))
print(json.dumps({(1, 2): "skip", "k": 1, frozenset(): 2}, skipkeys=True))
print(json.dumps({1: "a", 2.5: "b", "3": "c"}, sort_keys=True) if False else json.dumps({"2": "a", "10": "b", "1": "c"}, sort_keys=True))
print(json.dumps({1, 2, 3}, default=sorted), json.dumps({"s": {"x"}}, default=list))
print(json.dumps(object, default=lambda o: o.__name__), json.dumps([b"x"], default=lambda o: o.decode()))
print(json.dumps(float("nan")), json.dumps([float("inf")], allow_nan=True))
l = [1, 2]
print(json.dumps([l, l], check_circular=False), json.dumps({"a": l, "b": l}))
