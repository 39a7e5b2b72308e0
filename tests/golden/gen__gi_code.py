# gi_code is the generator function's code object
def numbers(a, b=2):
    total = a + b
    yield total

it = numbers(1)
print(it.gi_code is numbers.__code__)
print(it.gi_code.co_name, it.gi_code.co_argcount, it.gi_code.co_varnames)
list(it)
print(it.gi_code.co_name)
print((x for x in []).gi_code.co_name)
