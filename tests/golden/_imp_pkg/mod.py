print("_imp_pkg.mod: running", __name__, __package__)
VALUE = 42
