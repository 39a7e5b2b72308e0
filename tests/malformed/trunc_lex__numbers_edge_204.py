# numeric literal edge cases: huge ints, tiny floats, exponent forms, underscores everywhere
print(0b_1111_0000, 0o_17_77, 0x_dead_beef, 1_2_3_4)
print(1e-323, 2.2250738585072014e-308, 1.e2, 0.e0, 00000.1