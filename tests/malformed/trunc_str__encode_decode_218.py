# str.encode/bytes.decode with utf-8 and ascii, and error messages
s = "naïve €"
print(s.encode(), s.encode("utf-8"), len(s.encode()), s.encode().decode("utf-8") == s)
print("abc".encode("ascii"), b"abc".decode("ascii"