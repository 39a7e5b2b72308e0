try:
    raise TypeError("original")
except TypeError:
    raise ExceptionGroup("during handling", [ValueError(1)])
