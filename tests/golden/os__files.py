# coil-test: args={tmpdir}
# Create, list (sorted: the OS order is not defined), rename, measure and remove files.
import os
import sys

os.chdir(sys.argv[1])
print(os.listdir("."), os.listdir())
for name, text in [("b.txt", "hello"), ("a.txt", ""), ("c.log", "x" * 1000)]:
    with open(name, "w") as f:
        f.write(text)
print(sorted(os.listdir(".")))
print([(n, os.path.getsize(n), os.path.isfile(n), os.path.isdir(n), os.path.exists(n)) for n in sorted(os.listdir())])
os.rename("a.txt", "z.txt")
os.replace("z.txt", "y.txt")
print(sorted(os.listdir(".")), os.path.exists("a.txt"))
os.remove("b.txt")
os.unlink("c.log")
print(sorted(os.listdir(".")))
st = os.stat("y.txt")
print(st.st_size, st[6], len(tuple(st)), type(st).__name__, st.st_mode & 0o170000 == 0o100000)
print(sorted(os.listdir(b".")), os.path.getsize(b"y.txt"))
os.remove("y.txt")
print(os.listdir("."))
