# Assigning tb_next trims or relinks a traceback; the traceback module follows the links.
import traceback
def c(): raise KeyError("c")
def b(): c()
def a(): b()
try:
    a()
except KeyError as e:
    tb = e.__traceback__
    print([fs.name for fs in traceback.extract_tb(tb)])
    tb.tb_next.tb_next = None
    print([fs.name for fs in traceback.extract_tb(tb)])
    traceback.print_exception(e)
    for v in (3,):
        try: tb.tb_next = v
        except Exception as x: print(type(x).__name__, x)
    try: tb.tb_next = tb
    except Exception as x: print(type(x).__name__, x)
    try: del tb.tb_next
    except Exception as x: print(type(x).__name__, x)
    try: tb.tb_frame = None
    except Exception as x: print(type(x).__name__, x)
    e2 = ValueError("v").with_traceback(tb)
    print(len(traceback.extract_tb(e2.__traceback__)))
    tb.tb_next = None
    print(traceback.format_tb(tb))
