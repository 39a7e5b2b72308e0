print([1, 'a', (2,), {3: 4}, {5}], (1,), (), [], {}, set(), frozenset(), frozenset({3, 1}))
a = [1]; a.append(a); print(a); d = {}; d[1] = d; print(d)
# ---
x = [1, 2, 3, 4, 5]
print(x[1:3], x[::-1], x[::2], x[-2:], x[:-7], x[10:], len(x))
x[1:3] = [9]; print(x); x[::2] = 'ab'; print(x); del x[::2]; print(x)
x[len(x):] = range(3); print(x); x[:0] = [7]; print(x)
# ---
print({100, 5, 33, 9}, set(range(20, 0, -3)), {-1, -2, 2**61, 2**62})
s = set(range(10)); s.discard(3); print(s, s.pop(), s.pop(), s)
# ---
s = {5, 3, 9, 1}; t = {3, 4, 5}
print(s | t, s & t, s - t, t - s, s ^ t, s <= t, s < s | t, s >= {1}, s.isdisjoint({100}))
print(s.union([7], (8,)), s.intersection([3, 5, 99]), s.difference([1], [9]), s.symmetric_difference([1, 2]))
u = set(s); u |= {100, 64}; u &= set(range(70)); u ^= {1, 2}; u -= {9}; print(u)
fs = frozenset([1, 2, 3]); print(fs, fs | {4}, {4} | fs, fs.copy() is fs, {fs: 1}, hash(frozenset()))
# ---
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((-1, -2)), hash(frozenset({1, 2, 3})), hash(range(3)))
# ---
d = {'x': 1, 'y': [1, 2], 3: (4,)}
d2 = dict(d, z=5); d2.update([('q', 1)], w=2); print(d2)
print(d2.pop('q'), d2.setdefault('n', 7), d2.popitem(), d2)
print(dict.fromkeys('ab', 0), d == dict(d), d != {}, {1: 2} | {3: 4})
e = {1: 1}; e |= {2: 2}; e |= [(3, 3)]; print(e, list(reversed(e)), e.get(5), e.get(5, 'x'))
k = d.keys(); print(k, d.values(), d.items(), len(k), 'x' in k, list(reversed(k)), k & {'x', 'q'})
print(d.items() & {('x', 1)}, 1 in d.values(), {1: 2}.keys() == {1}, {1: 2}.items() - {(1, 2)})
# ---
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted('hello', key=lambda c: -ord(c)), sorted([3, 1, 2], reverse=True))
data = [(i * 7919) % 13 for i in range(40)]
print(sorted(range(40), key=lambda i: data[i]), sorted(range(40), key=lambda i: data[i], reverse=True))
L = [5, 1, 4]; L.sort(); L.reverse(); L.insert(1, 9); L.insert(-100, 0); L.extend(range(2)); print(L, L.count(1), L.index(1), L.index(1, 4))
L *= 2; print(L, L * 0, [0] * 3, 2 * [1], L.copy() == L, L.pop(), L.pop(0), L.remove(9), L); L.clear(); print(L)
# ---
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) >= (1, 2), [[]] == [[]], (1, [2]) == (1, [2]), [1] == [1.0], (1,) != (1,))
print(list(enumerate('ab', start=5)), list(zip()), list(zip('ab', range(5), [True] * 9)), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, '', 3])), list(reversed((1, 2, 3))), list(reversed('abc')))
# ---
r = range(10, 0, -3); print(r, list(r), len(r), r[1], r[-1], r[1:], 4 in r, 7 in r, r.index(4), r.count(7), range(0) == range(5, 5))
print(range(5)[::-1], range(2, 20, 3)[2:5], list(range(5)[-2:]), bool(range(0)), range(3) == range(0, 3, 1), list(reversed(range(1, 10, 4))))
print(slice(1, 2), slice(None, None, -1).indices(5), slice(-100, 100, 3).indices(7), [1, 2, 3, 4][slice(1, 3)], slice(1) == slice(1))
# ---
print(min('bca'), max([1, 3, 2], key=lambda v: -v), min([], default='d'), max(2, 1, 3), sum([1.5, 2]), sum([[1], [2]], []), any([]), all([]), any([0, 1]))
print(abs(-3), abs(-2.5), round(3.14159, 3), round(7, -1), round(-2.5), round(2.675, 2), round(1250, -2), divmod(-7, 2), divmod(7.5, 2), pow(3, 4), pow(3, 4, 5), pow(2, -1, 7))
print(hex(-1), oct(64), bin(10), hex(2**70), chr(9731), ord('€'), ascii('héllo☃'), hash(1) == hash(1.0), sum([0.1] * 10))
print(isinstance(1, (str, int)), isinstance(True, int), issubclass(bool, int), issubclass(int, (str,)), callable(len), callable(1))
it = iter([1, 2]); print(next(it), next(it), next(it, 'end'))
cnt = iter(lambda c=[0]: c.append(1) or len(c), 3); print(list(cnt))
print(type(iter(range(2))).__name__, type(iter('a')).__name__, type(iter('é')).__name__, type(iter(b'a')).__name__, type(enumerate([])))
# ---
import sys
print('a', 'b', sep='-', end='!\n'); print(); print(1, 2, 3, sep='')
sys.stdout.write('direct\n'); print(sys.version_info[:2], sys.platform, sys.maxsize, sys.getrecursionlimit())
# ---
import math
print(math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18), math.lcm(4, 6), math.isqrt(17), math.comb(10, 3), math.perm(5, 2), math.factorial(25))
print(math.log(8, 2), math.hypot(3, 4), math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), math.prod(range(1, 6)), math.log(2**1000), math.sqrt(2))
print(math.inf, -math.inf, math.nan, math.e, math.tau, math.trunc(-3.7), math.copysign(2, -0.0), math.log10(100), math.exp(1), math.degrees(math.pi / 2))
# ---
def f0():
    [1,2][5]
