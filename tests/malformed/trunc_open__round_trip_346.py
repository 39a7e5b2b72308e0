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
    print(repr(f.read(