# range used in loops with negative steps and large values
for r in [range(5), range(5, 0, -1), range(-3, 3, 2), range(0, -10, -4), range(2**63, 2**63 + 2)]:
    print(list(r))
print(sum(range(1, 1000001)), range(10)[-3:], range(1, 10, 2)[::-1]