# inspect.stack / getframeinfo / trace / getouterframes: FrameInfo records with code context
# and positions.
import inspect
def f():
    s = inspect.stack()
    print(s[0].function, s[0][3], s[1].function, s[0].index, s[0].code_context, s[0].positions)
    print(s[0].filename == __file__, s[0].lineno, len(s[0]), type(s[0]).__name__)
    fi = inspect.getframeinfo(inspect.currentframe())
    print(fi.function, fi.lineno, fi.code_context, fi.index, fi.positions)
    print(inspect.stack(0)[0].code_context, inspect.stack(0)[0].index)
    print(inspect.stack(3)[0].code_context, inspect.stack(3)[0].index)
    fn, ln, func, ctx, idx = inspect.getframeinfo(inspect.currentframe())
    print(ln, func, ctx, idx)
def g():
    f()
g()
def boom():
    1/0
try:
    boom()
except Exception:
    for fr in inspect.trace():
        print(fr.function, fr.lineno, fr.code_context, fr.positions)
try:
    inspect.getframeinfo(3)
except AttributeError as e:
    print(e)
print([fi.function for fi in inspect.getouterframes(inspect.currentframe())])
