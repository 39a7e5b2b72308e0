try:
    count += 1
except NameError:
    count = 1
print("_imp_counter: executed, count =", count)
