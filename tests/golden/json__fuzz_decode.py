# Differential fuzz of the scanner: random token soup, its value or its JSONDecodeError
# (message, position, line, column), plus raw_decode from random offsets.
import json
import random

random.seed(99)
toks = ["[", "]", "{", "}", ",", ":", " ", "\n", '"a"', '"\\u00e9"', '"\\n"', '"x', "1", "-", "0", "1.5", "e5",
        "E-2", ".", "true", "false", "null", "nul", "NaN", "Infinity", "-Infinity", "\\", '"\\q"', "\t", "\u00e9", "01"]
dec = json.JSONDecoder()
for i in range(300):
    s = "".join(random.choice(toks) for _ in range(random.randint(0, 7)))
    try:
        r = repr(json.loads(s))
    except json.JSONDecodeError as e:
        r = f"{e.msg} @{e.pos} L{e.lineno} C{e.colno}"
    idx = random.randint(0, len(s))
    try:
        rr = repr(dec.raw_decode(s, idx))
    except json.JSONDecodeError as e:
        rr = f"{e.msg} @{e.pos}"
    print(i, repr(s), "=>", r, "|", idx, rr)
