print("_imp_badpkg.broken: running")
raise ValueError("broken submodule")
