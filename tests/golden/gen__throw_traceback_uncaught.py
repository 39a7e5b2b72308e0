# an uncaught thrown exception: the traceback has the throw() call and the generator's yield
def worker():
    print("working")
    yield 1
    print("never")

w = worker()
next(w)
w.throw(ValueError("stop working"))
