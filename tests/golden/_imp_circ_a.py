print("_imp_circ_a: start")
from _imp_circ_b import helper_b
def helper_a():
    return "a"
