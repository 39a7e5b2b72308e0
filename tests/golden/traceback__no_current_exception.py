# With no exception being handled, format_exc / print_exc report "NoneType: None".
import traceback, sys
print(repr(traceback.format_exc()))
traceback.print_exc()
traceback.print_exc(file=sys.stdout)
print(traceback.format_exception(None))
print(traceback.format_exception_only(None))
print(sys.exc_info(), sys.exception())
try:
    raise KeyError(1)
except KeyError:
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
print(repr(traceback.format_exc()))
