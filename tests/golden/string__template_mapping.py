# Template with custom mapping objects, non-str values, ${} at line ends, unicode names
from string import Template


class Loud(dict):
    def __missing__(self, key):
        return key.upper()


class Lookup:
    def __getitem__(self, key):
        if key == 'n':
            return 42
        raise KeyError(key)


print(Template('$a and ${b}').substitute(Loud(a='x')))
print(Template('n=$n').substitute(Lookup()))
try:
    Template('$m').substitute(Lookup())
except KeyError as e:
    print(type(e).__name__, e)
print(Template('$n/$m').safe_substitute(Lookup()))
print(Template('${x}\n${y}').substitute(x=1.5, y=None))
print(Template('$café').safe_substitute(caf='C'))
print(Template('$$$a$$').substitute(a=0))
