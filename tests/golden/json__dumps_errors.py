# Serialization errors: unknown types, bad keys, circular references, NaN when disallowed.
import json

l = [1]
l.append(l)
d = {}
d["self"] = d
cases = [lambda: json.dumps({1, 2}), lambda: json.dumps(object()), lambda: json.dumps(b"bytes"),
         lambda: json.dumps({(1, 2): 3}), lambda: json.dumps({b"k": 3}), lambda: json.dumps(l),
         lambda: json.dumps(d), lambda: json.dumps(float("nan"), allow_nan=False),
         lambda: json.dumps([float("-inf")], allow_nan=False), lambda: json.dumps({float("inf"): 1}, allow_nan=False),
         lambda: json.dumps({"a": 1, 2: 3}, sort_keys=True), lambda: json.dumps([{1}], indent=2),
         lambda: json.dumps(1, foo=2), lambda: json.dumps(1, default=lambda o: o),
         lambda: json.dumps(json), lambda: json.dumps({"x": 1j if False else range(3)})]
for c in cases:
    try:
        print(c())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
