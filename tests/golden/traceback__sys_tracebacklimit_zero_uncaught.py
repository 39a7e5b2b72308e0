# sys.tracebacklimit = 0: the uncaught report is only the exception line.
import sys
sys.tracebacklimit = 0
def a(): 1/0
a()
