# print(file=...), sys.stdout replacement, iteration, context manager, BytesIO basics
import io
import sys

s = io.StringIO()
print('a', 'b', file=s)
print(1, 2, sep='-', end='!', file=s)
print(repr(s.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print('captured', 42)
sys.stdout.write('direct\n')
cap = sys.stdout.getvalue()
sys.stdout = old
print(repr(cap))
for line in io.StringIO('x\ny\n\nz'):
    print(repr(line))
print(list(io.StringIO('a\nb')), list(io.StringIO('')))
with io.StringIO('q') as t:
    print(t.read())
print(t.closed)
lines = io.StringIO()
for i in range(1000):
    lines.write('%d,' % i)
print(len(lines.getvalue()), lines.getvalue()[-8:])
b = io.BytesIO(b'ab\ncd')
print(b.read(1), b.readline(), b.readlines(), b.tell(), b.getvalue())
b = io.BytesIO()
print(b.write(b'xy'), b.getvalue(), b.seek(5), b.write(b'1'), b.getvalue(), b.seek(-2, 2))
print(b.read(), io.BytesIO(b'abc').read1(2), list(io.BytesIO(b'1\n2\n')))
