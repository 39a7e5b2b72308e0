# limit= keeps the outermost frames (positive) or the innermost (negative).
import traceback

def c(): raise IndexError("deep")
def b(): c()
def a(): b()

try:
    a()
except IndexError as e:
    for limit in (None, 0, 1, 2, -1, -2, 10, -10):
        print(limit, [fs.name for fs in traceback.extract_tb(e.__traceback__, limit=limit)])
    traceback.print_exc(limit=1)
    traceback.print_exc(limit=-1)
    print(traceback.format_exception(e, limit=2))
    print(traceback.format_tb(e.__traceback__, limit=-2))
    traceback.print_tb(e.__traceback__, limit=1)