try:
    f0()
    print('[1,2][5]', 'ok')
except BaseException as e:
    print('[1,2][5]', type(e).__name__, e)
def f1():
    (1,)[5]
try:
    f1()
    print('(1,)[5]', 'ok')
except BaseException as e:
    print('(1,)[5]', type(e).__name__, e)
def f2():
    x=[1];x[5]=1
try:
    f2()
    print('x=[1];x[5]=1', 'ok')
except BaseException as e:
    print('x=[1];x[5]=1', type(e).__name__, e)
def f3():
    x=[1,2,3];x[::2]=[1]
try:
    f3()
    print('x=[1,2,3];x[::2]=[1]', 'ok')
except BaseException as e:
    print('x=[1,2,3];x[::2]=[1]', type(e).__name__, e)
def f4():
    x=[1];del x[5]
try:
    f4()
    print('x=[1];del x[5]', 'ok')
except BaseException as e:
    print('x=[1];del x[5]', type(e).__name__, e)
def f5():
    x=[1];x+=1
try:
    f5()
    print('x=[1];x+=1', 'ok')
except BaseException as e:
    print('x=[1];x+=1', type(e).__name__, e)
def f6():
    x=[1];x[1:2]=5
try:
    f6()
    print('x=[1];x[1:2]=5', 'ok')
except BaseException as e:
    print('x=[1];x[1:2]=5', type(e).__name__, e)
def f7():
    [1].remove(3)
try:
    f7()
    print('[1].remove(3)', 'ok')
except BaseException as e:
    print('[1].remove(3)', type(e).__name__, e)
def f8():
    [1].index(5)
try:
    f8()
    print('[1].index(5)', 'ok')
except BaseException as e:
    print('[1].index(5)', type(e).__name__, e)
def f9():
    [3,1].sort(key=1)
try:
    f9()
    print('[3,1].sort(key=1)', 'ok')
except BaseException as e:
    print('[3,1].sort(key=1)', type(e).__name__, e)
def f10():
    [].pop()
try:
    f10()
    print('[].pop()', 'ok')
except BaseException as e:
    print('[].pop()', type(e).__name__, e)
def f11():
    [1].pop(5)
try:
    f11()
    print('[1].pop(5)', 'ok')
except BaseException as e:
    print('[1].pop(5)', type(e).__name__, e)
def f12():
    ['a',1].sort()
try:
    f12()
    print("['a',1].sort()", 'ok')
except BaseException as e:
    print("['a',1].sort()", type(e).__name__, e)
