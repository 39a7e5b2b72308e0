# yield from delegating send/throw/close to generators, list iterators and a hand-written
# iterator class (throw gets the original arguments), and a throw through three levels
def sub():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("sub caught", e)
        return "sub ret"
def outer():
    r = yield from sub()
    print("outer got", r)
    yield "after"
o = outer()
print(next(o))
print(o.throw(ValueError("v")))
def lst():
    yield from [1, 2, 3]
l = lst()
print(next(l), type(l.gi_yieldfrom).__name__)
try:
    l.send(5)
except AttributeError as e:
    print("AE", e)
l2 = lst(); next(l2)
try:
    l2.throw(KeyError("kk"))
except KeyError as e:
    print("KE", e)
l3 = lst(); next(l3); l3.close(); print(l3.gi_frame)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration(self.n * 10)
        return self.n
    def send(self, v):
        print("It.send", v); return self.__next__()
    def throw(self, *a):
        print("It.throw", a[0].__class__.__name__); raise StopIteration("thrown-ret")
    def close(self):
        print("It.close")
def deleg():
    r = yield from It()
    print("deleg got", r)
    yield r
d = deleg()
print(next(d), d.send("s1"), d.send(None))
print(next(d))
d2 = deleg(); next(d2)
print(d2.throw(RuntimeError))
d3 = deleg(); next(d3); d3.close()
def inner3():
    yield 1
def mid3():
    yield from inner3()
def out3():
    yield from mid3()
t = out3(); next(t)
t = out3(); next(t)
try:
    t.throw(ValueError("deep"))
except ValueError as e:
    print("caught", e, type(e.__traceback__).__name__)
