# generator pipelines: each stage pulls lazily from the previous one
def source(lines):
    for line in lines:
        print("read", repr(line))
        yield line

def strip(lines):
    for line in lines:
        yield line.strip()

def nonblank(lines):
    return (l for l in lines if l)

def numbered(lines):
    for n, line in enumerate(lines, 1):
        yield f"{n}: {line}"

pipe = numbered(nonblank(strip(source(["  a ", "", " b", "c  "]))))
print("pipeline built")
for out in pipe:
    print(out)
