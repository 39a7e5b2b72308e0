import sys
print(sys.float_info)
print(sys.int_info)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.imag)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[0])
print(type(sys.float_info).__name__, type(sys.flags).__name__, isinstance(sys.flags, tuple))
print(sys.flags.optimize, sys.flags.debug, sys.flags.dev_mode, sys.flags.int_max_str_digits)
print(len(sys.flags), len(sys.float_info), len(sys.int_info), len(sys.hash_info))
print(sys.float_info.max == 1.7976931348623157e+308, sys.float_info.min * 2 > 0)
