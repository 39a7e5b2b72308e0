# Template errors: missing keys, invalid placeholders with line/column, argument errors
from string import Template

cases = ['$a $b', '$', '${a', '$1', 'ab $', 'x\n$1', 'line1\nline2 $ x', '${}']
for text in cases:
    try:
        print(repr(Template(text).substitute(a=1)))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
    print(repr(Template(text).safe_substitute(a=1)))
try:
    Template('$a').substitute({}, {})
except TypeError as e:
    print(type(e).__name__, e)
