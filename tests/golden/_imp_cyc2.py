print("_imp_cyc2: start")
import sys
import _imp_cyc1
print("_imp_cyc2: _imp_cyc1 partial, has ONE:", hasattr(_imp_cyc1, "ONE"), "in sys.modules:", "_imp_cyc1" in sys.modules)
TWO = 2
