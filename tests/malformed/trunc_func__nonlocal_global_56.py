# global and nonlocal declarations
g = 1
def set_global(