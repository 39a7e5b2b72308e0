# dumps of every basic type with the default options.
import json

print(json.dumps({"a": [1, 2.5, None, True, False, "x"], "b": {"c": []}, "d": {}, "e": ()}))
print(json.dumps("plain"), json.dumps(""), json.dumps(None), json.dumps(True), json.dumps(0), json.dumps(-12))
print(json.dumps([0.1, 1e16, 1e-7, -0.0, 3.0, 1.7976931348623157e308, 5e-324, 123456789.123456789]))
print(json.dumps([10**30, -(2**100), float("nan"), float("inf"), -float("inf")]))
print(json.dumps("quote\" back\\ slash/ nl\n cr\r tab\t bs\b ff\f ctl\x01\x1f del\x7f"))
print(json.dumps("caf\u00e9 \u4e2d\u6587 \U0001f600 \u2028"))
print(json.dumps({"k": 1, 2: "int key", 1.5: "float", None: "none", True: "t", False: "f"}))
print(json.dumps([[[[]]], [{}], [{"a": {"b": {"c": None}}}]]))
print(json.dumps((1, (2, 3))), json.dumps(range(0) if False else [x * x for x in range(5)]))


class S(str):
    pass


class I(int):
    def __repr__(self):
        return "NOPE"


class L(list):
    pass


class D(dict):
    pass


print(json.dumps([S("sub"), I(7), L([1]), D(a=1)]), json.dumps({S("k"): I(3)}))
