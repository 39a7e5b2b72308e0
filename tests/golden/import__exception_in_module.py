# an exception raised by an imported module's body: the traceback goes through its file
import _imp_helper
import _imp_raises
