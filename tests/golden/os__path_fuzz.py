# Differential fuzz of the pure path functions over random paths built from tricky parts.
import os.path as p
import random

random.seed(404)
parts = ["", ".", "..", "a", "b.txt", ".hidden", "x.y.z", "...", "d/", "/", "//", "e..f", "~", " s "]
for i in range(150):
    path = "".join(random.choice(parts) + random.choice(["", "/", "//"]) for _ in range(random.randint(0, 5)))
    other = random.choice(parts)
    print(repr(path), p.split(path), p.splitext(path), repr(p.basename(path)), repr(p.dirname(path)),
          repr(p.normpath(path)), p.isabs(path), repr(p.join(path, other)), repr(p.join(other, path)))
    if path:
        print("  ", repr(p.relpath("/" + path, "/a/b")), p.commonprefix([path, other]))
