print("_imp_dep: loaded")
