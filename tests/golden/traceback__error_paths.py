# Wrong arguments to the traceback functions raise CPython's errors.
import traceback
for call in (lambda: traceback.format_exception(3),
             lambda: traceback.format_exception(ValueError, ValueError()),
             lambda: traceback.print_exception(ValueError, tb=None),
             lambda: traceback.print_last(),
             lambda: traceback.format_exception("s")):
    try:
        call()
    except Exception as ex:
        print(type(ex).__name__, ex)
print(traceback.format_exception(ValueError, ValueError("v"), None))
traceback.clear_frames(None)
try:
    1 / 0
except ZeroDivisionError as e:
    traceback.clear_frames(e.__traceback__)
    print("cleared")
