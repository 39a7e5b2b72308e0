# the builtins module is importable and is the namespace builtin names come from
import builtins
print(builtins, builtins.len is len, builtins.__name__)
builtins.shared_by_all = "visible everywhere"
import _imp_helper
print(shared_by_all)
def f():
    return shared_by_all
print(f())
import sys
print(sys.modules["builtins"] is builtins)
