# sys._getframe and inspect.currentframe argument errors.
import sys, inspect
for call in (lambda: sys._getframe(1000), lambda: sys._getframe("a"),
             lambda: sys._getframe(1, 2), lambda: inspect.currentframe(1)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(sys._getframe(-1).f_code.co_name)
