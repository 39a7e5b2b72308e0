# BytesIO: reads, writes past the end, relative seeks, truncate, readlines, iteration
import io

b = io.BytesIO(b'line one\nline two\nend')
print(b.readline(), b.readline(4), b.read(2), b.tell())
print(b.readlines(), b.read(), b.readline())
b.seek(-3, 2)
print(b.read(), b.seek(2), b.seek(3, 1), b.tell())
b.truncate(4)
print(b.getvalue(), b.tell(), b.read())
b.write(b'!!')
print(b.getvalue())
print(b.seek(-100, 1), b.tell())
try:
    b.seek(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    b.seek(0, 5)
except ValueError as e:
    print(type(e).__name__, e)
print(list(io.BytesIO(b'a\nb\n')), io.BytesIO().getvalue(), io.BytesIO(initial_bytes=b'k').read())
with io.BytesIO(b'ctx') as c:
    print(c.read(), c.closed)
print(c.closed)
out = io.BytesIO()
for i in range(5):
    out.write(bytes([65 + i]) * 2)
print(out.getvalue(), out.tell())
