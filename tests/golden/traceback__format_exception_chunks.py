# format_exception returns one string per frame / header / exception line (the list's shape
# matters: programs print the list).
import traceback

def f(d):
    return d["missing"]

try:
    f({})
except KeyError as e:
    print(traceback.format_exception(e))
    print(traceback.format_exception(type(e), e, e.__traceback__))
    print(traceback.format_tb(e.__traceback__))
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
    print(list(traceback.TracebackException.from_exception(e).format_exception_only()))
