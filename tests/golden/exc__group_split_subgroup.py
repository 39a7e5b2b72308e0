eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
print(repr(eg))
print(str(eg), eg.message, len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(TypeError)))
print(eg.subgroup(OSError))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
m, r = eg.split((ValueError, TypeError, KeyError))
print(m is eg, r)
m, r = eg.split(lambda e: False)
print(m, r is eg)
print(eg.subgroup(ExceptionGroup) is eg)
bg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(bg).__name__, repr(bg))
g2 = BaseExceptionGroup("auto", [ValueError()])
print(type(g2).__name__, isinstance(g2, Exception))
for args in [("msg",), ("msg", []), (1, [ValueError()]), ("msg", [1]), ("msg", ValueError())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
meg = MyEG("mine", [ValueError(1), TypeError(2)])
mm, rr = meg.split(ValueError)
print(type(mm).__name__, repr(mm), repr(rr))
eg.add_note("group note")
m, r = eg.split(ValueError)
print(m.__notes__, r.__notes__)
print(eg.exceptions[2].exceptions[1], type(eg.exceptions).__name__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), ExceptionGroup.__mro__)
