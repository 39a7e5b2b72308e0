# coil-test: args={tmpdir}
# open(): write, append, read back whole/lines/iteration, in a fresh temp directory
import sys
path = sys.argv[1] + "/notes.txt"
with open(path, "w") as f:
    n = f.write("line one\n")
    f.write("line two\n")
print("wrote", n)
with open(path, "a") as f:
    f.write("línea tres\n")
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip())
f = open(path)
print(f.closed, len(f.read()))
f.close()
print(f.closed)
