# types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) builds a traceback object;
# argument errors as CPython's.
import sys, types, traceback
f = sys._getframe()
tb = types.TracebackType(None, f, 0, 5)
print(type(tb).__name__, tb.tb_lineno, tb.tb_lasti, tb.tb_next, tb.tb_frame is f)
tb2 = types.TracebackType(tb, f, 2, 7)
print(tb2.tb_next is tb, tb2.tb_lineno)
for bad in [(1, f, 0, 1), (None, 1, 0, 1), (None, f, "x", 1), (None, f)]:
    try:
        types.TracebackType(*bad)
    except TypeError as e:
        print(e)
e = ValueError("v").with_traceback(tb2)
print(e.__traceback__ is tb2)
