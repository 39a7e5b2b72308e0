# print with sep, end, flush, file and multiple/zero arguments
import sys
print()
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" continued", end="!\n")
print(1, 2, sep="", end="\n\n")
print("x", "y", sep=None, end=None)
print("flushed", flush=True)
print("to stderr", 1, 2, sep=",", file=sys.stderr)
print(*[], sep="|")
print(None, True, 1.0, [1], sep=