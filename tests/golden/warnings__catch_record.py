import warnings

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(RuntimeWarning("third"))
for w in log:
    print(w.message, type(w.message).__name__, w.category.__name__, w.filename.endswith(".py"), w.lineno, w.line, w.file, w.source)
print(repr(warnings.catch_warnings()), repr(warnings.catch_warnings(record=True)))

before = list(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("not shown")
    print(len(warnings.filters) == len(before) + 1)
print(warnings.filters == before)

cm = warnings.catch_warnings()
try:
    cm.__exit__(None, None, None)
except RuntimeError as e:
    print(e)
with cm:
    try:
        cm.__enter__()
    except RuntimeError as e:
        print(e)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("loop")
    print(len(log))

m = warnings.WarningMessage("msg", UserWarning, "f.py", 7)
print(str(m))
print(warnings.formatwarning("hello", DeprecationWarning, "mod.py", 12, line="  code()  "), end="")
print(warnings.formatwarning("hello", UserWarning, "nofile.py", 1, line=""), end="")
