# coil-test: args={tmpdir}
# A file opened for reading is read at the first read, not at open(): data another file
# object appends in between is seen (CPython's buffered reader fills its buffer lazily).
import sys

path = sys.argv[1] + "/a.txt"
with open(path, "w") as f:
    f.write("A\n")
r = open(path)
with open(path, "a") as w:
    w.write("B\n")
print(repr(r.read()))
r.close()

rb = open(path, "rb")
with open(path, "ab") as w:
    w.write(b"C")
print(rb.readline(), rb.read())
rb.close()

# A file that is not valid UTF-8 opens fine; the decoding error comes at the first read.
with open(path, "wb") as f:
    f.write(b"ok\xff\n")
r = open(path)
print("opened")
try:
    r.readline()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
r.close()
