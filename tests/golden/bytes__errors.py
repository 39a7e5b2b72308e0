# bytes error messages
for f in [lambda: bytes([256]), lambda: bytes([-1]), lambda: b"a" + "b", lambda: b"\xff".decode("utf-8"),
          lambda: bytes("x"), lambda: b"abc"[5]]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
