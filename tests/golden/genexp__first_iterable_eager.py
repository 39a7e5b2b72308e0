# the first iterable is evaluated (and iter() called) at creation; the rest only on iteration
def first():
    print("first iterable evaluated")
    return [1, 2]

def second():
    print("second iterable evaluated")
    return [10]

g = (x + y for x in first() for y in second())
print("created")
print(list(g))
try:
    g = (x for x in 5)
except TypeError as e:
    print("at creation:", type(e).__name__, e)
g = (y for x in [1] for y in 5)
print("created with a bad inner iterable")
try:
    next(g)
except TypeError as e:
    print("at iteration:", type(e).__name__, e)
try:
    g = (x for x in undefined_name)
except NameError as e:
    print("at creation:", type(e).__name__, e)
