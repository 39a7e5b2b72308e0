# bytes error messages
for f in [lambda: bytes([256]), lambda: bytes([-1]), lambda: b"a" + 