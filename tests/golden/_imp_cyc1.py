print("_imp_cyc1: start")
import _imp_cyc2
ONE = 1
print("_imp_cyc1: sees _imp_cyc2.TWO =", _imp_cyc2.TWO)
