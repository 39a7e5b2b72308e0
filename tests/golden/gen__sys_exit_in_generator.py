# sys.exit() inside a generator: SystemExit escapes, finally blocks run, exit status is used
import sys

def g():
    try:
        yield 1
        sys.exit(3)
    finally:
        print("generator finally")

for v in g():
    print("got", v)
