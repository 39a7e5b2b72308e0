# atomic objects come back as is; uncopyable objects raise; copy.Error
import copy


def f():
    pass


class K:
    pass


for obj in (None, 1, 2.5, True, 'str', b'by', len, f, K, range(3), Ellipsis):
    print(type(obj).__name__, copy.copy(obj) is obj, copy.deepcopy(obj) is obj)


def gen():
    yield 1


try:
    copy.copy(gen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    copy.deepcopy(gen())
except TypeError as e:
    print(type(e).__name__, e)
print(copy.Error, copy.error is copy.Error, issubclass(copy.Error, Exception))
print(copy.copy([]) == [], copy.copy({}) == {}, copy.deepcopy({'a': {'b': []}}))
