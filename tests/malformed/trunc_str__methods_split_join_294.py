# split/rsplit/splitlines/partition/join
print("a,b,,c".split(","), "  a  b  c ".split(), "a b c".split(None, 1), "a,b,c".rsplit(",", 1))
print("line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(True), "".split(), "".split(","))
print("key=value=x".partition("="), "key".partition("="), 