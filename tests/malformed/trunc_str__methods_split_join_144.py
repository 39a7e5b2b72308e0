# split/rsplit/splitlines/partition/join
print("a,b,,c".split(","), "  a  b  c ".split(), "a b c".split(None, 1), "a,b,c".rsplit(",", 1))
print(