# loads of every JSON value type, escapes, numbers, whitespace and bytes input.
import json

print(json.loads('{"a": [1, 2.5, null, true, false, "x"], "b": {"c": []}, "d": {}}'))
print(json.loads('"\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"'), json.loads('"\\ud83d\\ude00"'), json.loads('"caf\u00e9"'))
print(json.loads("12345678901234567890123"), json.loads("-0"), json.loads("-0.0"), json.loads("1.5E+3"), json.loads("1e-2"))
print(json.loads("0.1"), json.loads("1E400"), json.loads("-1e400"), json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads(' \n\t\r [ 1 ,\n 2 ] \n'), json.loads('{"a":1, "a":2, "b":3}'), json.loads('"" '))
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(b'\xef\xbb\xbf{"bom": 1}'), json.loads('[[[[["deep"]]]]]'))
print(json.loads('{"k": {"k": {"k": [1, {"x": null}]}}}'), json.loads("true"), json.loads("null"))
v = json.loads('{"z": 1, "y": 2, "a": 3}')
print(list(v), type(json.loads("1")).__name__, type(json.loads("1.0")).__name__)
print(json.loads('"a\\u0000b"') == "a\x00b", json.loads('"\\uD834\\uDD1E"'), len(json.loads('"\\ud834\\udd1e"')))
print(json.loads('"x"', strict=False), json.loads('"a\tb"', strict=False))
