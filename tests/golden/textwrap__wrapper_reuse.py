# one TextWrapper reused, attributes changed between calls, a subclass overriding _split
import textwrap

w = textwrap.TextWrapper(width=20, initial_indent='- ', subsequent_indent='  ')
paragraphs = ['First paragraph has several words in it.',
              'Second one is short.',
              'Third: a-very-long-hyphenated-word-that-must-break here.']
for p in paragraphs:
    print(w.fill(p))
w.width = 12
w.break_on_hyphens = False
print(w.wrap(paragraphs[2]))
w.max_lines = 2
w.placeholder = ' ...'
print(w.wrap(paragraphs[0]))


class Commas(textwrap.TextWrapper):
    def _split(self, text):
        parts = []
        for piece in text.split(','):
            parts.extend([piece, ','])
        return parts[:-1]


print(Commas(width=8).wrap('aa,bb,cc,dd,ee'))
report = '\n'.join(textwrap.wrap('x ' * 30, 17))
print(textwrap.indent(report, '| '))
