# bytes literal forms and their repr
print(b"abc", B'xyz', b"\x00\xff", b'\'"', b"\n\t\r")
print(list(b"AZ"), b"a\x41\101")
print(repr(b"it's"), repr(b'say "hi"'), repr(b"both ' and \""))
print(b"""tri
ple"""