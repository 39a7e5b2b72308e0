# global and nonlocal declarations
g = 1
def set_global():
    global g, new_global
    g = 2
    new_global = "created"
set_global()
print(g, new_global)
def outer():
    a = 1
    def inner():
        nonlocal a
        a += 10
    inner(); inner()
    return a
print(outer(