# Traceback objects: tb_frame, tb_lineno, tb_next, tb_lasti, and walk_tb.
import traceback

def g():
    1/0
def f():
    g()
try:
    f()
except Exception as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next.tb_frame.f_code.co_name,
          tb.tb_next.tb_lineno, tb.tb_next.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next.tb_next)
    print(type(tb).__name__, type(tb.tb_frame).__name__, isinstance(tb.tb_lasti, int))
    print(tb.tb_frame.f_globals is globals(), tb.tb_frame.f_code.co_filename == __file__)
    for frame, lineno in traceback.walk_tb(tb):
        print(frame.f_code.co_name, lineno, frame.f_code.co_qualname)
    print(e.__traceback__ is tb)
