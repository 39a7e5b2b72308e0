# more call-binding errors: **kwargs with non-string keys, duplicate values, too many positional
def f(a, b=2):
    return a, b
for call in [lambda: f(**{1: 2}), lambda: f(1, **{"a": 3}), lambda: f(1, 2, 3, 4), lambda: f(b=1),
             lambda: print(**{