def f13():
    list(1,2)
try:
    f13()
    print('list(1,2)', 'ok')
except BaseException as e:
    print('list(1,2)', type(e).__name__, e)
def f14():
    list(x=1)
try:
    f14()
    print('list(x=1)', 'ok')
except BaseException as e:
    print('list(x=1)', type(e).__name__, e)
def f15():
    (1,)+[1]
try:
    f15()
    print('(1,)+[1]', 'ok')
except BaseException as e:
    print('(1,)+[1]', type(e).__name__, e)
def f16():
    [1]+(1,)
try:
    f16()
    print('[1]+(1,)', 'ok')
except BaseException as e:
    print('[1]+(1,)', type(e).__name__, e)
def f17():
    (1,)*1.5
try:
    f17()
    print('(1,)*1.5', 'ok')
except BaseException as e:
    print('(1,)*1.5', type(e).__name__, e)
def f18():
    (1,2).index(5)
try:
    f18()
    print('(1,2).index(5)', 'ok')
except BaseException as e:
    print('(1,2).index(5)', type(e).__name__, e)
def f19():
    {}[1]
try:
    f19()
    print('{}[1]', 'ok')
except BaseException as e:
    print('{}[1]', type(e).__name__, e)
def f20():
    {}.pop(1)
try:
    f20()
    print('{}.pop(1)', 'ok')
except BaseException as e:
    print('{}.pop(1)', type(e).__name__, e)
def f21():
    dict([(1,2,3)])
try:
    f21()
    print('dict([(1,2,3)])', 'ok')
except BaseException as e:
    print('dict([(1,2,3)])', type(e).__name__, e)
def f22():
    dict([1])
try:
    f22()
    print('dict([1])', 'ok')
except BaseException as e:
    print('dict([1])', type(e).__name__, e)
def f23():
    dict(1)
try:
    f23()
    print('dict(1)', 'ok')
except BaseException as e:
    print('dict(1)', type(e).__name__, e)
def f24():
    {}|1
try:
    f24()
    print('{}|1', 'ok')
except BaseException as e:
    print('{}|1', type(e).__name__, e)
def f25():
    set().remove(1)
try:
    f25()
    print('set().remove(1)', 'ok')
except BaseException as e:
    print('set().remove(1)', type(e).__name__, e)
def f26():
    set().pop()
try:
    f26()
    print('set().pop()', 'ok')
except BaseException as e:
    print('set().pop()', type(e).__name__, e)
def f27():
    {1}|[1]
try:
    f27()
    print('{1}|[1]', 'ok')
except BaseException as e:
    print('{1}|[1]', type(e).__name__, e)
def f28():
    {[1]}
try:
    f28()
    print('{[1]}', 'ok')
except BaseException as e:
    print('{[1]}', type(e).__name__, e)
def f29():
    hash({1})
try:
    f29()
    print('hash({1})', 'ok')
except BaseException as e:
    print('hash({1})', type(e).__name__, e)
def f30():
    range(1,2,0)
try:
    f30()
    print('range(1,2,0)', 'ok')
except BaseException as e:
    print('range(1,2,0)', type(e).__name__, e)
def f31():
    range()
try:
    f31()
    print('range()', 'ok')
except BaseException as e:
    print('range()', type(e).__name__, e)
def f32():
    range(1.5)
try:
    f32()
    print('range(1.5)', 'ok')
except BaseException as e:
    print('range(1.5)', type(e).__name__, e)
def f33():
    range(10)[10]
try:
    f33()
    print('range(10)[10]', 'ok')
except BaseException as e:
    print('range(10)[10]', type(e).__name__, e)
def f34():
    range(10).index(50)
try:
    f34()
    print('range(10).index(50)', 'ok')
except BaseException as e:
    print('range(10).index(50)', type(e).__name__, e)
def f35():
    slice()
try:
    f35()
    print('slice()', 'ok')
except BaseException as e:
    print('slice()', type(e).__name__, e)
def f36():
    [1,2,3][::0]
try:
    f36()
    print('[1,2,3][::0]', 'ok')
except BaseException as e:
    print('[1,2,3][::0]', type(e).__name__, e)
def f37():
    min()
try:
    f37()
    print('min()', 'ok')
