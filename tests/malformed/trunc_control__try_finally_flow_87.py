# finally runs on return, break and continue; a return in finally wins
def f():
    try