# raising something that is not an exception is a TypeError
for bad in [1, "str", ValueError.__name__]:
    try:
        raise bad
    except TypeError as e:
        print(type(e).__name__, e)
class NotExc: pass
try:
    raise NotExc
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError from 5
except TypeError as e