except BaseException as e:
    print('min()', type(e).__name__, e)
def f38():
    min([])
try:
    f38()
    print('min([])', 'ok')
except BaseException as e:
    print('min([])', type(e).__name__, e)
def f39():
    min(1,2,default=3)
try:
    f39()
    print('min(1,2,default=3)', 'ok')
except BaseException as e:
    print('min(1,2,default=3)', type(e).__name__, e)
def f40():
    sum(['a'],'')
try:
    f40()
    print("sum(['a'],'')", 'ok')
except BaseException as e:
    print("sum(['a'],'')", type(e).__name__, e)
def f41():
    sorted()
try:
    f41()
    print('sorted()', 'ok')
except BaseException as e:
    print('sorted()', type(e).__name__, e)
def f42():
    max(1,2,foo=3)
try:
    f42()
    print('max(1,2,foo=3)', 'ok')
except BaseException as e:
    print('max(1,2,foo=3)', type(e).__name__, e)
def f43():
    chr(-1)
try:
    f43()
    print('chr(-1)', 'ok')
except BaseException as e:
    print('chr(-1)', type(e).__name__, e)
def f44():
    ord('ab')
try:
    f44()
    print("ord('ab')", 'ok')
except BaseException as e:
    print("ord('ab')", type(e).__name__, e)
def f45():
    ord(1)
try:
    f45()
    print('ord(1)', 'ok')
except BaseException as e:
    print('ord(1)', type(e).__name__, e)
def f46():
    hex(1.5)
try:
    f46()
    print('hex(1.5)', 'ok')
except BaseException as e:
    print('hex(1.5)', type(e).__name__, e)
def f47():
    divmod(1,0)
try:
    f47()
    print('divmod(1,0)', 'ok')
except BaseException as e:
    print('divmod(1,0)', type(e).__name__, e)
def f48():
    divmod('a',1)
try:
    f48()
    print("divmod('a',1)", 'ok')
except BaseException as e:
    print("divmod('a',1)", type(e).__name__, e)
def f49():
    pow(2,-1,4)
try:
    f49()
    print('pow(2,-1,4)', 'ok')
except BaseException as e:
    print('pow(2,-1,4)', type(e).__name__, e)
def f50():
    pow(2,3,0)
try:
    f50()
    print('pow(2,3,0)', 'ok')
except BaseException as e:
    print('pow(2,3,0)', type(e).__name__, e)
def f51():
    round('a')
try:
    f51()
    print("round('a')", 'ok')
except BaseException as e:
    print("round('a')", type(e).__name__, e)
def f52():
    abs('a')
try:
    f52()
    print("abs('a')", 'ok')
except BaseException as e:
    print("abs('a')", type(e).__name__, e)
def f53():
    getattr(1)
try:
    f53()
    print('getattr(1)', 'ok')
except BaseException as e:
    print('getattr(1)', type(e).__name__, e)
def f54():
    getattr(1,2)
try:
    f54()
    print('getattr(1,2)', 'ok')
except BaseException as e:
    print('getattr(1,2)', type(e).__name__, e)
def f55():
    isinstance(1,2)
try:
    f55()
    print('isinstance(1,2)', 'ok')
except BaseException as e:
    print('isinstance(1,2)', type(e).__name__, e)
def f56():
    issubclass(1,int)
try:
    f56()
    print('issubclass(1,int)', 'ok')
except BaseException as e:
    print('issubclass(1,int)', type(e).__name__, e)
def f57():
    next(1)
try:
    f57()
    print('next(1)', 'ok')
except BaseException as e:
    print('next(1)', type(e).__name__, e)
def f58():
    next(iter([]))
try:
    f58()
    print('next(iter([]))', 'ok')
except BaseException as e:
    print('next(iter([]))', type(e).__name__, e)
def f59():
    iter(1,2)
try:
    f59()
    print('iter(1,2)', 'ok')
except BaseException as e:
    print('iter(1,2)', type(e).__name__, e)
def f60():
    len()
try:
    f60()
    print('len()', 'ok')
except BaseException as e:
    print('len()', type(e).__name__, e)
def f61():
    list(zip([1],[1,2],strict=True))
