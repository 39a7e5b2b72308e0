# Compile-time SyntaxWarnings go to stderr as `file:line: SyntaxWarning: msg` plus the
# source line; the program still runs. Warnings inside exec()/compile() have no source line.
x = 1
if x is 1:
    print("is literal")
print(x is not ())
assert (x, "message")


def never_called():
    return [(1, 2) (3, 4)], "abc"[1.5], [1, 2]["x"], (1, 2)[3]


exec("y = 2\nprint(y is 2)")
compile("assert (1, 2)", "nofile.py", "exec")
print("done")
