# str.format with positional, keyword, index and attribute fields
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[1]} {0[0]}".format(["a", "b"]), "{d[k]}".format(d={"k": "v"}), "{0.real}".format(5))
print("{:>8}|{:<8}|{:^8}|{:08.3f}".format("r", "l", "c", 3.14159))
print("{!r