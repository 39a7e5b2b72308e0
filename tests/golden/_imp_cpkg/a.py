from _imp_cpkg import b
print("_imp_cpkg.a: got b", b.__name__)
