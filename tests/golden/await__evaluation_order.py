# operands around await are evaluated left to right
async def tag(name):
    print("eval", name)
    return name

def plain(name):
    print("eval", name)
    return name

async def main():
    r = [plain("a"), await tag("b"), plain("c"), await tag("d")]
    print(r)
    print(plain("x") + await tag("y"))

try:
    main().send(None)
except StopIteration:
    pass
