# coil-test: args={tmpdir}
# with open(...) closes the file even when the body raises
import sys
p = sys.argv[1] + "/w.txt"
with open(p, "w") as f:
    f.write("abc\n")
print(f.closed)
try:
    with open(p) as g:
        print(g.read().strip())
        raise KeyError("inside")
except KeyError as e:
    print("caught", e, g.closed)
