# split/rsplit/splitlines/partition/join
print("a,b,,c".split(","), "  a  b  c ".split(), "a b c".split(None, 1), "a,b,c".rsplit(",", 1))
print("line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(True), "".split(), "".split(","))
print("key=value=x".partition("="), "key".partition("="), "a=b=c".rpartition("="))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(map(str, range(4))))
try:
    "-".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
