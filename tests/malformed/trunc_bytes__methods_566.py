# bytes methods: join, partition, find/rfind, strip variants, case, checks, repr of every byte class
b = b"  Hello, Bytes!  "
print(b.strip(), b.lstrip(), b.rstrip(b" !"), b.lower(), b.upper(), b.title(), b.swapcase())
print(b"-".join([b"a", b"b"]), b"k=v".partition(b"="), b"a.b.c".rsplit(b".", 1), b"abc".rfind(b"c"))
print(b"123".isdigit(), b"abc".isalpha(), b"ab1".isalnum(), b" ".isspace(), b"Ab".islower())
print(b"abc".endswith((b"x", b"c")), b"abcabc".index(b"c", 3), b"x".center(5, b"*"), b"7".zfill(3))
print(bytes(range(0, 256, 15)))
print(b"%s=%d" % (b"n