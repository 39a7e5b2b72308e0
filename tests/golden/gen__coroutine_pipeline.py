# generator-based coroutine pipeline: a source pushes values through send() into filters and a sink
def coroutine(func):
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    return start

@coroutine
def grep(pattern, target):
    print("looking for", pattern)
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    except GeneratorExit:
        print("grep closing")
        target.close()

@coroutine
def upper(target):
    while True:
        target.send((yield).upper())

@coroutine
def printer():
    try:
        while True:
            line = yield
            print("->", line)
    finally:
        print("printer done")

p = grep("python", upper(printer()))
for line in ["python generators", "rust", "coroutines in python", "c"]:
    p.send(line)
p.close()
