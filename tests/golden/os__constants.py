# Module constants and process functions.
import os

print(os.name, os.sep, repr(os.linesep), os.pathsep, os.curdir, os.pardir, os.extsep, os.altsep, os.devnull)
print(type(os.getpid()).__name__, os.getpid() > 0, os.getpid() == os.getpid(), os.getppid() > 0)
print(os.getcwd() == os.path.abspath("."), os.path.isabs(os.getcwd()), os.path.isdir(os.getcwd()))
print(type(os.urandom(8)).__name__, len(os.urandom(16)), os.urandom(0), os.strerror(2), os.strerror(17))
print(os.fspath("p"), os.fspath(b"q"), callable(os.listdir), os.path.exists("/"), os.path.isdir("/"))


class P:
    def __fspath__(self):
        return "/"


print(os.fspath(P()), os.path.isdir(P()), os.path.join(P(), "x"), isinstance(P(), os.PathLike))
try:
    os.fspath(5)
except TypeError as e:
    print("TypeError", e)
