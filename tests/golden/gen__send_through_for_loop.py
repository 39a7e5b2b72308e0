# values sent while a for loop drives the same generator show up in the loop
def g():
    n = 0
    while n < 5:
        cmd = yield n
        if cmd == "skip":
            n += 2
        else:
            n += 1

it = g()
for v in it:
    print("loop", v)
    if v == 1:
        print("sent skip ->", it.send("skip"))
