# a traceback object (e.__traceback__, sys.exc_info()[2], tb_next) keeps the unwound frames'
# locals alive after the exception itself is gone
import sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f(name):
    x = D(name)
    raise ValueError(name)
def g(name):
    y = D(name + " outer")
    f(name)
try:
    f("tb kept")
except ValueError as e:
    tb = e.__traceback__
print("handler done")
del tb
print("tb dropped")
try:
    f("exc_info tb")
except ValueError:
    tb = sys.exc_info()[2]
print("handler done")
tb = None
print("tb dropped")
try:
    g("tb_next kept")
except ValueError as e:
    inner = e.__traceback__.tb_next
print("handler done")
del inner
print("inner dropped")
try:
    f("cleared but tb kept")
except ValueError as e:
    tb = e.__traceback__
    e.__traceback__ = None
    print("cleared")
print("handler done")
del tb
print("end")
