# coil-test: stdin=input__stdin.stdin
# reading all of stdin through sys.stdin
import sys
data = sys.stdin.read()
print(repr(data), len(data.splitlines()))
