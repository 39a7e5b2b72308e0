# str.encode/bytes.decode with utf-8 and ascii, and error messages
s = "naïve €"
print(s.encode(), s.encode("utf-8"), len(s.encode()), s.encode().decode("utf-8") == s)
print("abc".encode("ascii"), b"abc".decode("ascii"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xc3".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("utf-8", "replace"), "é".encode("ascii", "ignore"), "é".encode("ascii", "replace"))
