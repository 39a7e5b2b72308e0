# a generator that raised is finished: later next() gives StopIteration, finally already ran
def g():
    try:
        yield 1
        raise ValueError("boom")
    finally:
        print("finally during error")

it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print("caught", e)
print(next(it, "exhausted"), it.gi_frame)
