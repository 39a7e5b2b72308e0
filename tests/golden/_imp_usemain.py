import __main__
print("_imp_usemain sees", __main__.MARK, __main__.__name__)
