# globals/locals/vars/dir basics that are deterministic
x = 1
def f(a, b=2):
    c = 3
    return sorted(locals(