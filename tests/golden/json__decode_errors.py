# JSONDecodeError messages and positions (msg, pos, lineno, colno) as CPython's scanner.
import json

docs = ['', ' ', '[', '[1,', '[1 2]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,}', '{1:2}', '{"a" 1}', '[1,]',
        '"abc', '"a\\', '"a\\x"', '"\\u12"', '"\\u12zz"', '"a\tb"', 'nul', 'tru', 'falsy', '-', '-x', '1.',
        '1.e5', '1e', '1e+', '01', '[1] x', '1 2', 'Infinity1', 'nulls', '{"a":1 "b"}', '["\u00e9", x]',
        '\n\n  [1,\n  x]', '\ufeff1', '[1,\n2,,]', '{"a": [1, {"b": }]}', '"\\ud83d\\uzzzz"', '[-]', '.5',
        '+1', '[1.5e]', "{'a': 1}", '[true false]', '"\\u"', '\u00e9', '[1}', '{"a":1]']
for s in docs:
    try:
        print(repr(s), "->", repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), "->", e.msg, "|", e.pos, e.lineno, e.colno, "|", e)
e = json.JSONDecodeError("Custom", "ab\ncd", 4)
print(e, e.args, e.msg, repr(e.doc), e.pos, e.lineno, e.colno, repr(e))
print(isinstance(e, ValueError), json.JSONDecodeError.__name__, json.JSONDecodeError.__module__)
try:
    json.loads("[")
except ValueError as err:
    print("caught as ValueError:", type(err).__name__, err)
for bad in [5, None, [1]]:
    try:
        json.loads(bad)
    except TypeError as err:
        print("TypeError", err)
