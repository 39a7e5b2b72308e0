# coil-test: args={tmpdir}
# dump to and load from files, round trips of nested data.
import json
import os
import sys

os.chdir(sys.argv[1])
data = {"name": "coil", "version": [3, 11], "nested": {"ok": True, "none": None, "pi": 3.14159}, "s": "\u00e9\n"}
with open("d.json", "w") as f:
    json.dump(data, f)
with open("d.json") as f:
    print(f.read())
with open("d.json") as f:
    back = json.load(f)
print(back == data, back)
with open("i.json", "w") as f:
    json.dump(data, f, indent=2, sort_keys=True, ensure_ascii=False)
with open("i.json") as f:
    text = f.read()
print(text)
print(json.loads(text) == data)
for v in [[], {}, "", 0, -1.5, [None, [True, [False]]], {"a": {"b": {"c": {}}}}, "\U0001f600", 2**80]:
    print(json.loads(json.dumps(v)) == v, json.dumps(v))
with open("bad.json", "w") as f:
    f.write('{"a": 1,\n "b": }')
try:
    with open("bad.json") as f:
        json.load(f)
except json.JSONDecodeError as e:
    print(e)
