# coil-test: args={tmpdir}
# OSError subclasses and messages: [Errno N] strerror: 'filename' (and 'a' -> 'b').
import os
import sys

os.chdir(sys.argv[1])
os.mkdir("full")
with open("full/f", "w") as f:
    f.write("x")
cases = [lambda: os.remove("missing.txt"), lambda: os.mkdir("full"), lambda: os.rmdir("full"),
         lambda: os.rmdir("nope"), lambda: os.rename("nope", "other"), lambda: os.listdir("nope"),
         lambda: os.remove("full"), lambda: os.stat("nope"), lambda: os.path.getsize("nope"),
         lambda: os.chdir("nope"), lambda: os.makedirs("full"), lambda: os.mkdir("a/b/c"),
         lambda: os.listdir("full/f"), lambda: os.unlink(b"nope"), lambda: os.makedirs("full/f/g")]
for c in cases:
    try:
        c()
    except OSError as e:
        print(type(e).__name__, e.errno, repr(e.strerror), repr(e.filename), repr(e.filename2), "|", e)
for bad in [lambda: os.remove(1), lambda: os.listdir(1.5), lambda: os.remove(), lambda: os.getcwd(1),
            lambda: os.mkdir(None), lambda: os.rename("a")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(isinstance(FileNotFoundError(), OSError), os.error is OSError)
for bad in [lambda: os.stat("a\0b"), lambda: os.remove(b"x\0"), lambda: os.listdir(b"\0"), lambda: os.path.exists("a\0")]:
    try:
        print(bad())
    except ValueError as e:
        print("ValueError", e)
import bisect
for f in [lambda: os.remove('a','b'), lambda: os.mkdir('a', 1, 2), lambda: os.listdir('a', 'b'), lambda: bisect.bisect([1], 1, 0, 1, 5), lambda: bisect.bisect([1], 1, 0, 1, 5, 6), lambda: os.chdir('a', 'b'), lambda: os.rename('a','b','c'), lambda: os.chdir(path='a', x=1), lambda: os.listdir(a=1, b=2), lambda: os.stat(), lambda: os.urandom(), lambda: os.mkdir(mode=5), lambda: os.fspath()]:
  try: f()
  except TypeError as e: print(e)