try:
    f61()
    print('list(zip([1],[1,2],strict=True))', 'ok')
except BaseException as e:
    print('list(zip([1],[1,2],strict=True))', type(e).__name__, e)
def f62():
    list(zip([1,2],[1],strict=True))
try:
    f62()
    print('list(zip([1,2],[1],strict=True))', 'ok')
except BaseException as e:
    print('list(zip([1,2],[1],strict=True))', type(e).__name__, e)
def f63():
    list(zip([1,2],[1,2],[1],strict=True))
try:
    f63()
    print('list(zip([1,2],[1,2],[1],strict=True))', 'ok')
except BaseException as e:
    print('list(zip([1,2],[1,2],[1],strict=True))', type(e).__name__, e)
def f64():
    reversed(3)
try:
    f64()
    print('reversed(3)', 'ok')
except BaseException as e:
    print('reversed(3)', type(e).__name__, e)
def f65():
    enumerate(3)
try:
    f65()
    print('enumerate(3)', 'ok')
except BaseException as e:
    print('enumerate(3)', type(e).__name__, e)
def f66():
    [].append()
try:
    f66()
    print('[].append()', 'ok')
except BaseException as e:
    print('[].append()', type(e).__name__, e)
def f67():
    [].pop(1,2)
try:
    f67()
    print('[].pop(1,2)', 'ok')
except BaseException as e:
    print('[].pop(1,2)', type(e).__name__, e)
def f68():
    [].insert(1)
try:
    f68()
    print('[].insert(1)', 'ok')
except BaseException as e:
    print('[].insert(1)', type(e).__name__, e)
def f69():
    {}.get()
try:
    f69()
    print('{}.get()', 'ok')
except BaseException as e:
    print('{}.get()', type(e).__name__, e)
def f70():
    {}.popitem()
try:
    f70()
    print('{}.popitem()', 'ok')
except BaseException as e:
    print('{}.popitem()', type(e).__name__, e)
def f71():
    {}.keys(1)
try:
    f71()
    print('{}.keys(1)', 'ok')
except BaseException as e:
    print('{}.keys(1)', type(e).__name__, e)
def f72():
    import nosuchmod
try:
    f72()
    print('import nosuchmod', 'ok')
except BaseException as e:
    print('import nosuchmod', type(e).__name__, e)
def f73():
    import math; math.sqrt(-1)
try:
    f73()
    print('import math; math.sqrt(-1)', 'ok')
except BaseException as e:
    print('import math; math.sqrt(-1)', type(e).__name__, e)
def f74():
    import math; math.factorial(-1)
try:
    f74()
    print('import math; math.factorial(-1)', 'ok')
except BaseException as e:
    print('import math; math.factorial(-1)', type(e).__name__, e)
def f75():
    import math; math.exp(1000)
try:
    f75()
    print('import math; math.exp(1000)', 'ok')
except BaseException as e:
    print('import math; math.exp(1000)', type(e).__name__, e)
def f76():
    import sys; sys.setrecursionlimit(0)
try:
    f76()
    print('import sys; sys.setrecursionlimit(0)', 'ok')
except BaseException as e:
    print('import sys; sys.setrecursionlimit(0)', type(e).__name__, e)
def f77():
    open('/nonexistent/x')
try:
    f77()
    print("open('/nonexistent/x')", 'ok')
except BaseException as e:
    print("open('/nonexistent/x')", type(e).__name__, e)
def f78():
    open('/tmp', 'z')
try:
    f78()
    print("open('/tmp', 'z')", 'ok')
except BaseException as e:
    print("open('/tmp', 'z')", type(e).__name__, e)
def f79():
    x={1:2}
    for k in x: x[k+1]=1
try:
    f79()
    print('x={1:2}\nfor k in x: x[k+1]=1', 'ok')
except BaseException as e:
    print('x={1:2}\nfor k in x: x[k+1]=1', type(e).__name__, e)
def f80():
    s={1}
    for k in s: s.add(k+1)
try:
    f80()
    print('s={1}\nfor k in s: s.add(k+1)', 'ok')
except BaseException as e:
    print('s={1}\nfor k in s: s.add(k+1)', type(e).__name__, e)
def f81():
    a=[3,2,1]
    def k(v):
      a.append(1)
      return v
    a.sort(key=k)
