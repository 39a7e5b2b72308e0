x = 10
def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))
def g():
    del y
    y = 1
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def h():
    z = 1
    del z
    return z
try:
    h()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return inner()
print(outer())
def outer2():
    def inner():
        nonlocal w
        w += 1
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    w = 0
outer2()
def cond(flag):
    if flag:
        val = 1
    return val
try:
    cond(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def exc_var():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
try:
    exc_var()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    del undefined_global
except NameError as e:
    print(type(e).__name__, e)
class C:
    try:
        print(undefined_in_class)
    except NameError as e:
        print(type(e).__name__, e)
def aug():
    counter += 1
try:
    aug()
except UnboundLocalError as e:
    print(type(e).__name__, e)
