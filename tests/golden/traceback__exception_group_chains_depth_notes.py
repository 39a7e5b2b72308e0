# Exception groups through the traceback module: BaseExceptionGroup with notes, groups chained
# by cause, max_group_depth, subgroup tracebacks.
import traceback, sys
eg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
eg.add_note("group note")
traceback.print_exception(eg, file=sys.stdout)
try:
    try:
        raise ExceptionGroup("inner", [TypeError("t")])
    except ExceptionGroup as e:
        raise ExceptionGroup("outer", [KeyError("k")]) from e
except ExceptionGroup as e:
    traceback.print_exc(file=sys.stdout)
    print(traceback.format_exception(e, chain=False))
deep = ValueError("leaf")
for i in range(12):
    deep = ExceptionGroup(f"level{i}", [deep])
traceback.print_exception(deep, file=sys.stdout)
try:
    raise ExceptionGroup("with tb", [ValueError(1)])
except ExceptionGroup as e:
    print(traceback.format_exception_only(e))
    e2 = e.subgroup(ValueError)
    traceback.print_exception(e2, file=sys.stdout)
