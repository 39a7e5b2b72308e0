# sys.tracebacklimit limits both the traceback module and the interpreter's own report
# (innermost entries kept).
import sys, traceback
def a(): b()
def b(): c()
def c(): raise KeyError(1)
sys.tracebacklimit = 2
try:
    a()
except KeyError:
    traceback.print_exc(file=sys.stdout)
sys.tracebacklimit = 0
try:
    a()
except KeyError:
    traceback.print_exc(file=sys.stdout)
sys.tracebacklimit = 2
a()
