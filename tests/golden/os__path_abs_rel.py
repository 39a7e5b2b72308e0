# coil-test: args={tmpdir}
# abspath/relpath against the cwd, commonprefix/commonpath, expanduser, exists on links.
import os
import sys

os.chdir(sys.argv[1])
cwd = os.getcwd()
print(os.path.abspath("a/b") == os.path.join(cwd, "a/b"), os.path.abspath("/x/./y/../z"), os.path.abspath("/"))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"), os.path.relpath("x/y"), os.path.relpath(cwd + "/q", cwd))
print(os.path.commonprefix(["abc", "abd", "ab"]), repr(os.path.commonprefix([])), os.path.commonprefix(["/usr/lib", "/usr/local"]))
print(os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.commonpath(["a/b", "a/c"]), os.path.commonpath(["/x"]))
for bad in [lambda: os.path.commonpath([]), lambda: os.path.commonpath(["/a", "b"]), lambda: os.path.relpath("")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
os.environ["HOME"] = "/home/someone"
print(os.path.expanduser("~"), os.path.expanduser("~/x"), os.path.expanduser("a~"), os.path.expanduser("~other/x"))
open("f", "w").close()
os.mkdir("dd")
print(os.path.exists("f"), os.path.exists("dd"), os.path.exists("nope"), os.path.lexists("f"), os.path.islink("f"))
print(os.path.getmtime("f") > 0, type(os.path.getmtime("f")).__name__)
