# coil-test: args={tmpdir}
# scandir entries (sorted by name): name, path, is_dir/is_file/is_symlink, stat, fspath.
import os
import sys

os.chdir(sys.argv[1])
os.mkdir("sub")
with open("f1", "w") as f:
    f.write("abc")
with open("sub/inner", "w") as f:
    f.write("")
for e in sorted(os.scandir(), key=lambda e: e.name):
    print(e, e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), os.fspath(e), type(e).__name__)
    print("  ", e.stat().st_size if e.is_file() else "dir", e.inode() == os.stat(e.path).st_ino)
with os.scandir("sub") as it:
    print([(e.name, e.path) for e in it])
with os.scandir(b".") as it:
    print(sorted(e.path for e in it))
print(type(os.scandir(".")).__name__, sorted(e.name for e in os.scandir(os.getcwd())))
try:
    os.scandir("nope")
except OSError as e:
    print(type(e).__name__, e)
