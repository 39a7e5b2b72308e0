import warnings, sys
def f():
    warnings.warn("deprecated thing", DeprecationWarning, stacklevel=2)
def g():
    f()
for i in range(3):
    warnings.warn("user warn")
g()
warnings.warn("rt", RuntimeWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", UserWarning)
    warnings.warn(UserWarning("inst"))
    print(len(w), w[0].message, w[0].category.__name__, w[0].lineno, str(w[1]))
print(warnings.filters[:2])
warnings.filterwarnings("ignore", message="ign.*")
warnings.warn("ignore me")
warnings.warn("Ignored too")
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "the line"))
def sw(message, category, filename, lineno, file=None, line=None):
    print("SW", message, category.__name__, lineno)
warnings.showwarning = sw
warnings.warn("custom")
warnings.simplefilter("error")
try:
    warnings.warn("boom")
except UserWarning as e:
    print("raised", e)
warnings.resetwarnings()
print(warnings.filters)
g()
