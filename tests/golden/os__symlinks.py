# coil-test: args={tmpdir}
# symlink/readlink/islink/lexists and realpath through links, loops and missing parts.
import os
import sys

os.chdir(sys.argv[1])
base = os.getcwd()
os.makedirs("real/inner")
open("real/inner/f.txt", "w").close()
os.symlink("real", "link")
os.symlink("inner/f.txt", "real/flink")
os.symlink("missing_target", "dangling")
os.symlink("loop_b", "loop_a")
os.symlink("loop_a", "loop_b")
print(sorted(os.listdir(".")), os.readlink("link"), os.readlink(b"dangling"))
for p in ["link", "real", "dangling", "real/flink", "loop_a"]:
    print(p, os.path.islink(p), os.path.exists(p), os.path.lexists(p), os.path.isdir(p), os.path.isfile(p))
rel = lambda p: os.path.relpath(p, base) if p.startswith(base) else p
for p in ["link/inner/f.txt", "link/flink", "link/../link/inner", "dangling/x/..", "loop_a/x", "real/./inner//f.txt",
          "nope/../real"]:
    print(p, rel(os.path.realpath(p)))
for bad in [lambda: os.symlink("a", "link"), lambda: os.readlink("real"), lambda: os.readlink("nope"),
            lambda: os.path.realpath("loop_a", strict=True), lambda: os.path.realpath("nope", strict=True)]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e)