try:
    f81()
    print('a=[3,2,1]\ndef k(v):\n  a.append(1)\n  return v\na.sort(key=k)', 'ok')
except BaseException as e:
    print('a=[3,2,1]\ndef k(v):\n  a.append(1)\n  return v\na.sort(key=k)', type(e).__name__, e)
def f82():
    print(1, sep=1)
try:
    f82()
    print('print(1, sep=1)', 'ok')
except BaseException as e:
    print('print(1, sep=1)', type(e).__name__, e)
def f83():
    exec(1)
try:
    f83()
    print('exec(1)', 'ok')
except BaseException as e:
    print('exec(1)', type(e).__name__, e)
# ---
xs = [(i * 7919) % 101 - 50 for i in range(300)]
print(sorted(xs)[:20], sorted(xs, reverse=True)[:10])
ws = ['pear', 'Apple', 'fig', 'banana', 'kiwi', 'apple', 'Fig', 'é', 'z']
print(sorted(ws), sorted(ws, key=len), sorted(ws, key=len, reverse=True), sorted(ws, key=str.lower))
pairs = [(x % 7, i) for i, x in enumerate(xs)]
print(sorted(pairs)[:8], sorted(range(30), key=lambda i: xs[i] % 5, reverse=True))
fl = [3.5, -1.0, 2, 1e10, 0.0, -0.0, 7]
print(sorted(fl), sorted(fl, reverse=True), max(fl), min(fl))
L = list(range(20)); L.sort(key=lambda v: v % 3); print(L)
# ---
def f(a, b=2):
    c = a + b
    print(sorted(locals().items()), sorted(dir())[:3])
    def g():
        return c
    print(sorted(locals()))
    return g
f(1)
x = 5
print('x' in globals(), globals()['x'], vars()['x'] if 'x' in vars() else None)
with open('/tmp/coil_containers_b.bin', 'wb') as fb:
    print(fb.write(b'ab\ncd'), fb)
with open('/tmp/coil_containers_b.bin', 'rb') as fb:
    print(fb.read(), fb)
with open('/tmp/coil_containers_out.txt', 'w') as fo:
    print('to file', 1, 2, sep=',', file=fo)
print(open('/tmp/coil_containers_out.txt').read(), end='')
try:
    open('/tmp/coil_containers_out.txt', 'x')
except FileExistsError as e:
    print(e.errno, e)
f2 = open('/tmp/coil_containers_out.txt')
f2.close()
try:
    f2.read()
except ValueError as e:
    print(e)
import sys
print('err', file=sys.stderr, flush=True)
sys.stderr.write('e2\n')
print(sys.stdout.write('w\n'))
# ---
r = range(10**20)
print(r, len(range(2**62)), r[-1], r[5:7], r[::-1][:3], 10**19 in r, 10**20 in r, r.index(12345), r.count(5), r.start, r.stop, r.step)
print(range(2**63, 2**63 + 2), list(range(2**63, 2**63 + 2)), list(reversed(range(2**64, 2**64 + 3))), bool(range(2**70, 2**70)))
print(range(2**64) == range(0, 2**64, 1), range(2**64) == range(5), hash(range(2**64)) == hash(range(0, 2**64)), type(range(2**64)).__name__, iter(range(2**64)).__class__.__name__)
try:
    len(r)
except OverflowError as e:
    print(e)
print(list(range(-2**63, -2**63 + 3)), range(-5, 2**63, 2**62)[1], sum(range(2**63, 2**63 + 3)))
# ---
base = list(range(10))
idx = [None, -12, -10, -3, -1, 0, 1, 3, 9, 10, 12]
steps = [None, -3, -1, 1, 2, 4]
out = []
for a in idx:
    for b in idx:
        for c in steps:
            out.append(base[a:b:c])
            out.append(tuple(base)[a:b:c])
            out.append(range(10)[a:b:c])
            out.append('abcdefghij'[a:b:c])
