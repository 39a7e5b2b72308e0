# print_stack / format_stack / extract_stack / walk_stack show the calling frames.
import traceback, sys

def f():
    traceback.print_stack()
    print(traceback.format_stack())
    print(traceback.extract_stack())
    s = traceback.extract_stack(limit=1)
    print(s, s[0].line)
    print(traceback.format_stack(sys._getframe(), limit=1))
    traceback.print_stack(sys._getframe(1), file=sys.stdout)
def g():
    f()
g()
def ws():
    for fr, ln in traceback.walk_stack(None):
        print(fr.f_code.co_name, ln)
    print([fs.name for fs in traceback.StackSummary.extract(traceback.walk_stack(None))])
def ws2():
    ws()
ws2()
