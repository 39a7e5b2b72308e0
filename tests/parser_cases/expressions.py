x = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ m
y = -2 ** 2, 2 ** -1, ~a, +b, not c, a ** b ** c
z = a | b ^ c & d << e >> f
c = a < b <= c == d != e > f >= g is h is not i in j not in k
b = a and b or c and not d
t = a if b else c if d else e
l = lambda: 0
l = lambda x, y=1, *args, z, w=2, **kw: x
l = lambda a, /, b, *, c: a
l = lambda *a: a
f(a, b, *c, d=1, **e)
f(x for x in y)
f(a)(b)[c].d
a[1:2, ::3]
a[1:2]
a[:]
a[::]
a[1, 2]
a[1,]
a[*b]
a[b:=1]
(a := 1)
[a, *b, c]
(a, *b)
{a, b, *c}
{a: b, **c, d: e}
{}
()
[]
(1,)
(1)
[x for x in y if z if w for q in r]
{x for x in y}
{k: v for k, v in y}
(x async for x in y)
...
None, True, False
'a' 'b' "c"
b'a' b"b"
f'a{b}c' 'd'
f'{x!r}' f'{y:>{w}}' f'{z=}'
f'{a=!s}' f'{b = :3}'
1_000, 0x10, 0o7, 0b1, 1.5, 1e10, 3j, 10000000000000000000000
a.b.c
await_ = 1
x = yield_
print(*a, sep='')
f(*a, *b, **c, **d)
f(a)(b)(c)
x = [
  1,
  2,
]
(a
 + b)
