# an uncaught exception from inside a generator ends the script with status 1
import sys

def g():
    yield 1
    raise LookupError("from generator")

print(list(g()))
print("not reached")
