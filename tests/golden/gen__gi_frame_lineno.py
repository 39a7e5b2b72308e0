# the suspended frame reports where the generator is paused (f_lineno, f_code, f_locals)
def g(a):
    b = a * 2
    yield 1
    c = b + 1
    yield 2

it = g(5)
f = it.gi_frame
print(f.f_lineno, f.f_code.co_name, f.f_code is g.__code__)
next(it)
print(it.gi_frame.f_lineno, sorted(it.gi_frame.f_locals.items()))
next(it)
print(it.gi_frame.f_lineno, sorted(it.gi_frame.f_locals.items()))
