import _imp_dep
print("_imp_partial_fail: about to fail")
raise RuntimeError("half done")
