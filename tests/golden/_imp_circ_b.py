print("_imp_circ_b: start")
from _imp_circ_a import helper_a
def helper_b():
    return "b"
