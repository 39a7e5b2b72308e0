# closing a generator that never started: nothing in the body runs
def g():
    print("body")
    try:
        yield 1
    finally:
        print("finally")

it = g()
print(it.close())
print(it.gi_frame is None, it.gi_suspended, it.gi_running)
print(list(it))
try:
    it.send("x")
except StopIteration:
    print("StopIteration after close")
