# bytes construction, indexing, slicing and methods
b = b"hello world"
print(b[0], b[-1], b[:5], b[::-1], len(b), b.upper(), b.split(), b.replace(b"l", b"L"))
print(bytes(3), bytes([65, 66, 67]), bytes("héllo", "utf-8"), bytes(range(5)))
print(b.find(b"o"), b.count(b"l"), b.startswith(b"he"), b"abc" + b"def", b"ab" * 2)
print(b.hex(), bytes.fromhex("4142 43"), b"a,b".split(b","), b" x ".strip(), b"x" in b"xyz", 120 in b"xyz")
print(list(b"\x00\x7f\x80\xff"), b"\x00\x7f\x80\xff", b.decode(), b"caf\xc3\xa9".decode("utf-8"))
