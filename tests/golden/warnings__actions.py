import warnings

def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat)

for action in ["default", "once", "module", "always", "ignore"]:
    warnings.resetwarnings()
    warnings.simplefilter(action)
    print("--", action, flush=True)
    for i in range(2):
        emit("same message")
        emit("other message")
    import sys
    sys.stderr.flush()

warnings.resetwarnings()
warnings.simplefilter("error", RuntimeWarning)
warnings.simplefilter("ignore", UserWarning)
emit("ignored")
try:
    emit("an error", RuntimeWarning)
except RuntimeWarning as e:
    print("caught", repr(e))
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("assert:", e)
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
try:
    warnings.filterwarnings("ignore", category=int)
except AssertionError as e:
    print("assert:", e)
