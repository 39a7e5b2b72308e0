# Frames from exec'd code, comprehensions, lambdas, class bodies, nested functions, re-raises,
# SyntaxError from eval, SystemExit and assert, through format_exception(*sys.exc_info()).
import traceback, sys
def show():
    print(''.join(traceback.format_exception(*sys.exc_info())))
try:
    exec("def h():\n    raise KeyError('e')\nh()")
except KeyError:
    show()
try:
    [1/0 for _ in range(1)]
except ZeroDivisionError:
    show()
try:
    (lambda: undefined_name)()
except NameError:
    show()
class C:
    def __init__(self):
        self.x = [][0]
try:
    C()
except IndexError:
    show()
try:
    class D:
        y = 1 + "a"
except TypeError:
    show()
def outer():
    def inner():
        raise OSError("os")
    inner()
try:
    outer()
except OSError as e:
    print([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])
    show()
try:
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            show()
            raise
except TypeError:
    show()
try:
    eval("1 +* 2")
except SyntaxError:
    show()
try:
    int("zz")
except ValueError:
    traceback.print_exc(file=sys.stdout)
try:
    raise SystemExit(3)
except SystemExit:
    show()
try:
    assert 1 == 2, "nope"
except AssertionError:
    show()
