# the string module's constants and capwords
import string

for name in ('ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits',
             'octdigits', 'punctuation', 'whitespace', 'printable'):
    value = getattr(string, name)
    print(name, len(value), repr(value))
print(string.capwords('  hello   world  '), '|', string.capwords('a-b c-d', '-'))
print(string.capwords("they're bill's friends from the UK"))
print(string.capwords('x\ty\nz'), '|', string.capwords(''), '|', string.capwords('aBC dEF'))
print(all(c in string.printable for c in 'Hello, World!\n'))
