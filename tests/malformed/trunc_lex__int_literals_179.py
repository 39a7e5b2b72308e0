# integer literals in every base, with underscores, and big literals
print(0, 00, 0_0, 42, 1_000_000)
print(0x1F, 0XdeadBEEF, 0o17, 0O777, 0b1011, 0B1_0_1)
print(0x_ff, 0o_7, 0b_1