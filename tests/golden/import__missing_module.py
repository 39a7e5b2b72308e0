# importing a module that does not exist
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
import also_missing_module
