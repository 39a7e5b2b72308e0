# wrap/fill at several widths, indents, long words, hyphens
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor "
        "jugs! A well-known, state-of-the-art self-contained thing--really--works.")
for w in (10, 20, 33, 45, 80):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('supercalifragilisticexpialidocious word', 10))
print(textwrap.wrap('supercalifragilisticexpialidocious word', 10, break_long_words=False))
print(textwrap.wrap('a-b-c-d-e-f-ghijklmnop', 5))
print(textwrap.wrap('well-known hyphen-ated', 8, break_on_hyphens=False))
print(textwrap.wrap('co-operate re-enter x--y a--b--c 1-2-3 e-mail', 6))
print(textwrap.wrap("Hello, world -- it's me--you!", 7))
