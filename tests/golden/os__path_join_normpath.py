# os.path.join and normpath, isabs, normcase, splitdrive.
import os
import os.path as osp
from os.path import join, normpath

print(join("a", "b", "c"), join("a", "/b", "c"), join("a/", "b"), join("", "x"), join("a", ""), join("/"), join("a", "", "b"))
print(join("/usr", "lib", "..", "bin"), join(b"a", b"b"))
for p in ["", ".", "..", "/", "//", "///", "a/b/../c", "/../a", "../../a/b", "a/./b/./", "//a/b", "a//b//c/", "./a/../..", "/a/b/../../.."]:
    print(repr(p), repr(normpath(p)), osp.isabs(p))
print(osp.normcase("A/B"), osp.splitdrive("/a/b"), osp is os.path, os.path.__name__)
for bad in [lambda: join(1), lambda: join("a", 2), lambda: join("a", b"b"), lambda: normpath(None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
