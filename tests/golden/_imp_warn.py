x = 5
if x is 5:
    print("_imp_warn: body ran")
