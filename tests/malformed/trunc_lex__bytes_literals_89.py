# bytes literal forms and their repr
print(b"abc", B'xyz', b"\x00\xff", b'\'"', b"\n\t\r"