# a module body runs once; deleting it from sys.modules makes the next import run it again
import sys
import _imp_counter
import _imp_counter
print(_imp_counter.count)
first = sys.modules.pop("_imp_counter")
import _imp_counter
print(_imp_counter.count, first is _imp_counter, first.count)
sys.modules["_imp_alias"] = first
import _imp_alias
print(_imp_alias is first)
