from collections import defaultdict, OrderedDict, Counter

d = defaultdict(list)
d['a'].append(1); d['b']; d['a'].append(2)
print(d, repr(defaultdict()), defaultdict(int, {1: 2}, x=3), d.default_factory)
e = d.copy(); e['z'].append(0)
print(type(e).__name__, e, 'z' in d, isinstance(d, dict))
n = defaultdict(None)
try:
    n['missing']
except KeyError as ex:
    print('KeyError', ex)
try:
    defaultdict(1)
except TypeError as ex:
    print('TypeError', ex)
print(n.get('q'), len(n), 'q' in n)
counts = defaultdict(int)
for w in 'the cat the hat the'.split():
    counts[w] += 1
print(counts, dict(counts), sorted(counts.items()))
nest = defaultdict(lambda: defaultdict(int))
nest['x']['y'] += 2
print(dict(nest['x']), defaultdict(int) | {'a': 1})
r = defaultdict(list); r['self'].append(r)

o = OrderedDict(a=1, b=2, c=3)
o.move_to_end('a'); print(o)
o.move_to_end('c', last=False); print(o, list(o), list(reversed(o)))
print(o.popitem(), o.popitem(last=False), o)
print(repr(OrderedDict()), OrderedDict([(1, 2)]) == {1: 2})
x = OrderedDict([(1, 1), (2, 2)]); y = OrderedDict([(2, 2), (1, 1)])
print(x == y, x != y, dict(x) == dict(y), x == dict(y), OrderedDict.fromkeys('ab', 0))
for bad in [lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end('k'),
            lambda: len(OrderedDict(a=1))]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
oc = x.copy(); oc[3] = 3; print(oc, x, type(oc).__name__)
print(OrderedDict(x) | {9: 9})

c = Counter('abracadabra')
print(c, c['a'], c['zz'], c.most_common(2), c.most_common(), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=-1, c=0).elements()))
c.update('aaz'); c.update({'b': 10}); c.update(q=1); print(c)
c.subtract('aaaa'); c.subtract({'q': 5}); print(c)
del c['nope']; del c['q']; print(c)
a, b = Counter(a=3, b=1, c=-2), Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b, +a, -a)
a2 = a.copy(); a2 += b; print(a2)
a3 = a.copy(); a3 -= b; print(a3)
print(a == Counter(a=3, b=1, c=-2), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2),
      Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1), Counter() == {})
print(repr(Counter()), Counter(['x', 'y', 'x']), Counter({'z': 1, 'y': 3}), Counter(x=1, y=1))
try:
    Counter.fromkeys('ab')
except NotImplementedError as ex:
    print('NotImplementedError', ex)
print(isinstance(c, dict), type(c.copy()).__name__, Counter('hello').most_common(1))
