# __slots__ instances, list/dict subclasses, collections types, namedtuple
import collections
import copy


class S:
    __slots__ = ('a', 'b')


s = S()
s.a = [1]
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2.a is s.a, s3.a == s.a, s3.a is s.a, hasattr(s2, 'b'))


class L(list):
    pass


ll = L([1, [2]])
ll.tag = 't'
l2 = copy.deepcopy(ll)
print(type(l2).__name__, l2, l2.tag, l2[1] is ll[1])


class D(dict):
    pass


dd = D(a=1)
d2 = copy.copy(dd)
print(type(d2).__name__, d2, d2 is not dd)
od = collections.OrderedDict(a=1)
print(copy.copy(od), copy.deepcopy(collections.defaultdict(list, {'k': [1]})))
print(copy.deepcopy(collections.Counter('aab')), copy.copy(collections.deque([1, 2])))
Point = collections.namedtuple('Point', 'x y')
p = copy.deepcopy(Point([1], 2))
print(copy.copy(Point(1, 2)), p, type(p).__name__)
