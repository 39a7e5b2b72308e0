# accumulating in loops with several types
total, text, items, seen = 0, "", [], set()
for i in range(1, 6):
    total += i * i
    text += str(i)
    items += [i]
    seen |= {i % 3