# nonlocal naming a variable that has no enclosing binding
def f():
    nonlocal zzz
    zzz = 1
