# dedent's common-margin rules (whitespace-only lines, tabs vs spaces) and indent
import textwrap

samples = [
    '    a\n      b\n   \n    c\n',
    '  a\n\tb\n',
    '\t  x\n\t y\n',
    '',
    '  \n  x \n',
    'no indent\n  but here\n',
    '    one line',
    '\n\n    x\n\n    y\n',
    '  a\n  \t\n  b',
    ' \t a\n \t b\n',
]
for s in samples:
    print(repr(textwrap.dedent(s)))
print(repr(textwrap.indent('a\n\nb\n  \n', '> ')))
print(repr(textwrap.indent('a\nb', '+', lambda line: True)))
print(repr(textwrap.indent('x\r\ny', '- ')))


def doc():
    """
    First line.
        Indented more.
    Back.
    """


print(textwrap.dedent(doc.__doc__))
