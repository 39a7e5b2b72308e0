# a failed import removes the module from sys.modules (its own imports stay); retry reruns it
import sys
for attempt in range(2):
    try:
        import _imp_partial_fail
    except RuntimeError as e:
        print("attempt", attempt, "failed:", e)
    print("_imp_partial_fail" in sys.modules, "_imp_dep" in sys.modules)
try:
    import _imp_raises
except KeyError as e:
    print("KeyError", e, e.__traceback__.tb_next.tb_frame.f_code.co_filename.rsplit("/", 1)[-1])
