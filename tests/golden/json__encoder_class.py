# JSONEncoder/JSONDecoder classes: cls=, overriding default, raw_decode, encode.
import json


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if hasattr(o, "to_json"):
            return o.to_json()
        return super().default(o)


class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def to_json(self):
        return {"x": self.x, "y": self.y}


print(json.dumps({"s": {3, 1, 2}, "p": Pt(1, 2), "f": frozenset()}, cls=SetEncoder))
print(json.dumps([Pt(0, 0)], cls=SetEncoder, indent=1))
try:
    json.dumps(object(), cls=SetEncoder)
except TypeError as e:
    print("TypeError", e)
enc = json.JSONEncoder(sort_keys=True, indent=2)
print(enc.encode({"b": 1, "a": 2}), enc.item_separator, repr(enc.key_separator))
print(json.JSONEncoder().encode("\u00e9"), json.JSONEncoder(ensure_ascii=False).encode("\u00e9"), "".join(json.JSONEncoder().iterencode([1, 2])))
dec = json.JSONDecoder()
print(dec.decode(' [1, 2] '), dec.raw_decode('[1] extra'), dec.raw_decode('{"a": 1}{"b": 2}'), dec.raw_decode('xx 12 yy', 3))
try:
    dec.raw_decode(' [1]')
except json.JSONDecodeError as e:
    print(e)


class Upper(json.JSONDecoder):
    def decode(self, s):
        return [x.upper() for x in super().decode(s)]


print(json.loads('["a", "b"]', cls=Upper))
print(json.JSONDecoder(object_pairs_hook=dict).decode('{"k": [1]}'), json.JSONDecoder(strict=False).decode('"\t"'))
try:
    json.JSONDecoder().decode('"\t"')
except ValueError as e:
    print(e)
import json.decoder
from json.decoder import JSONDecodeError
from json.encoder import JSONEncoder, encode_basestring_ascii
print(JSONDecodeError is json.JSONDecodeError, JSONEncoder is json.JSONEncoder, json.decoder.JSONDecoder is json.JSONDecoder)
print(encode_basestring_ascii("a\u00e9\""), json.decoder.scanstring('"abc" x', 1), json.encoder.encode_basestring("\u00e9"))
