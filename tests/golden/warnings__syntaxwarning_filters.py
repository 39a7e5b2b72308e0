import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("x is 1", "<s>", "exec")
print(w[0].category, w[0].message, w[0].filename, w[0].lineno)
warnings.simplefilter("error")
try:
    compile("\n\nx is 1", "<s>", "exec")
except SyntaxError as e:
    print(repr(e), e.lineno, e.offset, e.text, e.filename, e.end_lineno, e.end_offset)
warnings.simplefilter("ignore")
compile("x is 1", "<s>", "exec")
warnings.simplefilter("default")
compile("x is 1", "<s>", "exec")
compile("x is 1", "<s>", "exec")
exec("y = 5 is 5")
print("end")
