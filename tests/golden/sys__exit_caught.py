# SystemExit can be caught and inspected
import sys
for arg in [(), (0,), (2,), ("msg",), (None,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e), e.code, e.args)
print("still running")
raise SystemExit(4)
