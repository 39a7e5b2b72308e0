# importing a user module next to the script: executed once, cached, attributes, repr
import _imp_helper
import _imp_helper as again
import sys
print(_imp_helper is again, _imp_helper is sys.modules["_imp_helper"])
print(_imp_helper.X, _imp_helper.greet("main"), _imp_helper.Thing())
print(_imp_helper.__name__, _imp_helper.__doc__)
print(_imp_helper.__file__)
print(_imp_helper)
print(repr(_imp_helper.__package__), type(_imp_helper.__builtins__).__name__)
print(type(_imp_helper).__name__, hasattr(_imp_helper, "__path__"))
print(_imp_helper._private)
