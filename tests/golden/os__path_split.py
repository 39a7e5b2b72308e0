# os.path.split/splitext/basename/dirname on the tricky shapes.
import os.path

for p in ["a/b/c.txt", "/", "", "a/", "//a//b/", ".bashrc", "a.b.c", "a/.b", "...", "a/b.", "/a/../../b/./c",
          "a//b", "./a/..", "//x", "///x", "foo.tar.gz", "/usr/lib/python3.11/", "..", "a/..b", "c:\\x.y"]:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)))
print(os.path.split(b"a/b"), os.path.splitext(b"x.py"), os.path.basename(b"/q/r"))
