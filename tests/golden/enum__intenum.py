# IntEnum arithmetic, comparisons, sorting, indexing; int-mixed Enum
from enum import IntEnum, Enum


class Pri(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


print(Pri.LOW + 1, Pri.MID * 2, Pri.HIGH - Pri.LOW, Pri.LOW < Pri.HIGH, Pri.MID == 5)
print(sorted([Pri.HIGH, Pri.LOW, Pri.MID]), max(Pri), int(Pri.MID), ['a', 'b'][Pri.LOW])
print(Pri(10), Pri(5) is Pri.MID, hash(Pri.LOW) == hash(1), isinstance(Pri.LOW, int))
print('%d|%s|%r' % (Pri.MID, Pri.MID, Pri.MID), '{:03d}'.format(Pri.LOW))
try:
    Pri(2)
except ValueError as e:
    print(type(e).__name__, e)


class Code(int, Enum):
    OK = 200
    NOT_FOUND = 404


print(Code.OK, repr(Code.OK), Code.OK + 0, Code(404), Code.NOT_FOUND > Code.OK)
