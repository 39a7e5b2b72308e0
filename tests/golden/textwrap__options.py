# whitespace handling, tabs, sentence endings, max_lines/placeholder, shorten, errors
import textwrap

print(textwrap.wrap('a\tb\nc  d', 4))
print(textwrap.wrap('a\tb', 20, expand_tabs=False), textwrap.wrap('x\ty', 20, tabsize=4))
print(textwrap.wrap('   leading spaces here', 8))
print(textwrap.wrap('Hello.  World. Yes', 12, fix_sentence_endings=True))
print(textwrap.TextWrapper(width=15, drop_whitespace=False).wrap('aaa bbb  ccc   ddd'))
print(textwrap.wrap('one two three four five six seven', 12, max_lines=2))
print(textwrap.wrap('one two three four five six seven', 12, max_lines=2, placeholder='~'))
print(textwrap.shorten('Hello  world!', width=12), '|', textwrap.shorten('Hello world!', width=11))
print(textwrap.shorten('Hello world', width=10, placeholder='...'))
print(textwrap.wrap('', 5), textwrap.wrap('   ', 5), repr(textwrap.fill('one two', 3)))
for bad in (lambda: textwrap.wrap('x', 0), lambda: textwrap.shorten('hello world', 3)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
w = textwrap.TextWrapper(width=10, initial_indent='> ')
print(w.width, w.fill('alpha beta gamma delta'))
