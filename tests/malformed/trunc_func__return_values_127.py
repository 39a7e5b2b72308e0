# implicit None return, multiple return values, early return
def nothing(): pass
def pair(): return 1, 2
def early(x):
    if x