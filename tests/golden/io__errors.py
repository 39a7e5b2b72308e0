# StringIO/BytesIO errors: closed files, bad seeks, wrong argument types
import io

s = io.StringIO('data')
for args in [(-1,), (1, 1), (1, 2), (0, 3), ('a',)]:
    try:
        s.seek(*args)
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)
for bad in (5, b'x', None):
    try:
        s.write(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s.truncate(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    io.StringIO(5)
except TypeError as e:
    print(type(e).__name__, e)
s.close()
print(s.closed, s.close())
ops = {'read': s.read, 'getvalue': s.getvalue, 'tell': s.tell,
       'write': lambda: s.write('a'), 'seek': lambda: s.seek(0), 'iter': lambda: iter(s),
       'readline': s.readline, 'enter': lambda: s.__enter__(), 'next': lambda: next(s)}
for name, op in ops.items():
    try:
        op()
    except ValueError as e:
        print(name, type(e).__name__, e)
b = io.BytesIO(b'ab')
b.close()
for name, op in {'read': b.read, 'getvalue': b.getvalue, 'write': lambda: b.write(b'a'),
                 'tell': b.tell}.items():
    try:
        op()
    except ValueError as e:
        print(name, type(e).__name__, e)
try:
    io.BytesIO().write('text')
except TypeError as e:
    print(type(e).__name__, e)
try:
    io.BytesIO('text')
except TypeError as e:
    print(type(e).__name__, e)
