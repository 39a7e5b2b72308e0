# string.Formatter: format, parse, auto/manual numbering, attribute and index fields
import string

f = string.Formatter()
print(f.format('{0} {x!r:>5}', 1, x='a'))
print(f.format('{} {} {:{}}|', 1, 2, 3, 4), f.format('{0[1]} {a.real}', [5, 6], a=7))
print(f.format('{{}} {!s} {{x}}', 'z'))
print(list(f.parse('a{0!r:>3}b{{c}}d')))
print(list(f.parse('{name}')), list(f.parse('plain')), list(f.parse('')))
for fs in ['{', '}', '{0', '{}{0}', '{0}{}']:
    try:
        f.format(fs, 1, 2)
    except ValueError as e:
        print(type(e).__name__, e)


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()


print(Upper().format('{} and {:>4}', 'abc', 'de'))