print(hash(str(out)) if False else len(out), out[:50], out[-50:])
res = []
for a in idx:
    for b in idx:
        for c in steps:
            x = list(base)
            try:
                del x[a:b:c]
                res.append(x)
            except Exception as e:
                res.append(str(e))
            y = list(base)
            try:
                n = len(y[a:b:c])
                y[a:b:c] = list(range(100, 100 + n)) if c not in (None, 1) else ['X', 'Y']
                res.append(y)
            except Exception as e:
                res.append(str(e))
print(res[::7])
a = [1, 2, 3]; a[:] = a; print(a); a[1:1] = a; print(a); a[::-1] = a; print(a); del a[:]; print(a)
b = [1, 2, 3, 4]; b[::-2] = 'xy'; print(b); b[5:] = [9]; print(b); b[-100:1] = []; print(b)
d = dict.fromkeys(range(8)); del d[3]; d[3] = 'x'; del d[0]; d[0] = 'y'; print(d, d.popitem(), list(d.items())[:2])
s = set(range(0, 100, 7)); print([s.pop() for _ in range(5)], s)
print({frozenset({1, 2}), frozenset({2, 1}), frozenset()}, hash(frozenset({frozenset({1})})), frozenset({1}) == {1})
print(sorted({3: 'c', 1: 'a', 2: 'b'}.items()), list(reversed({1: 1, 2: 2}.values())))
# ---
with open('/tmp/coil_containers_rw.txt', 'w') as f:
    f.write('hello\nworld\n')
with open('/tmp/coil_containers_rw.txt', 'r+') as f:
    print(repr(f.readline()), f.write('WORLD'), repr(f.read()))
print(repr(open('/tmp/coil_containers_rw.txt').read()))
with open('/tmp/coil_containers_rw.txt', 'a+') as f:
    print(f.write('tail\n'), repr(f.read()))
print(repr(open('/tmp/coil_containers_rw.txt').read()))
with open('/tmp/coil_containers_rw.txt', 'w+') as f:
    print(f.write('new'), repr(f.read()))
print(repr(open('/tmp/coil_containers_rw.txt').read()), open('/tmp/coil_containers_rw.txt', 'rb').read())
# ---
print(1, 2, sep=None, end=None); print('x', end='')
print()
print(sum([True, 2, 0.5]), sum([], 0.0), sum([1, 2], 0.5), round(-0.5), round(0.5), round(-1.5), round(1.5), round(2.5))
print(divmod(-7.5, 2), divmod(7, -2.0), divmod(-7, 2), divmod(2**70, 3), divmod(-2**70, 7), abs(-0.0), hex(True), chr(0x10FFFF) == '\U0010ffff', ord('\U0001F600'))
print(list(enumerate('ab', -5)), list(zip('abc', [1, 2], (9, 8, 7))), max('abc', key=ord), list(map(int, '123')), sorted({'b': 1, 'a': 2}))
print(list(reversed({1: 'a', 2: 'b'}.items())), list(reversed({1: 'a', 2: 'b'}.values())))
try:
    list(map(None, [1]))
except TypeError as e:
    print(e)
print(min([3, 1, 2], key=lambda x: (x % 2, x)), max([], key=len, default=None), min((1, 'a'), (1, 'b')))
print(pow(2, 10), pow(2.0, -1), pow(10, -2), pow(-2, 3), 2 ** -1, pow(3, 2, -4))
print(round(123.456, -1), round(123.456, 1), round(-123.456, 0), round(1e300, -300), round(5.5e-10, 10), round(0.1 + 0.2, 15))
print(repr(round(2.5, None)), round(7.0), type(round(7.5)), round(True), round(10**20 + 0.5))
x = [1, 2, 3]
print(isinstance(x, list), isinstance(x, (int, list)), issubclass(list, object), callable(print), callable(list), callable(x.append))
print(len(range(0, 100, 7)), len({}), len(set('hello')), len(b'abc'), len((1,)), len('héllo'))
import math
print(math.floor(5), math.ceil(-0.5), math.trunc(2**70 + 0.0) == 2**70, math.floor(1e20), math.sqrt(2**64), math.log(1000, 10), math.log2(1024), math.gcd(-12, 18), math.gcd(0, 0))
print(math.comb(50, 25), math.perm(10, 0), math.factorial(0), math.isqrt(10**20), math.hypot(1, 1, 1))
print(abs(-5), abs(3.5), abs(-2**70), abs(True), -abs(-0.0))
