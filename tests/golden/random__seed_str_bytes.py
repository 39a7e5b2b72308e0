# Version-2 seeding of str/bytes (bytes + sha512 digest), floats hash, version 1.
import random

for s in ["abc", b"abc", "", b"", "h\u00e9llo w\u00f6rld \U0001f600", "x" * 300, 3.14, -2.5, 0.0, 1e300]:
    random.seed(s)
    print(repr(s)[:40], [random.random() for _ in range(8)])
random.seed("abc", version=1)
print([random.random() for _ in range(5)])
random.seed(b"abc", version=1)
print([random.random() for _ in range(5)])
random.seed("spam")
print([random.randint(1, 1000) for _ in range(20)])
for bad in [[1, 2], (1,), {1: 2}]:
    try:
        random.seed(bad)
    except TypeError as e:
        print("TypeError", e)
