# raise ... from None suppresses the context in the traceback
try:
    {}["k"]
except KeyError:
    raise ValueError(