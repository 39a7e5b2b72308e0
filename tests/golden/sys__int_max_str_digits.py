import sys
print(sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(10)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(700)
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
print(len(str(10 ** 699)))
try:
    str(10 ** 701)
except ValueError as e:
    print(e)
try:
    int("1" * 701)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10 ** 5000)), len(str(int("7" * 5000))))
sys.set_int_max_str_digits(4300)
try:
    int("7" * 5000)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
x = eval("1" * 5000)
print(len(str(x)))
sys.set_int_max_str_digits(1000)
try:
    eval("1" * 1001)
except SyntaxError as e:
    print(e.msg)
