# tb.tb_next / tb.tb_frame are the same objects on every read; with_traceback(tb.tb_next)
# keeps the shorter chain, and raising again prepends the new frame.
import traceback
def g(): 1/0
def f(): g()
try:
    f()
except Exception as e:
    tb = e.__traceback__
    print(tb.tb_next is tb.tb_next, tb.tb_frame is tb.tb_frame, tb is e.__traceback__)
    print(tb.tb_next.tb_next.tb_next, tb.tb_next.tb_lineno, tb.tb_next.tb_lasti > 0)
    e2 = ValueError().with_traceback(tb.tb_next)
    print(traceback.format_tb(e2.__traceback__))
    try:
        raise e2
    except ValueError as e3:
        print(len(traceback.extract_tb(e3.__traceback__)))
