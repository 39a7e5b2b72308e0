# str() of various objects and str methods that convert
print(str(1), str(1.5), str(None), str(True), str([1, "a"]), str((1,)), str({1: "a"}), str(b"x"))
print("x".encode(), "abc".encode("ascii"), b"abc".decode(