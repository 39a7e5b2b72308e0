from _imp_cpkg import a
print("_imp_cpkg.b: got a during the cycle", a.__name__)
